import { describe, expect, it } from 'vitest';
import type { LifecycleStage } from '../../../../../../shared/domain/enums';
import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { MaterialCode } from '../../../../../../shared/domain/materials';
import type { Project } from '../../../../../../shared/domain/project';
import { checkTransition } from '../../../../../../shared/rules/framework/transition';
import { chenzhou2022 } from '../../../../../../shared/rules/packs/chenzhou-2022';
import { testOptions } from '../../support/calendar';
import { facts, on, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';
const WAN = 1_000_000;
const REVIEWS: LifecycleEventInput[] = [
  review('establishment', '2026-02-01'),
  review('technical', '2026-02-10'),
  review('finance', '2026-02-20'),
  review('cryptography', '2026-02-25'),
  review('security', '2026-02-26'),
];
const REVIEW_DOCS: MaterialCode[] = ['declarationForm', 'feasibilityStudy', 'implementationPlan', 'budgetEstimate'];

function attempt(from: LifecycleStage, to: LifecycleStage, spec: { events?: LifecycleEventInput[]; materials?: MaterialCode[]; project?: Partial<Project> } = {}, asOf = ASOF) {
  const f = facts({ project: { stage: from, ...spec.project }, events: spec.events, materials: spec.materials });
  return checkTransition(chenzhou2022, f, to, asOf, testOptions);
}
const articles = (refusals: readonly { citation: { article: number } }[]) => refusals.map((r) => r.citation.article);

describe('chenzhou-2022 lifecycle: allowed transitions and what they need', () => {
  it('第六条 “原则上每年度末……申报”: draft → declared needs the declaration and 第九条’s 申报材料', () => {
    expect(articles(attempt('draft', 'declared').refusals)).toEqual([6, 9]);
    expect(attempt('draft', 'declared', { events: [on('declarationSubmitted', '2025-12-20')], materials: ['declarationForm'] }).allowed).toBe(true);
  });

  it('第六条 “未申报的信息化项目，原则上不予审批”: underReview → approved needs the declaration or the leading group’s 一事一议', () => {
    const refused = attempt('underReview', 'approved', { materials: ['declarationForm'] });
    expect(refused.refusals).toEqual([
      { citation: { regulation: 'chenzhou-2022', article: 6 }, message: '不满足：已向领导小组办公室申报，或特殊情况经领导小组“一事一议”同意' },
    ]);
    expect(attempt('underReview', 'approved', { materials: ['declarationForm'], events: [on('declarationSubmitted', '2025-12-20')] }).allowed).toBe(true);
    expect(attempt('underReview', 'approved', { materials: ['declarationForm'], events: [review('caseByCase', '2026-03-01')] }).allowed).toBe(true);
  });

  it('第七条 “领导小组审定形成年度项目计划后报市人民政府批准”: approved → planned needs the annual plan', () => {
    expect(articles(attempt('approved', 'planned', { materials: ['declarationForm'] }).refusals)).toEqual([7]);
    expect(attempt('approved', 'planned', { materials: ['declarationForm'], events: [{ kind: 'includedInAnnualPlan', year: 2027, date: '2026-03-01' }] }).allowed).toBe(true);
  });

  it('第八条、第九条: planned → procurement needs the review documents, 立项、技术初审、财政投资评审 and the two 前置审查', () => {
    expect(articles(attempt('planned', 'procurement', { materials: ['declarationForm'] }).refusals)).toEqual([9, 8, 8, 8, 9, 9]);
    expect(attempt('planned', 'procurement', { materials: REVIEW_DOCS, events: REVIEWS })).toEqual({ allowed: true, refusals: [], cautions: [] });
    // 立项金额标准以下: no 立项, no feasibility study.
    expect(attempt('planned', 'procurement', { project: { totalInvestmentFen: 100 * WAN }, materials: ['declarationForm', 'implementationPlan', 'budgetEstimate'], events: REVIEWS.slice(1) }).allowed).toBe(true);
  });

  it('第八条 “由项目建设单位自行组织实施”: only a project under the 政府采购限额标准 goes from planned straight to construction', () => {
    const big = attempt('planned', 'construction', { materials: ['declarationForm', 'supervisionContract'] });
    expect(big.allowed).toBe(false);
    expect(big.refusals[0]?.message).toContain('总投资未达到政府采购限额标准');
    expect(attempt('planned', 'construction', { project: { totalInvestmentFen: 49 * WAN }, materials: ['declarationForm', 'supervisionContract'] }).allowed).toBe(true);
  });

  it('第十一条、第十三条: procurement → construction needs the signed contract and the supervision contract', () => {
    expect(articles(attempt('procurement', 'construction', { materials: REVIEW_DOCS, events: REVIEWS }).refusals)).toEqual([11, 13]);
  });

  it('第十六条: construction → acceptance needs completion; there is no trial-run stage in this 办法', () => {
    expect(articles(attempt('construction', 'acceptance', { materials: [...REVIEW_DOCS, 'supervisionContract'], events: REVIEWS }).refusals)).toEqual([16]);
    expect(attempt('construction', 'trialRun').refusals).toEqual([
      { citation: { regulation: 'chenzhou-2022', article: 22 }, message: '本办法没有进入“试运行”阶段的规定。' },
    ]);
  });

  it('第十六条、第十二条、第十七条: acceptance → operation needs 初步验收, the 技术支持组’s consent, a passed 竣工验收, shared data and the reports', () => {
    const base = { materials: [...REVIEW_DOCS, 'supervisionContract'] as MaterialCode[], events: [...REVIEWS, on('completed', '2026-04-01')] };
    expect(articles(attempt('acceptance', 'operation', base).refusals)).toEqual([16, 16, 16, 12, 16, 17]);
    const done = attempt('acceptance', 'operation', {
      project: { dataSharing: 'shared' },
      materials: [...base.materials, 'preliminaryAcceptanceReport', 'acceptanceReport'],
      events: [
        ...base.events,
        { kind: 'preliminaryAcceptance', date: '2026-04-20', passed: true },
        review('acceptanceApplication', '2026-05-01'),
        on('finalAcceptancePassed', '2026-05-20'),
      ],
    });
    expect(done).toEqual({ allowed: true, refusals: [], cautions: [] });
  });

  it('第三条: the 办法 has no shutdown procedure, so operation → shutDown needs nothing', () => {
    expect(attempt('operation', 'shutDown').allowed).toBe(true);
  });

  it('a transition the 办法 does not provide is refused, naming the article of the regular way in', () => {
    expect(attempt('draft', 'construction').refusals[0]).toEqual({
      citation: { regulation: 'chenzhou-2022', article: 8 },
      message: '本办法未规定由“编制中”直接进入“建设实施”；依“由项目建设单位自行组织实施”，应由“已列入年度计划”或“招标采购”阶段进入。',
    });
  });

  it('the review office’s decisions move a project back or out', () => {
    expect(attempt('underReview', 'rejected').allowed).toBe(false);
    expect(attempt('underReview', 'rejected', { events: [review('technical', '2026-01-10', 'rejected')] }).allowed).toBe(true);
    expect(attempt('planned', 'rejected', { events: [review('establishment', '2026-03-10', 'rejected')] }).allowed).toBe(true);
    expect(attempt('underReview', 'declared', { events: [review('technical', '2026-01-10', 'rectify')] }).allowed).toBe(true);
    expect(attempt('rejected', 'draft').allowed).toBe(true);
  });

  it('after the 信息时效期 (2027-09-28), every transition is refused with the validity article', () => {
    const result = attempt('operation', 'shutDown', {}, '2027-09-29');
    expect(result.allowed).toBe(false);
    expect(result.refusals[0]?.citation.article).toBe(22);
    expect(attempt('operation', 'shutDown', {}, '2027-09-28').allowed).toBe(true);
  });
});

// 第七条 领导小组审定形成年度项目计划后报市人民政府批准 — enforced by the gate approved → planned, and
// reported for a project already in the plan or beyond without it.
describeRule('chenzhou-2022/art7-annual-plan', 7, '领导小组审定形成年度项目计划后报市人民政府批准', {
  holds: [
    { name: '已列入年度项目计划', facts: facts({ project: { stage: 'procurement' }, events: [{ kind: 'includedInAnnualPlan', date: '2026-01-20', year: 2026 }] }), asOf: ASOF },
    { name: '尚未到“列入计划”阶段', facts: facts({ project: { stage: 'approved' } }), asOf: ASOF },
  ],
  fires: [{ name: '处于招标采购阶段却无列入年度计划的记录', facts: facts({ project: { stage: 'procurement' } }), asOf: ASOF, severity: 'warning', says: '列入年度计划' }],
});

// 第十一条 ……包括但不限于招标投标、政府采购、工程监理、合同管理等制度 — the gate procurement → construction needs the contract.
describeRule('chenzhou-2022/art11-contract-management', 11, '招标投标、政府采购、工程监理、合同管理等制度', {
  holds: [
    { name: '已签订合同后建设实施', facts: facts({ project: { stage: 'construction' }, events: [{ kind: 'contractSigned', date: '2026-03-01', clauses: [] }] }), asOf: ASOF },
    { name: '仍在招标采购', facts: facts({ project: { stage: 'procurement' } }), asOf: ASOF },
  ],
  fires: [{ name: '建设实施中却无签订合同的记录', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF, severity: 'warning', says: '签订合同' }],
});
