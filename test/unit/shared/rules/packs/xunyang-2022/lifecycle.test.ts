import { describe, expect, it } from 'vitest';
import type { LifecycleStage } from '../../../../../../shared/domain/enums';
import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { MaterialCode } from '../../../../../../shared/domain/materials';
import type { ProjectFactsInput } from '../../../../../../shared/rules/framework/facts';
import { checkTransition } from '../../../../../../shared/rules/framework/transition';
import { xunyang2022 } from '../../../../../../shared/rules/packs/xunyang-2022';
import { testOptions } from '../../support/calendar';
import { facts, on, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-06-01';
const PLAN: LifecycleEventInput[] = [review('technical', '2025-10-20'), review('establishment', '2025-11-10'), review('feasibility', '2025-12-01')];
const DECLARED: MaterialCode[] = ['declarationForm', 'projectProposal'];

function attempt(from: LifecycleStage, to: LifecycleStage, spec: { events?: LifecycleEventInput[]; materials?: MaterialCode[]; attributes?: ProjectFactsInput['attributes'] } = {}) {
  const f = facts({ project: { stage: from }, events: spec.events, materials: spec.materials, attributes: spec.attributes });
  return checkTransition(xunyang2022, f, to, ASOF, testOptions);
}
const articles = (refusals: readonly { citation: { article: number } }[]) => refusals.map((r) => r.citation.article);

describe('xunyang-2022 lifecycle: allowed transitions and what they need', () => {
  it('第七条 “于每年9月底前须提交下一个年度项目申报表和项目建议书”: draft → declared', () => {
    expect(articles(attempt('draft', 'declared').refusals)).toEqual([7, 7]);
    expect(attempt('draft', 'declared', { events: [on('declarationSubmitted', '2025-09-20')], materials: DECLARED }).allowed).toBe(true);
  });

  it('第八条: underReview → approved needs the 初审 and 立项; approved → planned the 可研批复 and the annual plan', () => {
    expect(articles(attempt('underReview', 'approved', { materials: DECLARED }).refusals)).toEqual([8, 8]);
    expect(attempt('underReview', 'approved', { materials: DECLARED, events: PLAN.slice(0, 2) }).allowed).toBe(true);
    expect(articles(attempt('approved', 'planned', { materials: DECLARED, events: PLAN.slice(0, 2) }).refusals)).toEqual([8, 8]);
    expect(attempt('approved', 'planned', { materials: DECLARED, events: [...PLAN, { kind: 'includedInAnnualPlan', year: 2026, date: '2026-01-15' }] }).allowed).toBe(true);
  });

  it('第九条: only a special or urgent project, reviewed and approved by 区政府, goes from approved straight to procurement', () => {
    const planned = attempt('approved', 'procurement', { materials: DECLARED, events: PLAN });
    expect(planned.allowed).toBe(false);
    expect(planned.refusals[0]?.message).toContain('个别特殊或紧急');
    const urgent = { attributes: { temporary: true }, materials: ['declarationForm', 'constructionJustification'] as MaterialCode[] };
    expect(articles(attempt('approved', 'procurement', urgent).refusals)).toEqual([9, 9]);
    expect(attempt('approved', 'procurement', { ...urgent, events: [review('technical', '2026-03-01'), review('governmentApproval', '2026-03-20')] }).allowed).toBe(true);
  });

  it('第十条、第十六条: procurement → construction needs the contract and the supervision contract', () => {
    expect(articles(attempt('procurement', 'construction', { materials: DECLARED, events: PLAN }).refusals)).toEqual([10, 16]);
  });

  it('第十九条 “项目竣工后，经系统测试和试运行”: construction → trialRun → acceptance, never straight to acceptance', () => {
    const materials: MaterialCode[] = [...DECLARED, 'supervisionContract'];
    expect(articles(attempt('construction', 'trialRun', { materials, events: PLAN }).refusals)).toEqual([19]);
    expect(attempt('construction', 'trialRun', { materials, events: [...PLAN, on('completed', '2026-04-01')] }).allowed).toBe(true);
    expect(attempt('construction', 'acceptance').refusals[0]).toEqual({
      citation: { regulation: 'xunyang-2022', article: 19 },
      message: '本办法未规定由“建设实施”直接进入“验收”；依“经系统测试和试运行，由建设单位进行初步验收”，应由“试运行”阶段进入。',
    });
    expect(articles(attempt('trialRun', 'acceptance', { materials, events: PLAN }).refusals)).toEqual([19, 19]);
  });

  it('第十九条、第二十条: acceptance → operation needs a passed 初步验收, a passed 竣工验收 and the materials', () => {
    const materials: MaterialCode[] = [...DECLARED, 'supervisionContract', 'softwareTestReport', 'trialRunReport'];
    expect(articles(attempt('acceptance', 'operation', { materials, events: PLAN }).refusals)).toEqual([19, 20, 19]);
    const done = attempt('acceptance', 'operation', {
      materials: [...materials, 'preliminaryAcceptanceReport', 'constructionSummary', 'contractorReport', 'supervisionReport'],
      events: [...PLAN, { kind: 'preliminaryAcceptance', date: '2026-04-20', passed: true }, on('finalAcceptancePassed', '2026-05-20')],
    });
    expect(done).toEqual({ allowed: true, refusals: [], cautions: [] });
  });

  it('第十条: the 办法 has no shutdown procedure, so operation → shutDown needs nothing', () => {
    expect(attempt('operation', 'shutDown').allowed).toBe(true);
  });

  it('the review office’s decisions move a project back or out', () => {
    expect(attempt('underReview', 'rejected').allowed).toBe(false);
    expect(attempt('underReview', 'rejected', { events: [review('technical', '2025-10-20', 'rejected')] }).allowed).toBe(true);
    expect(attempt('underReview', 'declared', { events: [review('technical', '2025-10-20', 'rectify')] }).allowed).toBe(true);
    expect(attempt('rejected', 'draft').allowed).toBe(true);
  });
});

// 第十条 ……严格执行招标投标、政府采购、工程监理、合同管理等制度 — the gate procurement → construction needs the contract.
describeRule('xunyang-2022/art10-contract-management', 10, '严格执行招标投标、政府采购、工程监理、合同管理等制度', {
  holds: [
    { name: '已签订合同后建设实施', facts: facts({ project: { stage: 'construction' }, events: [{ kind: 'contractSigned', date: '2026-03-01', clauses: [] }] }), asOf: ASOF },
    { name: '仍在招标采购', facts: facts({ project: { stage: 'procurement' } }), asOf: ASOF },
  ],
  fires: [{ name: '建设实施中却无签订合同的记录', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF, severity: 'warning', says: '签订合同' }],
});
