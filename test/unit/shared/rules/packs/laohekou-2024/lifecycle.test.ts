import { describe, expect, it } from 'vitest';
import type { LifecycleStage, ProjectClass } from '../../../../../../shared/domain/enums';
import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { MaterialCode } from '../../../../../../shared/domain/materials';
import type { ProjectFactsInput } from '../../../../../../shared/rules/framework/facts';
import { checkTransition } from '../../../../../../shared/rules/framework/transition';
import { laohekou2024 } from '../../../../../../shared/rules/packs/laohekou-2024';
import { testOptions } from '../../support/calendar';
import { facts, on, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { FIXED_ASSET_APPROVALS, SERVICE_APPROVALS } from './fixtures';

const ASOF = '2025-06-03';
const ARGUMENT: MaterialCode[] = ['declarationForm', 'resultSharingPlan', 'promotionPlan', 'omPlan'];
const BEFORE_PROCUREMENT: MaterialCode[] = [...ARGUMENT, 'performanceTargets', 'technicalDesign'];
const BEFORE_CONSTRUCTION: MaterialCode[] = [...BEFORE_PROCUREMENT, 'contract', 'supervisionApplication'];
const ACCEPTANCE_PAPERS: MaterialCode[] = ['preliminaryAcceptanceReport', 'trialRunReport', 'userReport', 'trainingRecord', 'acceptanceReport', 'supervisionScore'];

interface Spec {
  events?: LifecycleEventInput[];
  materials?: MaterialCode[];
  attributes?: ProjectFactsInput['attributes'];
  compliance?: ProjectFactsInput['compliance'];
  projectClass?: ProjectClass;
  asOf?: string;
}

function attempt(from: LifecycleStage, to: LifecycleStage, spec: Spec = {}) {
  const f = facts({
    project: { stage: from, projectClass: spec.projectClass ?? 'investment', dataSharing: 'shared' },
    events: spec.events,
    materials: spec.materials,
    attributes: spec.attributes,
    compliance: spec.compliance,
  });
  return checkTransition(laohekou2024, f, to, spec.asOf ?? ASOF, testOptions);
}

const articles = (refusals: readonly { citation: { article: number } }[]) => refusals.map((r) => r.citation.article);

describe('laohekou-2024 lifecycle: allowed transitions and what they need', () => {
  it('第六条 “以书面形式……提出建设需求”: draft → declared needs the submission and the written demand', () => {
    expect(articles(attempt('draft', 'declared').refusals)).toEqual([6, 6]);
    expect(attempt('draft', 'declared', { events: [on('declarationSubmitted', '2024-02-01')], materials: ['declarationForm'] }).allowed).toBe(true);
  });

  it('第七条 “论证后确定是否实施”: approval needs the argument passed and its 第七条(五)(六) materials', () => {
    const refused = attempt('underReview', 'approved', { materials: ['declarationForm'] });
    expect(refused.refusals.map((r) => `${r.citation.article}:${r.message}`)).toEqual([
      '7:市城市运行管理中心组织的统一答辩、评估和论证尚未办理',
      '7:缺少建设成果共享及共享机制说明（建设成果共享及共享机制）',
      '7:缺少推广应用方案、运行维护方案（推广应用方案和运行维护方案）',
    ]);
    expect(attempt('underReview', 'approved', { materials: ARGUMENT, events: [review('preAssessment', '2024-03-01')] }).allowed).toBe(true);
    expect(attempt('underReview', 'rejected', { events: [review('preAssessment', '2024-03-01', 'rejected')] }).allowed).toBe(true);
    expect(attempt('underReview', 'declared', { events: [review('preAssessment', '2024-03-01', 'rectify')] }).allowed).toBe(true);
  });

  it('第八条、第十条: a fixed-asset project enters the plan with the 发改 approval of its 实施方案或初步设计', () => {
    const refused = attempt('approved', 'planned', { materials: ARGUMENT, events: FIXED_ASSET_APPROVALS.slice(0, 1) });
    expect(refused.refusals.map((r) => r.citation.article)).toEqual([10, 8, 8]);
    expect(refused.refusals.map((r) => r.message)).toEqual([
      '尚无“列入年度计划”的记录',
      '不满足：新增固定资产投资项目已编制实施方案或初步设计',
      '市发展和改革局审批（实施方案或初步设计）尚未办理',
    ]);
    const events = [...FIXED_ASSET_APPROVALS.slice(0, 2), { kind: 'includedInAnnualPlan', year: 2024, date: '2024-04-15' } as LifecycleEventInput];
    expect(attempt('approved', 'planned', { materials: [...ARGUMENT, 'preliminaryDesign'], events }).allowed).toBe(true);
  });

  it('第八条 “直接履行预算评审、政府采购”: only a service purchase goes from approved straight to procurement', () => {
    const materials = BEFORE_PROCUREMENT;
    const fixed = attempt('approved', 'procurement', { materials, events: FIXED_ASSET_APPROVALS });
    expect(fixed.allowed).toBe(false);
    expect(fixed.refusals[0]).toMatchObject({ citation: { article: 8 } });
    expect(fixed.refusals[0]?.message).toContain('采用购买服务方式');
    expect(attempt('approved', 'procurement', { projectClass: 'service', materials, events: SERVICE_APPROVALS })).toEqual({ allowed: true, refusals: [], cautions: [] });
  });

  it('第九条、第十条、第十二条: planned → procurement needs the 技术设计书 (或建设方案), the technical and the budget review', () => {
    const refused = attempt('planned', 'procurement', { materials: [...ARGUMENT, 'performanceTargets', 'preliminaryDesign'], events: FIXED_ASSET_APPROVALS.slice(0, 2) });
    expect(articles(refused.refusals)).toEqual([10, 9, 12]);
    expect(attempt('planned', 'procurement', { materials: [...BEFORE_PROCUREMENT, 'preliminaryDesign'], events: FIXED_ASSET_APPROVALS }).allowed).toBe(true);
  });

  it('第十三条、第十八条: construction needs the contract and the supervision application (not for 设计咨询、测评等服务)', () => {
    const events = [...FIXED_ASSET_APPROVALS];
    expect(articles(attempt('procurement', 'construction', { events, materials: [...BEFORE_PROCUREMENT, 'preliminaryDesign'] }).refusals)).toEqual([13, 18, 13, 18]);
    const consulting = attempt('procurement', 'construction', {
      projectClass: 'service',
      attributes: { advisoryService: true },
      events: [...SERVICE_APPROVALS, { kind: 'contractSigned', date: '2024-08-01', clauses: [] }],
      materials: [...BEFORE_PROCUREMENT, 'contract'],
    });
    expect(consulting).toEqual({ allowed: true, refusals: [], cautions: [] });
  });

  it('第二十三条(二) “通过初验并经过不少于一个月的安全稳定试运行”: trial run after 初验; acceptance only when the month is complete', () => {
    const built = [...FIXED_ASSET_APPROVALS, on('completed', '2025-02-28')];
    const materials: MaterialCode[] = [...BEFORE_CONSTRUCTION, 'preliminaryDesign', 'preliminaryAcceptanceReport', 'trialRunReport'];
    expect(attempt('construction', 'trialRun', { events: built, materials }).refusals.map((r) => r.message)).toEqual(['不满足：系统已通过初验']);
    const trial = [...built, { kind: 'preliminaryAcceptance', date: '2025-03-03', passed: true } as LifecycleEventInput, on('trialRunStarted', '2025-03-03')];
    expect(attempt('construction', 'trialRun', { events: trial, materials }).allowed).toBe(true);
    expect(attempt('trialRun', 'acceptance', { events: trial, materials, asOf: '2025-04-02' }).refusals).toEqual([
      { citation: { regulation: 'laohekou-2024', article: 23 }, message: '不满足：试运行已满一个月' },
    ]);
    expect(attempt('trialRun', 'acceptance', { events: trial, materials, asOf: '2025-04-03' }).allowed).toBe(true);
    expect(attempt('construction', 'acceptance', { events: built, materials }).refusals[0]?.message).toContain('设计咨询、测评等服务');
  });

  it('第二十一条、第二十三条: operation needs the passed acceptance, conditions (一)(四)(七) and the acceptance papers', () => {
    const accepted = [...FIXED_ASSET_APPROVALS, on('completed', '2025-02-28'), on('finalAcceptancePassed', '2025-04-07')];
    const materials: MaterialCode[] = [...BEFORE_CONSTRUCTION, 'preliminaryDesign', ...ACCEPTANCE_PAPERS];
    expect(attempt('acceptance', 'operation', { events: accepted, materials }).refusals).toEqual([
      { citation: { regulation: 'laohekou-2024', article: 23 }, message: '不满足：第二十三条（一）（四）（七）所列验收条件均已满足' },
    ]);
    expect(attempt('acceptance', 'operation', { events: accepted, materials, compliance: { contractObligationsFulfilled: true } }).allowed).toBe(true);
    const notYet = attempt('acceptance', 'operation', { events: FIXED_ASSET_APPROVALS, materials, compliance: { contractObligationsFulfilled: true } });
    expect(notYet.refusals.map((r) => r.citation.article)).toEqual([21, 23]);
  });

  it('a transition the 办法 does not provide is refused, naming the article of the regular way in', () => {
    expect(attempt('draft', 'construction').refusals[0]).toEqual({
      citation: { regulation: 'laohekou-2024', article: 13 },
      message: '本办法未规定由“编制中”直接进入“建设实施”；依“并严格执行项目法人、招标投标、政府采购、项目监理、合同管理等制度”，应由“招标采购”阶段进入。',
    });
    expect(attempt('operation', 'shutDown').refusals[0]).toEqual({ citation: { regulation: 'laohekou-2024', article: 30 }, message: '本办法没有进入“已关停”阶段的规定。' });
    expect(attempt('rejected', 'draft').allowed).toBe(true);
  });

  it('out of force (from 2029-01-16), every transition is refused with the validity article', () => {
    const result = attempt('draft', 'declared', { events: [on('declarationSubmitted', '2029-01-10')], materials: ['declarationForm'], asOf: '2029-01-16' });
    expect(result.allowed).toBe(false);
    expect(result.refusals[0]?.citation.article).toBe(30);
  });
});

// 第二十一条 信息化项目的验收工作由市财政局、市城市运行管理中心统一组织 — the gates into acceptance (completed)
// and into operation (acceptance passed).
describeRule('laohekou-2024/art21-unified-acceptance', 21, '信息化项目的验收工作由市财政局、市城市运行管理中心统一组织', {
  holds: [
    {
      name: '建成并经统一组织的验收通过后运行',
      facts: facts({ project: { stage: 'operation' }, events: [on('completed', '2025-01-10'), on('finalAcceptancePassed', '2025-03-01')] }),
      asOf: ASOF,
    },
    { name: '仍在建设实施', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF },
  ],
  fires: [
    { name: '已投入运行却无验收通过的记录', facts: facts({ project: { stage: 'operation' }, events: [on('completed', '2025-01-10')] }), asOf: ASOF, severity: 'warning', says: '验收' },
    { name: '进入验收阶段却无建成记录', facts: facts({ project: { stage: 'acceptance' } }), asOf: ASOF, severity: 'warning', says: '建成' },
  ],
});
