import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { OFFICIAL } from './fixtures';

const built = (completed: string, ...more: LifecycleEventInput[]) => facts({ project: { stage: 'acceptance' }, events: [on('completed', completed), ...more] });
const delay = (date: string, plannedAcceptanceDate: string): LifecycleEventInput => ({ kind: 'acceptanceDelayExplained', date, plannedAcceptanceDate });

// 第二十三条 项目建设单位应在完成项目建设任务后半年内，向项目审批部门提交竣工验收申请报告。……
// 项目建设单位未按期提出验收申请的，应向市大数据局提出延期验收申请。
// Official calendar. Completed Thu 2021-03-18 → half a year ends Sat 2021-09-18, a 调休 working day (中秋), so it stays.
describeRule('heze-2021/art23-acceptance-application-6-months', 23, '项目建设单位应在完成项目建设任务后半年内，向项目审批部门提交竣工验收申请报告', {
  holds: [
    { name: '半年期满当天（调休上班的周六 2021-09-18）提出申请', facts: built('2021-03-18', on('finalAcceptanceApplied', '2021-09-18')), asOf: '2021-10-15', ...OFFICIAL },
    { name: '未单独登记申请，但已按期验收', facts: built('2021-03-18', on('finalAcceptancePassed', '2021-09-01')), asOf: '2021-10-15', ...OFFICIAL },
    { name: '期满前31天：不提示', facts: built('2021-03-18'), asOf: '2021-08-18', ...OFFICIAL },
    { name: '尚未完成建设任务', facts: facts({ project: { stage: 'construction' } }), asOf: '2021-10-15', ...OFFICIAL },
  ],
  fires: [
    { name: '期满前一天（2021-09-17）：提示', facts: built('2021-03-18'), asOf: '2021-09-17', severity: 'info', dueDate: '2021-09-18', ...OFFICIAL },
    { name: '期满当天（2021-09-18）：提示', facts: built('2021-03-18'), asOf: '2021-09-18', severity: 'info', dueDate: '2021-09-18', ...OFFICIAL },
    { name: '期满后一天（2021-09-19）未申请也未申请延期：警示', facts: built('2021-03-18'), asOf: '2021-09-19', severity: 'warning', dueDate: '2021-09-18', says: '延期验收申请', ...OFFICIAL },
    { name: '期满后才提出申请：逾期完成', facts: built('2021-03-18', on('finalAcceptanceApplied', '2021-09-22')), asOf: '2021-10-15', severity: 'info', says: '晚于', ...OFFICIAL },
    {
      name: '已向市大数据局提出延期验收申请：提示，期限为延期后的时间',
      facts: built('2021-03-18', delay('2021-09-10', '2021-12-31')),
      asOf: '2021-10-15',
      severity: 'info',
      dueDate: '2021-12-31',
      says: '延期验收申请',
      ...OFFICIAL,
    },
    { name: '延期申请明确的时间当天（2021-12-31）：仍为提示', facts: built('2021-03-18', delay('2021-09-10', '2021-12-31')), asOf: '2021-12-31', severity: 'info', dueDate: '2021-12-31', ...OFFICIAL },
    { name: '延期申请明确的时间后一天（2022-01-01）：警示', facts: built('2021-03-18', delay('2021-09-10', '2021-12-31')), asOf: '2022-01-01', severity: 'warning', dueDate: '2021-12-31', says: '已过', ...OFFICIAL },
    { name: '期满日在国庆假期（2021-04-01 建成 → 10-01），顺延至 2021-10-08', facts: built('2021-04-01'), asOf: '2021-10-08', severity: 'info', dueDate: '2021-10-08', ...OFFICIAL },
    { name: '期满日在春节假期（2021-07-31 建成 → 2022-01-31），顺延至 2022-02-07', facts: built('2021-07-31'), asOf: '2022-02-08', severity: 'warning', dueDate: '2022-02-07', ...OFFICIAL },
  ],
});

// 第二十三条 验收完成后，项目建设单位应当将验收报告等材料通过项目管理系统报项目审批部门备案。
describeRule('heze-2021/art23-acceptance-report-filed', 23, '验收完成后，项目建设单位应当将验收报告等材料通过项目管理系统报项目审批部门备案', {
  holds: [
    { name: '验收后报备案', facts: built('2021-09-01', on('finalAcceptancePassed', '2022-03-01'), on('acceptanceFiled', '2022-03-03')), asOf: '2022-06-01', ...OFFICIAL },
    { name: '尚未验收', facts: built('2021-09-01'), asOf: '2022-06-01', ...OFFICIAL },
  ],
  fires: [{ name: '验收后未报备案', facts: built('2021-09-01', on('finalAcceptancePassed', '2022-03-01')), asOf: '2022-06-01', severity: 'warning', says: '2022-03-01', ...OFFICIAL }],
});

const payment = (date: string): LifecycleEventInput => ({ kind: 'paymentRequested', date });
const omBudget = (date: string): LifecycleEventInput => ({ kind: 'omBudgetRequested', date, year: 2022 });

// 第二十三条 ……对未经验收的项目，不得拨付后续建设资金和运行维护经费。
describeRule('heze-2021/art23-no-funds-before-acceptance', 23, '对未经验收的项目，不得拨付后续建设资金和运行维护经费', {
  holds: [
    { name: '建设中的进度款', facts: facts({ project: { stage: 'construction' }, events: [payment('2021-06-01')] }), asOf: '2022-06-01', ...OFFICIAL },
    { name: '验收通过当天申请后续资金和运维经费', facts: built('2021-09-01', on('finalAcceptancePassed', '2022-03-01'), payment('2022-03-01'), omBudget('2022-03-01')), asOf: '2022-06-01', ...OFFICIAL },
  ],
  fires: [
    { name: '建成后未经验收申请拨付后续建设资金', facts: built('2021-09-01', payment('2021-10-08')), asOf: '2022-06-01', severity: 'blocking', says: '后续建设资金', ...OFFICIAL },
    { name: '未经验收申请运行维护经费', facts: facts({ project: { stage: 'construction' }, events: [omBudget('2021-11-01')] }), asOf: '2022-06-01', severity: 'blocking', says: '运行维护经费', ...OFFICIAL },
    { name: '验收前一天申请两笔', facts: built('2021-09-01', payment('2022-02-28'), omBudget('2022-02-28'), on('finalAcceptancePassed', '2022-03-01')), asOf: '2022-06-01', severity: 'blocking', count: 2, ...OFFICIAL },
  ],
});
