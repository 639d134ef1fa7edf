import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import type { MaterialCode } from '../../../../../../shared/domain/materials';
import { testOptions } from '../../support/calendar';
import { facts, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const requested = (date: string): LifecycleEventInput => ({ kind: 'reviewRequested', review: 'technical', date });
const underReview = (...events: LifecycleEventInput[]) => facts({ project: { stage: 'planned' }, events });

// 第九条 相关部门应严格遵守审批时限。 Default limit: 20 working days from the application.
// Applied Mon 2026-09-21: the National Day break (10-01…10-07) is skipped and Sat 10-10 (调休) counts → due Fri 2026-10-23.
// Applied Mon 2026-05-04 with no holiday in between → due Mon 2026-06-01.
describeRule('chenzhou-2022/art9-review-time-limit', 9, '相关部门应严格遵守审批时限', {
  holds: [
    { name: '时限最后一天作出结论', facts: underReview(requested('2026-09-21'), review('technical', '2026-10-23')), asOf: '2026-11-01' },
    { name: '距时限一个月以上', facts: underReview(requested('2026-09-21')), asOf: '2026-09-21' },
    { name: '没有报请记录，不计时限', facts: underReview(), asOf: '2026-11-01' },
    {
      name: '补正后重新报请，按新的报请日计算',
      facts: underReview(review('technical', '2026-04-20', 'rectify'), requested('2026-05-04'), review('technical', '2026-06-01')),
      asOf: '2026-06-15',
    },
  ],
  fires: [
    { name: '时限前一天未作结论：提示（跨国庆假期，调休日计入）', facts: underReview(requested('2026-09-21')), asOf: '2026-10-22', severity: 'info', dueDate: '2026-10-23' },
    { name: '时限当天未作结论：提示', facts: underReview(requested('2026-09-21')), asOf: '2026-10-23', severity: 'info', dueDate: '2026-10-23' },
    { name: '时限后一天未作结论：警示（审查部门已确定时限）', facts: underReview(requested('2026-09-21')), asOf: '2026-10-24', severity: 'warning', dueDate: '2026-10-23' },
    // 第九条 names 审批时限 without a number: until the office sets it, the 20 working days are ours.
    {
      name: '时限后一天未作结论，时限仍为本地默认值：提示，并说明',
      facts: underReview(requested('2026-09-21')),
      asOf: '2026-10-24',
      options: testOptions,
      severity: 'info',
      dueDate: '2026-10-23',
      says: '“审查、审批的办理时限”20 个工作日为本地默认值，非办法规定，请审查部门确认',
    },
    { name: '无假期：20 个工作日后（2026-06-01）', facts: underReview(requested('2026-05-04')), asOf: '2026-06-02', severity: 'warning', dueDate: '2026-06-01' },
    {
      name: '重新报请前的旧结论不算',
      facts: underReview(review('technical', '2026-04-20', 'rectify'), requested('2026-05-04')),
      asOf: '2026-06-02',
      severity: 'warning',
      dueDate: '2026-06-01',
    },
    { name: '时限后才作出结论', facts: underReview(requested('2026-09-21'), review('technical', '2026-10-26')), asOf: '2026-11-01', severity: 'info', says: '晚于' },
  ],
});

const WAN = 1_000_000;
const planned = (totalInvestmentFen: number, materials: MaterialCode[], stage: 'underReview' | 'planned' = 'planned') =>
  facts({ project: { stage, totalInvestmentFen }, materials });

// 第九条 项目建设单位应提供符合要求的项目资料
describeRule('chenzhou-2022/art9-review-materials', 9, '项目建设单位应提供符合要求的项目资料', {
  holds: [
    { name: '需立项的项目资料齐全', facts: planned(1000 * WAN, ['feasibilityStudy', 'implementationPlan', 'budgetEstimate']), asOf: '2026-06-01' },
    { name: '立项金额标准以下：建设方案和投资预算', facts: planned(100 * WAN, ['implementationPlan', 'budgetEstimate']), asOf: '2026-06-01' },
    { name: '自行组织实施的项目不经评审', facts: planned(10 * WAN, []), asOf: '2026-06-01' },
    { name: '尚未列入年度计划', facts: planned(1000 * WAN, [], 'underReview'), asOf: '2026-06-01' },
  ],
  fires: [
    {
      name: '需立项的项目缺可行性研究报告',
      facts: planned(1000 * WAN, ['implementationPlan', 'budgetEstimate']),
      asOf: '2026-06-01',
      severity: 'warning',
      says: '尚缺：可行性研究报告',
    },
    { name: '需评审的项目缺投资预算', facts: planned(50 * WAN, ['implementationPlan']), asOf: '2026-06-01', severity: 'warning', says: '投资预算' },
  ],
});
