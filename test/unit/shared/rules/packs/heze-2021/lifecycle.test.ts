import { describe, expect, it } from 'vitest';
import type { LifecycleStage, ProjectClass } from '../../../../../../shared/domain/enums';
import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { MaterialCode } from '../../../../../../shared/domain/materials';
import type { ProjectFactsInput } from '../../../../../../shared/rules/framework/facts';
import { checkTransition } from '../../../../../../shared/rules/framework/transition';
import { heze2021 } from '../../../../../../shared/rules/packs/heze-2021';
import { facts, on, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { officialOptions } from '../../support/official-calendar';
import { ASOF, LOCAL_APPROVALS, OFFICIAL } from './fixtures';

const DECLARATION: MaterialCode[] = ['preAssessmentReport', 'implementationPlan', 'budgetEstimate', 'resourceCatalogue'];
const APPROVAL: MaterialCode[] = [...DECLARATION, 'productSecurityStatement'];
const OPERATION: MaterialCode[] = [...APPROVAL, 'contract', 'omPlan', 'acceptanceReport', 'productSecurityReport', 'cryptoAssessmentReport'];

interface Spec {
  events?: LifecycleEventInput[];
  materials?: MaterialCode[];
  attributes?: ProjectFactsInput['attributes'];
  projectClass?: ProjectClass;
  asOf?: string;
}

function attempt(from: LifecycleStage, to: LifecycleStage, spec: Spec = {}) {
  const f = facts({ project: { stage: from, projectClass: spec.projectClass ?? 'investment' }, events: spec.events, materials: spec.materials, attributes: spec.attributes });
  return checkTransition(heze2021, f, to, spec.asOf ?? ASOF, officialOptions);
}

const articles = (refusals: readonly { citation: { article: number } }[]) => refusals.map((r) => r.citation.article);

describe('heze-2021 lifecycle: allowed transitions and what they need', () => {
  it('第七条 “研究提出……立项申请”: the declaration needs 第八条’s pre-assessment report, 第九条’s contents and 第二十七条’s catalogue', () => {
    expect(articles(attempt('draft', 'declared').refusals)).toEqual([7, 8, 9, 27]);
    expect(attempt('draft', 'declared', { events: [on('declarationSubmitted', '2021-02-01')], materials: DECLARATION }).allowed).toBe(true);
  });

  it('第十二条: a project a superior organises needs 市大数据局’s consent before it is declared, not the local pre-assessment', () => {
    const refused = attempt('draft', 'declared', { attributes: { superiorDeclared: true }, events: [on('declarationSubmitted', '2021-02-01')], materials: DECLARATION.slice(1) });
    expect(refused.refusals).toEqual([{ citation: { regulation: 'heze-2021', article: 12 }, message: '市大数据局同意申报的审核意见尚未办理' }]);
  });

  it('第八条、第十一条: 立项 needs the pre-assessment and 市大数据局’s approving opinion, and 第三十三条’s product statement', () => {
    const refused = attempt('underReview', 'approved', { materials: DECLARATION });
    expect(refused.refusals.map((r) => `${r.citation.article}:${r.message}`)).toEqual([
      '8:事前绩效评估尚未办理',
      '11:市大数据局审核意见（建设必要性、技术可行性和预算合理性评审）尚未办理',
      '33:缺少产品安全可靠情况说明（产品安全可靠情况说明）',
    ]);
    expect(attempt('underReview', 'approved', { materials: APPROVAL, events: LOCAL_APPROVALS.slice(0, 2) }).allowed).toBe(true);
    expect(attempt('underReview', 'rejected', { events: [review('technical', '2021-04-01', 'rejected')] }).allowed).toBe(true);
    expect(attempt('underReview', 'declared', { events: [review('technical', '2021-04-01', 'rectify')] }).allowed).toBe(true);
  });

  it('第四条、第十六条: procurement of a fixed-asset project needs 市发展改革委’s approval; a service purchase does not', () => {
    expect(attempt('approved', 'procurement', { materials: APPROVAL, events: LOCAL_APPROVALS.slice(0, 2) }).refusals).toEqual([
      { citation: { regulation: 'heze-2021', article: 4 }, message: '市发展改革委投资立项审批尚未办理' },
    ]);
    expect(attempt('approved', 'procurement', { projectClass: 'service', materials: APPROVAL, events: LOCAL_APPROVALS.slice(0, 2) }).allowed).toBe(true);
  });

  it('第十六条: construction needs the signed contract; 第二十三条: acceptance needs completion; 第二十二条: operation a passed acceptance', () => {
    expect(articles(attempt('procurement', 'construction', { materials: APPROVAL, events: LOCAL_APPROVALS }).refusals)).toEqual([16, 16]);
    expect(articles(attempt('construction', 'acceptance', { materials: APPROVAL, events: LOCAL_APPROVALS }).refusals)).toEqual([23, 16]);
    const done = [...LOCAL_APPROVALS, on('completed', '2021-09-01')];
    expect(attempt('construction', 'acceptance', { materials: [...APPROVAL, 'contract'], events: done }).allowed).toBe(true);
    expect(attempt('construction', 'trialRun', { materials: [...APPROVAL, 'contract'], events: done }).allowed).toBe(true);
    expect(attempt('acceptance', 'operation', { materials: OPERATION, events: done }).refusals).toEqual([
      { citation: { regulation: 'heze-2021', article: 22 }, message: '尚无“竣工验收通过”的记录' },
    ]);
    expect(attempt('acceptance', 'operation', { materials: OPERATION, events: [...done, on('finalAcceptancePassed', '2022-03-01')] }).allowed).toBe(true);
  });

  it('stages the 办法 does not use are refused, citing 第四十一条 (the pack’s validity article)', () => {
    expect(attempt('approved', 'planned').refusals).toEqual([{ citation: { regulation: 'heze-2021', article: 41 }, message: '本办法没有进入“已列入年度计划”阶段的规定。' }]);
    expect(attempt('operation', 'shutDown').refusals[0]?.citation.article).toBe(41);
    expect(attempt('draft', 'construction').refusals[0]?.message).toContain('应由“招标采购”阶段进入');
  });

  it('第四十一条 “有效期至2022年12月27日”: allowed on 2022-12-27, refused as expired from 2022-12-28', () => {
    const spec = { events: [on('declarationSubmitted', '2022-12-01')], materials: DECLARATION };
    expect(attempt('draft', 'declared', { ...spec, asOf: '2022-12-27' }).allowed).toBe(true);
    const expired = attempt('draft', 'declared', { ...spec, asOf: '2022-12-28' });
    expect(expired.allowed).toBe(false);
    expect(expired.refusals).toHaveLength(1);
    expect(expired.refusals[0]?.citation).toEqual({ regulation: 'heze-2021', article: 41 });
    expect(expired.refusals[0]?.message).toContain('已于 2022-12-27 届满失效');
  });
});

// 第七条 项目建设单位应……研究提出政务信息系统项目立项申请 — the gate draft → declared needs the application.
describeRule('heze-2021/art7-establishment-application', 7, '研究提出政务信息系统项目立项申请', {
  holds: [
    { name: '已提出立项申请', facts: facts({ project: { stage: 'underReview' }, events: [on('declarationSubmitted', '2022-03-01')] }), asOf: ASOF, ...OFFICIAL },
    { name: '仍为草稿', facts: facts({ project: { stage: 'draft' } }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '已在审查却无立项申请的记录', facts: facts({ project: { stage: 'underReview' } }), asOf: ASOF, ...OFFICIAL, severity: 'warning', says: '申报' }],
});

// 第二十二条 项目建设单位应按照……相关规定开展竣工验收工作 — the gate acceptance → operation needs a passed acceptance.
describeRule('heze-2021/art22-final-acceptance', 22, '开展竣工验收工作', {
  holds: [
    { name: '竣工验收通过后运行', facts: facts({ project: { stage: 'operation' }, events: [on('finalAcceptancePassed', '2022-03-01')] }), asOf: ASOF, ...OFFICIAL },
    { name: '仍在验收阶段', facts: facts({ project: { stage: 'acceptance' } }), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [{ name: '已投入运行却无竣工验收通过的记录', facts: facts({ project: { stage: 'operation' } }), asOf: ASOF, ...OFFICIAL, severity: 'warning', says: '验收' }],
});
