/**
 * Deterministic synthetic projects for the meta-tests and the benchmark:
 * every stage, class, kind and flag, events consistent with the stage,
 * random materials. Built as plain objects (valid ProjectFacts, checked in
 * synthetic.test.ts) so that 100,000 of them are quick to make.
 */
import { LIFECYCLE_STAGES, OWNER_TYPES, type LifecycleStage, type OwnerType } from '../../../../../shared/domain/enums';
import { CONTRACT_CLAUSES, type LifecycleEvent, type ReviewKind } from '../../../../../shared/domain/lifecycle-events';
import { MATERIAL_CODES } from '../../../../../shared/domain/materials';
import { addDays } from '../../../../../shared/rules/framework/dates';
import { ACCEPTANCE_REPRESENTATIVES, type ProjectFacts } from '../../../../../shared/rules/framework/facts';
import { STAGE_RANK } from '../../../../../shared/rules/framework/stages';
import { baseProject } from './facts';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REVIEWS: ReviewKind[] = ['technical', 'governmentApproval', 'proposal', 'feasibility', 'preliminaryDesign', 'leaderConsent', 'establishment'];

function uuid(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

const OWNER_MIX: readonly (OwnerType | undefined)[] = [
  ...Array<OwnerType>(8).fill('organ'),
  ...Array<OwnerType>(5).fill('publicInstitution'),
  undefined,
  undefined,
  undefined,
  ...OWNER_TYPES.filter((type) => type !== 'organ' && type !== 'publicInstitution'),
];

export function syntheticProject(index: number, seed = 1): ProjectFacts {
  const rnd = random(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const chance = (p: number): boolean => rnd() < p;
  const stage: LifecycleStage = pick(LIFECYCLE_STAGES);
  const rank = STAGE_RANK[stage];
  let day = addDays('2025-09-01', Math.floor(rnd() * 120));
  const next = (): string => (day = addDays(day, 5 + Math.floor(rnd() * 60)));
  const events: LifecycleEvent[] = [];
  if (rank >= 1) events.push({ kind: 'declarationSubmitted', date: next() });
  if (rank >= 2) for (const review of REVIEWS) if (chance(0.8)) events.push({ kind: 'review', review, outcome: chance(0.9) ? 'approved' : pick(['rejected', 'rectify'] as const), date: next() });
  if (rank >= 4) events.push({ kind: 'includedInAnnualPlan', year: 2026, date: next() });
  if (rank >= 6) events.push({ kind: 'contractSigned', clauses: CONTRACT_CLAUSES.filter(() => chance(0.9)), date: next() });
  if (rank >= 6 && chance(0.3)) {
    events.push({ kind: 'changeRequested', changeId: `C${index}`, adjustmentFen: Math.floor(rnd() * 300) * 1_000_000, totalAfterFen: 1_000_000_000 + (chance(0.2) ? 10_000 : 0), reason: pick(['superiorDeployment', 'technologyOptimisation', 'scheduleAdjustment', 'other'] as const), goalsUnchanged: chance(0.9), summary: '', date: next() });
    if (chance(0.5)) events.push({ kind: 'changeApproved', changeId: `C${index}`, approvals: [pick(['filedWithApprover', 'technicalOpinion', 'designChapter', 'reapproved'] as const)], date: next() });
  }
  if (rank >= 7 || (rank === 6 && chance(0.3))) events.push({ kind: 'completed', date: next() });
  if (rank >= 8 && chance(0.4)) events.push({ kind: 'finalAcceptanceFailed', date: next() });
  if (rank >= 8 && chance(0.3)) events.push({ kind: 'rectificationCompleted', date: next() });
  if (rank >= 8 && chance(0.2)) events.push({ kind: 'acceptanceDelayExplained', plannedAcceptanceDate: addDays(day, 60), date: next() });
  if (rank >= 9) events.push({ kind: 'finalAcceptancePassed', date: next() }, { kind: 'operationStarted', date: next() });
  if (rank >= 9 && chance(0.5)) events.push({ kind: 'cryptoAssessed', passed: chance(0.8), date: next() });
  if (rank >= 9 && chance(0.5)) events.push({ kind: 'inventoryFiled', year: 2026, date: next() });
  if (rank >= 9 && chance(0.4)) events.push({ kind: 'omBudgetRequested', year: 2027, date: next() });
  const built: ProjectFacts = {
    project: baseProject({
      id: uuid(index),
      stage,
      projectClass: chance(0.7) ? 'investment' : 'service',
      kind: pick(['new', 'expansion', 'upgrade', 'om'] as const),
      plannedYear: pick([2026, 2027, 2028]),
      cloudDeployment: pick(['govCloud', 'govCloud', 'govCloud', 'ownRoom', 'undecided', 'notApplicable'] as const),
      mlpsLevel: pick([0, 1, 2, 3] as const),
      cryptoPlan: pick(['none', 'planned', 'built', 'assessed'] as const),
      dataSharing: pick(['notApplicable', 'none', 'catalogued', 'shared'] as const),
    }),
    events,
    materials: MATERIAL_CODES.filter(() => chance(0.4)).map((code) => ({ code })),
    attributes: {
      procurementOnly: chance(0.15),
      temporary: chance(0.1),
      superiorProcedure: chance(0.05),
      classified: chance(0.02),
      involvesNewCivilWorks: chance(0.05),
      highEnergyConsumption: chance(0.03),
      approvedEstimateFen: chance(0.8) ? 1_000_000_000 : undefined,
      plannedCompletionDate: chance(0.7) ? addDays('2026-03-01', Math.floor(rnd() * 400)) : undefined,
      // Drawn below, after the others (laohekou, heze).
      advisoryService: false,
      noNewFixedAssets: false,
      govCloudPlatform: false,
      platformProject: false,
      collectsData: false,
      superiorDeclared: false,
      coConstruction: false,
    },
    compliance: {
      infrastructure: {
        newServerRoom: chance(0.03),
        newStandaloneInfrastructure: chance(0.03),
        thirdPartyCloud: chance(0.1) ? { contractEndsOn: addDays('2026-01-01', Math.floor(rnd() * 500)), renewed: chance(0.3), renewals: [] } : undefined,
      },
      keyProductsDomestic: pick(['all', 'partial', 'none', undefined] as const),
      service: { subcontracted: chance(0.03) },
      operation: {
        mode: pick(['self', 'centralised', 'outsourced', undefined] as const),
        outsourcedViaProcurement: pick([true, false, undefined] as const),
        stoppedOn: chance(0.05) ? addDays('2026-01-01', Math.floor(rnd() * 300)) : undefined,
        lastUsedOn: chance(0.5) ? addDays('2025-10-01', Math.floor(rnd() * 500)) : undefined,
        evaluationFailedUnrectified: chance(0.05),
      },
      sharing: { integrationIncomplete: chance(0.1), duplicateCollection: chance(0.05), exclusiveOpening: chance(0.02) },
      inventoryEntry: chance(0.5) ? { systemName: '系统', systemType: '业务', basis: '文件' } : undefined,
      network: { ownLines: chance(0.03), leasedFibre: chance(0.03) },
      supervisor: {},
      security: {},
    },
  };
  // Facts the chenzhou and xunyang packs read, drawn last so that the earlier draws stay as they were.
  if (rank >= 2 && chance(0.4)) events.push({ kind: 'reviewRequested', review: pick(REVIEWS), date: addDays('2025-09-15', Math.floor(rnd() * 200)) });
  if (rank >= 2 && chance(0.05)) events.push({ kind: 'review', review: 'caseByCase', outcome: 'approved', date: addDays('2025-09-15', Math.floor(rnd() * 200)) });
  if (rank >= 6 && chance(0.5)) events.push({ kind: 'constructionStarted', date: addDays('2026-01-01', Math.floor(rnd() * 200)) });
  if (rank >= 6 && chance(0.4)) events.push({ kind: 'performanceReportSubmitted', year: 2026, date: addDays('2026-10-01', Math.floor(rnd() * 120)) });
  if (rank >= 7 && chance(0.6)) events.push({ kind: 'trialRunStarted', date: next() });
  if (rank >= 8 && chance(0.6)) events.push({ kind: 'preliminaryAcceptance', passed: chance(0.85), date: next() });
  if (rank >= 8 && chance(0.5)) events.push({ kind: 'review', review: 'acceptanceApplication', outcome: 'approved', date: next() });
  if (rank >= 9 && chance(0.5)) events.push({ kind: 'acceptanceFiled', date: next() });
  if (rank >= 9 && chance(0.4)) events.push({ kind: 'settlementFiled', date: next() });
  if (rank >= 9 && chance(0.3)) events.push({ kind: 'paymentRequested', date: next() });
  if (rank >= 9 && chance(0.3)) events.push({ kind: 'securityAssessed', date: next() });
  // Facts the laohekou and heze packs read, drawn after those for the same reason.
  Object.assign(built.attributes, {
    advisoryService: chance(0.05),
    noNewFixedAssets: chance(0.1),
    govCloudPlatform: chance(0.03),
    platformProject: chance(0.2),
    collectsData: chance(0.2),
    superiorDeclared: chance(0.05),
    coConstruction: chance(0.1),
  });
  if (chance(0.6)) built.compliance.contractObligationsFulfilled = chance(0.8);
  if (rank >= 5 && chance(0.7)) events.push({ kind: 'bidResultDetermined', date: next() });
  if (rank >= 5 && chance(0.6)) events.push({ kind: 'supervisionApplied', date: next() });
  if (rank >= 6 && chance(0.5)) events.push({ kind: 'supervisionContracted', date: next() });
  if (rank >= 6 && chance(0.5)) events.push({ kind: 'contractFiled', date: next() });
  if (rank >= 8 && chance(0.5)) events.push({ kind: 'finalAcceptanceApplied', date: next() });
  if (rank >= 9 && chance(0.3)) events.push({ kind: 'selfEvaluationSubmitted', date: next() });
  if (rank >= 4 && chance(0.1)) events.push({ kind: 'superiorApprovalFiled', date: next() });
  // Issue 12's facts (owner type, payments, rectification orders, …), drawn after those for the same reason.
  // Mostly bodies every pack governs, so the benchmark still runs the rules on most projects.
  built.project.ownerType = pick(OWNER_MIX);
  built.compliance.supervisor = { qualified: pick([true, true, false, undefined] as const) };
  built.compliance.security = {
    managementRules: pick([true, true, false, undefined] as const),
    technicalMeasures: pick([true, true, false, undefined] as const),
    classifiedProtection: pick([true, false, undefined] as const),
  };
  const cloud = built.compliance.infrastructure.thirdPartyCloud;
  if (cloud && chance(0.3)) cloud.renewals.push({ signedOn: cloud.contractEndsOn, endsOn: addDays(cloud.contractEndsOn, 365) });
  if (rank >= 8 && chance(0.6)) built.compliance.acceptanceRecord = { representatives: ACCEPTANCE_REPRESENTATIVES.filter(() => chance(0.9)) };
  if (rank >= 1 && chance(0.6)) events.push({ kind: 'platformRegistered', date: next() });
  if (rank >= 6 && chance(0.4)) events.push({ kind: 'paymentMade', paymentStage: pick(['progress', 'final'] as const), date: next() });
  if (rank >= 8 && chance(0.3)) events.push({ kind: 'acceptanceHeld', date: next() });
  if (rank >= 6 && chance(0.1)) {
    const ordered = next();
    events.push({ kind: 'rectificationOrdered', dueDate: addDays(ordered, 30), date: ordered });
  }
  return built;
}

export function syntheticFacts(count: number, seed = 1): ProjectFacts[] {
  return Array.from({ length: count }, (_, i) => syntheticProject(i, seed));
}
