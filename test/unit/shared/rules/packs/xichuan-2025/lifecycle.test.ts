import { describe, expect, it } from 'vitest';
import type { LifecycleStage } from '../../../../../../shared/domain/enums';
import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { MaterialCode } from '../../../../../../shared/domain/materials';
import type { ProjectFactsInput } from '../../../../../../shared/rules/framework/facts';
import { checkTransition } from '../../../../../../shared/rules/framework/transition';
import { xichuan2025 } from '../../../../../../shared/rules/packs/xichuan-2025';
import { testOptions } from '../../support/calendar';
import { INVESTMENT_APPROVALS, facts, on, review } from '../../support/facts';

const ASOF = '2026-06-01';
const SHARING: MaterialCode[] = ['sharingAnalysisChapter', 'resourceCatalogue', 'dataSharingList'];

function attempt(
  from: LifecycleStage,
  to: LifecycleStage,
  spec: { events?: LifecycleEventInput[]; materials?: MaterialCode[]; attributes?: ProjectFactsInput['attributes']; projectClass?: 'investment' | 'service' } = {},
) {
  const f = facts({ project: { stage: from, projectClass: spec.projectClass ?? 'investment' }, events: spec.events, materials: spec.materials, attributes: spec.attributes });
  return checkTransition(xichuan2025, f, to, ASOF, testOptions);
}

const articles = (refusals: readonly { citation: { article: number } }[]) => refusals.map((r) => r.citation.article);

describe('xichuan-2025 lifecycle: allowed transitions and what they need', () => {
  it('第七条 “每年6月底前……报送”: draft → declared needs the submission and the 申报材料 (and, for 新建, 第十二条’s AI analysis)', () => {
    expect(articles(attempt('draft', 'declared').refusals)).toEqual([7, 7, 12]);
    const ok = attempt('draft', 'declared', { events: [on('declarationSubmitted', '2026-05-01')], materials: ['declarationForm', 'aiApplicationAnalysis'] });
    expect(ok).toEqual({ allowed: true, refusals: [], cautions: [] });
  });

  it('第七条 “原则上县发改委不予审批”: underReview → approved goes on without both decisions, with cautions citing 第七条', () => {
    const base = { materials: ['declarationForm', 'aiApplicationAnalysis', ...SHARING] as MaterialCode[] };
    const missing = attempt('underReview', 'approved', { ...base, events: [review('technical', '2025-10-01')] });
    expect(missing.allowed).toBe(true);
    expect(missing.refusals).toEqual([]);
    expect(missing.cautions).toEqual([{ citation: { regulation: 'xichuan-2025', article: 7 }, message: '报县政府批准尚未办理' }]);
    const rejected = attempt('underReview', 'approved', { ...base, events: [review('technical', '2025-10-01', 'rejected'), review('governmentApproval', '2025-10-05')] });
    expect(rejected.cautions[0]?.message).toContain('不予通过');
    expect(attempt('underReview', 'approved', { ...base, events: INVESTMENT_APPROVALS.slice(0, 2) }).allowed).toBe(true);
  });

  it('第七条: only 单纯设备和软件类采购 and 政府购买服务 projects go from approved straight to procurement', () => {
    const materials: MaterialCode[] = ['declarationForm', 'aiApplicationAnalysis', ...SHARING];
    const investment = attempt('approved', 'procurement', { events: INVESTMENT_APPROVALS, materials });
    expect(investment.allowed).toBe(false);
    expect(investment.refusals[0]?.message).toContain('单纯设备和软件类采购项目');
    expect(attempt('approved', 'procurement', { projectClass: 'service', events: INVESTMENT_APPROVALS.slice(0, 2), materials }).allowed).toBe(true);
  });

  it('第九条 “原则上”: missing 可研/初设 approvals let planned → procurement go on, with cautions', () => {
    const result = attempt('planned', 'procurement', {
      events: INVESTMENT_APPROVALS.slice(0, 3),
      materials: ['declarationForm', 'aiApplicationAnalysis', ...SHARING],
    });
    expect(result.allowed).toBe(true);
    expect(articles(result.cautions)).toEqual([9, 9]);
  });

  it('第十五条、第十六条: procurement → construction needs the signed contract, the contract file and the supervision contract', () => {
    const result = attempt('procurement', 'construction', { events: INVESTMENT_APPROVALS, materials: ['declarationForm', 'aiApplicationAnalysis', ...SHARING] });
    expect(articles(result.refusals)).toEqual([15, 15, 16]);
  });

  it('第十八条 “建成6个月内……组织验收”: acceptance needs completion; operation needs a passed acceptance and the acceptance materials', () => {
    expect(articles(attempt('construction', 'acceptance', { events: INVESTMENT_APPROVALS }).refusals)).toContain(18);
    const toOperation = attempt('acceptance', 'operation', { events: [...INVESTMENT_APPROVALS, on('finalAcceptanceFailed', '2026-05-01')] });
    expect(toOperation.refusals.map((r) => r.message)).toEqual(
      expect.arrayContaining(['尚无“竣工验收通过”的记录', '缺少项目建设总结、财务报告、审计报告、安全风险评估报告（验收材料）']),
    );
  });

  it('第二十条 “经核准同意后进行关停处理”: shutdown needs the approval, and not the old paperwork', () => {
    expect(attempt('operation', 'shutDown').refusals).toEqual([{ citation: { regulation: 'xichuan-2025', article: 20 }, message: '关停核准尚未通过' }]);
    expect(attempt('operation', 'shutDown', { events: [review('shutdown', '2026-05-01')] }).allowed).toBe(true);
  });

  it('a transition the 办法 does not provide is refused, naming the article of the regular way in', () => {
    const skip = attempt('draft', 'construction');
    expect(skip.allowed).toBe(false);
    expect(skip.refusals[0]).toEqual({
      citation: { regulation: 'xichuan-2025', article: 15 },
      message: '本办法未规定由“编制中”直接进入“建设实施”；依“项目建设单位应与项目承建单位签订建设合同”，应由“招标采购”阶段进入。',
    });
    expect(attempt('operation', 'construction').refusals[0]?.citation.article).toBe(15);
    expect(attempt('acceptance', 'acceptance').refusals[0]?.message).toBe('项目已处于“验收”阶段。');
  });

  it('the review office’s decisions move a project back or out: rejected, returned for 补正', () => {
    expect(attempt('underReview', 'rejected').allowed).toBe(false);
    expect(attempt('underReview', 'rejected', { events: [review('technical', '2025-10-01', 'rejected')] }).allowed).toBe(true);
    expect(attempt('underReview', 'declared', { events: [review('technical', '2025-10-01', 'rectify')] }).allowed).toBe(true);
    expect(attempt('rejected', 'draft').allowed).toBe(true);
  });

  it('out of force, every transition is refused with the validity article', () => {
    const f = facts({ project: { stage: 'operation' }, events: [review('shutdown', '2026-05-01')] });
    const result = checkTransition(xichuan2025, f, 'shutDown', '2027-08-30', testOptions);
    expect(result.allowed).toBe(false);
    expect(result.refusals[0]?.citation.article).toBe(40);
  });
});
