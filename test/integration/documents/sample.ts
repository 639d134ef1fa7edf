/**
 * A project with enough history for every form to have content: declared,
 * reviewed, planned, contracted, under supervision, one 建设内容调整, built,
 * trial-run, with acceptance materials and an inventory entry. xichuan-2025
 * office, Beijing 2026-11-24 (tests/support/services.ts).
 */
import type { Services } from '../../../electron/services';
import type { LifecycleEvent } from '../../../shared/domain/lifecycle-events';
import type { MaterialCode } from '../../../shared/domain/materials';
import type { Project } from '../../../shared/domain/project';
import { complianceFactsSchema, projectAttributesSchema } from '../../../shared/rules/framework/facts';
import { sampleProject } from '../../support/services';

export const SAMPLE_NAME = '淅川县智慧教育云平台建设项目';
export const OPERATING_NAME = '淅川县教育资源公共服务平台';

/** Where the sample is set: the place's full name and the one character its document numbers start with. */
export interface SamplePlace {
  name: string;
  short: string;
}
export const XICHUAN: SamplePlace = { name: '淅川县', short: '淅' };

const events = (place: SamplePlace): LifecycleEvent[] => [
  { kind: 'declarationSubmitted', date: '2025-06-20', forYear: 2026 },
  { kind: 'review', date: '2025-08-12', review: 'technical', outcome: 'approved', documentNo: `${place.short}审政信〔2025〕18号` },
  { kind: 'review', date: '2025-09-03', review: 'finance', outcome: 'approved', documentNo: `${place.short}财评〔2025〕41号` },
  { kind: 'review', date: '2025-10-15', review: 'preliminaryDesign', outcome: 'approved', documentNo: `${place.short}发改〔2025〕56号`, approvedAmountFen: 380_000_000 },
  { kind: 'includedInAnnualPlan', date: '2025-12-20', year: 2026 },
  { kind: 'bidResultDetermined', date: '2026-01-12' },
  { kind: 'supervisionApplied', date: '2026-01-16' },
  { kind: 'contractSigned', date: '2026-01-23', clauses: ['constructionContent', 'schedule', 'paymentTerms', 'acceptanceRequirements'], amountFen: 352_000_000 },
  { kind: 'constructionStarted', date: '2026-02-02' },
  {
    kind: 'changeRequested',
    date: '2026-03-10',
    changeId: 'BG-2026-01',
    adjustmentFen: 36_000_000,
    totalAfterFen: 380_000_000,
    reason: 'technologyOptimisation',
    goalsUnchanged: true,
    summary: '将原定自建的视频会商模块调整为接入政务云统一视频平台，节余资金用于教育数据共享接口开发。',
  },
  { kind: 'changeApproved', date: '2026-03-18', changeId: 'BG-2026-01', approvals: ['technicalOpinion'] },
  { kind: 'completed', date: '2026-05-20' },
  { kind: 'preliminaryAcceptance', date: '2026-06-10', passed: true },
  { kind: 'trialRunStarted', date: '2026-06-15' },
];

const MATERIALS: MaterialCode[] = ['projectProposal', 'feasibilityStudy', 'preliminaryDesign', 'contract', 'constructionSummary', 'financialReport', 'preliminaryAcceptanceReport', 'trainingRecord'];

/** The sample project in construction, with its history (in 淅川 unless another place is given). */
export function buildSampleProject(services: Services, place: SamplePlace = XICHUAN): Project {
  const project = services.projects.create(
    sampleProject({
      name: `${place.name}智慧教育云平台建设项目`,
      unitName: `${place.name}教育局`,
      stage: 'trialRun',
      mlpsLevel: 3,
      cryptoPlan: 'built',
      dataSharing: 'catalogued',
      description: '建设覆盖全域中小学的教育云平台，统一部署于政务云，实现教学资源、学籍和教育管理数据的共享。',
    }),
  );
  for (const event of events(place)) services.facts.recordEvent(project.id, event);
  for (const code of MATERIALS) services.facts.addMaterial(project.id, { code, date: '2026-06-30' });
  services.facts.setAttributes(
    project.id,
    projectAttributesSchema.parse({ approvedEstimateFen: 380_000_000, plannedCompletionDate: '2026-05-31' }),
    complianceFactsSchema.parse({
      keyProductsDomestic: 'all',
      inventoryEntry: {
        systemName: `${place.name}智慧教育云平台`,
        systemType: '业务应用系统',
        basis: `${place.name}教育信息化2.0行动计划`,
        approvalDepartment: `${place.name}发展和改革部门`,
        approvalDocumentNo: `${place.short}发改〔2025〕56号`,
        omCostFen: 19_000_000,
        fundingChannel: '本级财政预算',
        resourceCatalogue: '教育资源目录（12类）',
        sharingStatus: '已接入共享交换平台，共享数据项48项',
        protectionStatus: '等级保护第三级，已备案',
        performanceIndicators: '中小学接入率100%；平台可用率≥99.5%',
      },
    }),
  );
  return services.projects.get(project.id);
}

/** A second project, already in operation, for the year inventory. */
export function buildOperatingProject(services: Services, place: SamplePlace = XICHUAN): Project {
  const project = services.projects.create(
    sampleProject({ name: `${place.name}教育资源公共服务平台`, unitName: `${place.name}教育局`, stage: 'operation', plannedYear: 2024, totalInvestmentFen: 126_500_000, funding: { superior: 0, localFiscal: 126_500_000, selfRaised: 0, social: 0, other: 0 }, mlpsLevel: 2 }),
  );
  services.facts.recordEvent(project.id, { kind: 'operationStarted', date: '2025-03-01' });
  return project;
}
