/**
 * Issue 12: xichuan judged by dated events (第七条、第八条、第九条 in order; materials at the
 * declaration, the design review and the acceptance), scope (第二条) and the facts recordable
 * since (第十一条、第十六条、第三十条、第三十五条).
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { xichuan2025 } from '../../../../../../shared/rules/packs/xichuan-2025';
import { describeBeforeX } from '../../support/before-x';
import { testOptions } from '../../support/calendar';
import { facts, on, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-09-01';

// 第七条 每年6月底前……报送下年度拟建设(或采购)的政务信息化项目材料 — the materials go with the declaration.
describeBeforeX('xichuan-2025/art7-declaration-materials', '申报材料随申报报送', {
  step: '2026-05-20',
  build: (day) => facts({ events: [on('declarationSubmitted', '2026-05-20')], materials: [{ code: 'declarationForm', date: day }] }),
  asOf: ASOF, severity: 'warning',
});
// 第十八条 验收材料应包括项目建设总结、财务报告、审计报告、安全风险评估报告等 — at the acceptance.
describeBeforeX('xichuan-2025/art18-acceptance-materials', '验收材料在验收时具备', {
  step: '2026-08-03',
  build: (day) =>
    facts({
      events: [on('finalAcceptanceApplied', '2026-08-03')],
      materials: [
        { code: 'constructionSummary', date: '2026-07-01' },
        { code: 'financialReport', date: '2026-07-01' },
        { code: 'auditReport', date: day },
        { code: 'securityRiskAssessment', date: '2026-07-01' },
      ],
    }),
  asOf: ASOF, severity: 'warning', says: '审计报告（2026-08-04）',
});
// 第二十六条 可研、初设或实施方案中应当包括信息资源共享分析篇(章) — when they are reviewed.
describeBeforeX('xichuan-2025/art26-sharing-analysis-chapter', '共享分析篇(章)在可研报审时', {
  step: '2026-04-01',
  build: (day) =>
    facts({
      events: [review('feasibility', '2026-04-01')],
      materials: [{ code: 'sharingAnalysisChapter', date: day }, { code: 'resourceCatalogue', date: '2026-03-01' }, { code: 'dataSharingList', date: '2026-03-01' }],
    }),
  asOf: ASOF, severity: 'warning',
});
// 第七条 县发改委对审查通过的政务信息化项目,报县政府批准 — the review comes before the approval.
// 第七条 “原则上县发改委不予审批”: the investment path's steps warn (rules-framework: 原则上 is a warning).
describeBeforeX('xichuan-2025/art7-review-and-approval', '技术性审查在报县政府批准之前', {
  step: '2025-10-10',
  build: (day) => facts({ events: [review('technical', day), review('governmentApproval', '2025-10-10')] }),
  asOf: ASOF, severity: 'warning', says: '应在先',
});
// 第八条 由需求单位报县分管领导同意后,经……技术性审查、县发改委审批后
describeBeforeX('xichuan-2025/art8-temporary-project-approvals', '分管领导同意在技术性审查之前', {
  step: '2026-02-01',
  build: (day) => facts({ attributes: { temporary: true }, events: [review('leaderConsent', day), review('technical', '2026-02-01'), review('establishment', '2026-03-01')] }),
  asOf: ASOF, severity: 'blocking', says: '县分管领导同意',
});
// 第九条 原则上应包括项目建议书、可行性研究报告、初步设计等审批环节 — in that order.
describeBeforeX('xichuan-2025/art9-investment-approval-steps', '项目建议书在可研之前', {
  step: '2025-12-01',
  build: (day) => facts({ events: [review('technical', '2025-09-20'), review('governmentApproval', '2025-10-10'), review('proposal', day), review('feasibility', '2025-12-01'), review('preliminaryDesign', '2026-01-10')] }),
  asOf: ASOF, severity: 'warning', says: '项目建议书审批',
});

describe('xichuan: checklists bind to the declaration, whatever the stage field says', () => {
  it('a draft with a declaration recorded and no materials', () => {
    const ids = checkProject(xichuan2025, facts({ events: [on('declarationSubmitted', '2026-05-20')] }), ASOF, testOptions).map((f) => f.ruleId);
    expect(ids).toContain('xichuan-2025/art7-declaration-materials');
  });
});

// 第二条 ……县级党委人大、政府、政协、法检等行政机关法律法规授权具有管理公共事务职能的事业单位……
describeRule('xichuan-2025/art2-not-public-body', 2, '行政机关法律法规授权具有管理公共事务职能的事业单位', {
  holds: [
    { name: '行政机关', facts: facts({ project: { ownerType: 'organ' } }), asOf: ASOF },
    { name: '事业单位', facts: facts({ project: { ownerType: 'publicInstitution' } }), asOf: ASOF },
    { name: '未登记', facts: facts(), asOf: ASOF },
  ],
  fires: [
    { name: '国有企业', facts: facts({ project: { ownerType: 'stateOwnedEnterprise' } }), asOf: ASOF, severity: 'info' },
    { name: '其他单位', facts: facts({ project: { ownerType: 'other' } }), asOf: ASOF, severity: 'info' },
  ],
});
it('xichuan 第二条: out of scope is one info finding and nothing else', () => {
  const findings = checkProject(xichuan2025, facts({ project: { ownerType: 'stateOwnedEnterprise', stage: 'construction' } }), ASOF, testOptions);
  expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['xichuan-2025/art2-not-public-body', 'info']]);
});

// 第十一条 ……总投资有节余的应按照有关规定退回节余资金。
const paid = (amountFen: number) => ({ kind: 'paymentMade' as const, paymentStage: 'final' as const, amountFen, date: '2026-08-01' });
describeRule('xichuan-2025/art11-surplus-returned', 11, '总投资有节余的应按照有关规定退回节余资金', {
  holds: [
    { name: '拨付合计等于总投资', facts: facts({ events: [{ kind: 'paymentMade', paymentStage: 'progress', amountFen: 600_000_000, date: '2026-03-01' }, paid(400_000_000)] }), asOf: ASOF },
    { name: '尚未支付尾款', facts: facts({ events: [{ kind: 'paymentMade', paymentStage: 'progress', amountFen: 600_000_000, date: '2026-03-01' }] }), asOf: ASOF },
    { name: '有一笔未登记金额：合计不详', facts: facts({ events: [{ kind: 'paymentMade', paymentStage: 'progress', date: '2026-03-01' }, paid(1)] }), asOf: ASOF },
  ],
  fires: [{ name: '尾款后合计少 1 分', facts: facts({ events: [{ kind: 'paymentMade', paymentStage: 'progress', amountFen: 600_000_000, date: '2026-03-01' }, paid(399_999_999)] }), asOf: ASOF, severity: 'info', says: '节余' }],
});

// 第十六条 ……委托具有资质的监理单位对项目建设进行工程监理。
describeRule('xichuan-2025/art16-supervisor-qualified', 16, '委托具有资质的监理单位对项目建设进行工程监理', {
  holds: [
    { name: '监理单位具有资质', facts: facts({ events: [on('supervisionContracted', '2026-03-01')], compliance: { supervisor: { qualified: true } } }), asOf: ASOF },
    { name: '资质未登记', facts: facts({ events: [on('supervisionContracted', '2026-03-01')] }), asOf: ASOF },
    { name: '尚未委托监理', facts: facts({ compliance: { supervisor: { qualified: false } } }), asOf: ASOF },
  ],
  fires: [{ name: '委托的监理单位无资质', facts: facts({ events: [on('supervisionContracted', '2026-03-01')], compliance: { supervisor: { qualified: false } } }), asOf: ASOF, severity: 'warning' }],
});

// 第三十条 ……建立网络安全管理制度和技术措施
describeRule('xichuan-2025/art30-network-security', 30, '建立网络安全管理制度和技术措施', {
  holds: [
    { name: '制度和措施均已建立', facts: facts({ project: { stage: 'operation' }, compliance: { security: { managementRules: true, technicalMeasures: true } } }), asOf: ASOF },
    { name: '尚在建设', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF },
  ],
  fires: [
    { name: '未建立管理制度', facts: facts({ project: { stage: 'operation' }, compliance: { security: { managementRules: false, technicalMeasures: true } } }), asOf: ASOF, severity: 'warning', says: '网络安全管理制度' },
    { name: '建成即检查（事件）：未登记', facts: facts({ events: [on('completed', '2026-05-01')] }), asOf: ASOF, severity: 'info' },
  ],
});

// 第三十五条 ……应当要求项目建设单位限期整改。
const order = { kind: 'rectificationOrdered' as const, date: '2026-06-01', dueDate: '2026-06-30' };
describeRule('xichuan-2025/art35-rectify-within-limit', 35, '应当要求项目建设单位限期整改', {
  holds: [
    { name: '期限前一天完成', facts: facts({ events: [order, on('rectificationCompleted', '2026-06-29')] }), asOf: ASOF },
    { name: '期限当天完成', facts: facts({ events: [order, on('rectificationCompleted', '2026-06-30')] }), asOf: ASOF },
  ],
  fires: [
    { name: '期限后一天完成：逾期可见', facts: facts({ events: [order, on('rectificationCompleted', '2026-07-01')] }), asOf: ASOF, severity: 'info', says: '逾期 1 天' },
    { name: '逾期未整改', facts: facts({ events: [order] }), asOf: ASOF, severity: 'warning', says: '暂缓拨付建设资金' },
  ],
});

// 第二十五条 采购第三方云的,合同到期后不再续签 — a renewal recorded with its day counts from that day.
const cloud = (signedOn: string) =>
  facts({ project: { stage: 'operation', cloudDeployment: 'govCloud' }, compliance: { infrastructure: { thirdPartyCloud: { contractStartsOn: '2025-06-01', contractEndsOn: '2026-05-31', renewals: [{ signedOn, endsOn: '2027-05-31' }] } } } });
describeRule('xichuan-2025/art25-third-party-cloud-not-renewed', 25, '合同到期后不再续签', {
  holds: [{ name: '续签登记在检查日之后：尚未发生', facts: cloud('2026-09-02'), asOf: ASOF }],
  fires: [{ name: '检查日前已续签', facts: cloud('2026-05-20'), asOf: ASOF, severity: 'blocking', says: '于 2026-05-20 续签' }],
});
