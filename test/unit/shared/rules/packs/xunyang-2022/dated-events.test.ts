/**
 * Issue 12: xunyang judged by dated events (第七条、第十九条), scope (第二条、第三条), every
 * payment (第二十条) and the orders to rectify with their 整改期限 (第二十条).
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { xunyang2022 } from '../../../../../../shared/rules/packs/xunyang-2022';
import { describeBeforeX } from '../../support/before-x';
import { testOptions } from '../../support/calendar';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ASOF = '2026-09-01';

// 第七条 ……须提交下一个年度项目申报表和项目建议书 — with the declaration.
describeBeforeX('xunyang-2022/art7-declaration-materials', '申报表和项目建议书随申报', {
  step: '2025-09-15',
  build: (day) => facts({ events: [on('declarationSubmitted', '2025-09-15')], materials: [{ code: 'declarationForm', date: '2025-09-15' }, { code: 'projectProposal', date: day }] }),
  asOf: ASOF, severity: 'warning',
});
// 第十九条 ……提出竣工验收申请，并提交包括建设单位、承建单位、监理单位及相关单位的验收材料
describeBeforeX('xunyang-2022/art19-acceptance-materials', '验收材料随竣工验收申请', {
  step: '2026-05-06',
  build: (day) =>
    facts({
      events: [on('finalAcceptanceApplied', '2026-05-06')],
      materials: [
        { code: 'preliminaryAcceptanceReport', date: '2026-04-20' },
        { code: 'constructionSummary', date: '2026-04-20' },
        { code: 'contractorReport', date: '2026-04-20' },
        { code: 'supervisionReport', date: day },
      ],
    }),
  asOf: ASOF, severity: 'warning', says: '监理单位验收材料',
});
// 第十九条 项目竣工后，经系统测试和试运行，由建设单位进行初步验收。
describeBeforeX('xunyang-2022/art19-test-and-trial-run', '测试和试运行报告在初步验收时', {
  step: '2026-04-20',
  build: (day) => facts({ events: [{ kind: 'preliminaryAcceptance', passed: true, date: '2026-04-20' }], materials: [{ code: 'softwareTestReport', date: day }, { code: 'trialRunReport', date: '2026-04-01' }] }),
  asOf: ASOF, severity: 'warning',
});

// 第三条 本办法适用于全区所有行政事业单位、国有企业的信息化项目。
describeRule('xunyang-2022/art3-other-owners', 3, '本办法适用于全区所有行政事业单位、国有企业的信息化项目', {
  holds: [
    { name: '国有企业的项目适用', facts: facts({ project: { ownerType: 'stateOwnedEnterprise' } }), asOf: ASOF },
    { name: '公立医院（事业单位）适用', facts: facts({ project: { ownerType: 'publicHospital' } }), asOf: ASOF },
    { name: '行政机关适用', facts: facts({ project: { ownerType: 'organ' } }), asOf: ASOF },
  ],
  fires: [{ name: '其他单位', facts: facts({ project: { ownerType: 'other' } }), asOf: ASOF, severity: 'info' }],
});
// 第二条 ……指全部或部分使用财政性资金投资……的项目
const funding = (social: number, localFiscal: number) => ({ superior: 0, localFiscal, selfRaised: 0, social, other: 0 });
describeRule('xunyang-2022/art2-no-fiscal-funds', 2, '指全部或部分使用财政性资金投资', {
  holds: [
    { name: '部分使用财政资金（1 分）', facts: facts({ project: { totalInvestmentFen: 1_000_000_000, funding: funding(999_999_999, 1) } }), asOf: ASOF },
    { name: '尚未登记投资', facts: facts({ project: { totalInvestmentFen: 0, funding: funding(0, 0) } }), asOf: ASOF },
  ],
  fires: [{ name: '全部为社会资本', facts: facts({ project: { totalInvestmentFen: 1_000_000_000, funding: funding(1_000_000_000, 0) } }), asOf: ASOF, severity: 'info' }],
});
it('xunyang: out of scope is one info finding and nothing else', () => {
  const findings = checkProject(xunyang2022, facts({ project: { ownerType: 'other', stage: 'operation' } }), ASOF, testOptions);
  expect(findings.map((f) => f.ruleId)).toEqual(['xunyang-2022/art3-other-owners']);
});

// 第二十条 未经验收、验收不合格或没有审计报告的项目，区财政局不予资金拨付。 — every payment.
const completed = on('completed', '2026-03-02');
describeRule('xunyang-2022/art20-no-payment-without-acceptance', 20, '未经验收、验收不合格或没有审计报告的项目，区财政局不予资金拨付', {
  holds: [
    {
      name: '验收合格、审计报告在先',
      facts: facts({ events: [completed, on('finalAcceptancePassed', '2026-05-06'), { kind: 'paymentMade', paymentStage: 'final', date: '2026-06-01' }], materials: [{ code: 'auditReport', date: '2026-05-20' }] }),
      asOf: ASOF,
    },
    { name: '建设中的进度款', facts: facts({ events: [{ kind: 'paymentMade', paymentStage: 'progress', date: '2026-01-10' }] }), asOf: ASOF },
  ],
  fires: [
    {
      name: '每一笔都判断，不只最后一笔',
      facts: facts({
        events: [completed, { kind: 'paymentRequested', date: '2026-04-01' }, on('finalAcceptancePassed', '2026-05-06'), { kind: 'paymentMade', paymentStage: 'final', date: '2026-06-01' }],
        materials: [{ code: 'auditReport', date: '2026-05-20' }],
      }),
      asOf: ASOF,
      severity: 'blocking',
      says: '2026-04-01',
    },
    {
      name: '审计报告晚于付款',
      facts: facts({ events: [completed, on('finalAcceptancePassed', '2026-05-06'), { kind: 'paymentMade', paymentStage: 'final', date: '2026-06-01' }], materials: [{ code: 'auditReport', date: '2026-06-02' }] }),
      asOf: ASOF,
      severity: 'blocking',
      says: '没有审计报告',
    },
  ],
});

// 第二十条 ……对不符合要求的项目，项目建设单位要限期整改。 — an order with its 整改期限.
const order = { kind: 'rectificationOrdered' as const, date: '2026-06-01', dueDate: '2026-06-30' };
describeRule('xunyang-2022/art20-rectification-order-due', 20, '对不符合要求的项目，项目建设单位要限期整改', {
  holds: [
    { name: '期限当天整改完成', facts: facts({ events: [order, on('rectificationCompleted', '2026-06-30')] }), asOf: ASOF },
    { name: '没有整改要求', facts: facts(), asOf: ASOF },
  ],
  fires: [
    { name: '逾期未整改', facts: facts({ events: [order] }), asOf: ASOF, severity: 'warning' },
    { name: '期限次日完成：逾期可见', facts: facts({ events: [order, on('rectificationCompleted', '2026-07-01')] }), asOf: ASOF, severity: 'info', says: '逾期 1 天' },
  ],
});
describe('xunyang 第二十条: an order recorded takes over from the undated “限期整改”', () => {
  it('a failed acceptance with an order: only the order’s deadline speaks', () => {
    const ids = checkProject(xunyang2022, facts({ events: [on('finalAcceptanceFailed', '2026-05-30'), order] }), '2026-06-10', testOptions).map((f) => f.ruleId);
    expect(ids).not.toContain('xunyang-2022/art20-rectify-within-limit');
    expect(ids).toContain('xunyang-2022/art20-rectification-order-due');
  });
});
