import { facts, review } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

// 第六条 项目建设单位按照本办法，原则上每年度末向领导小组办公室申报下一年度信息化项目。
// For plannedYear 2027 the last day is Thu 2026-12-31 (a fixed date, never moved).
const y = (plannedYear: number, submitted?: string, stage: 'draft' | 'declared' | 'construction' = 'draft') =>
  facts({ project: { plannedYear, stage }, events: submitted ? [{ kind: 'declarationSubmitted', date: submitted }] : [] });

describeRule('chenzhou-2022/art6-declaration-at-year-end', 6, '原则上每年度末向领导小组办公室申报下一年度信息化项目', {
  holds: [
    { name: '年度末当天（12月31日）申报，按期', facts: y(2027, '2026-12-31', 'declared'), asOf: '2027-02-01' },
    { name: '截止前一个多月尚未申报，不提示', facts: y(2027), asOf: '2026-11-15' },
    {
      name: '特殊情况经领导小组“一事一议”同意',
      facts: facts({ project: { plannedYear: 2027 }, events: [review('caseByCase', '2026-11-01')] }),
      asOf: '2027-02-01',
    },
    { name: '已进入建设实施的项目不再追究申报记录', facts: y(2027, undefined, 'construction'), asOf: '2027-02-01' },
    { name: '2022 年度项目的截止日 2021-12-31 早于本办法施行', facts: y(2022), asOf: '2022-10-01' },
  ],
  fires: [
    { name: '年度末前一天未申报：提示', facts: y(2027), asOf: '2026-12-30', severity: 'info', dueDate: '2026-12-31' },
    { name: '年度末当天未申报：提示', facts: y(2027), asOf: '2026-12-31', severity: 'info', dueDate: '2026-12-31' },
    { name: '年度末后一天仍未申报：警示', facts: y(2027), asOf: '2027-01-01', severity: 'warning', dueDate: '2026-12-31', says: '原则上不予审批' },
    { name: '次年1月1日才申报：逾期申报提示', facts: y(2027, '2027-01-01', 'declared'), asOf: '2027-02-01', severity: 'info', says: '晚于' },
    {
      name: '2023-12-31 是星期日，截止日不顺延（固定日期）',
      facts: y(2024),
      asOf: '2024-01-02',
      severity: 'warning',
      dueDate: '2023-12-31',
    },
  ],
});

// 第六条 未申报的信息化项目，原则上不予审批，特殊情况需报领导小组“一事一议”。
describeRule('chenzhou-2022/art6-undeclared-not-approved', 6, '未申报的信息化项目，原则上不予审批，特殊情况需报领导小组“一事一议”', {
  holds: [
    { name: '已申报的项目', facts: y(2027, '2026-12-20', 'construction'), asOf: '2027-06-01' },
    { name: '编制中的项目尚未到审批', facts: y(2027), asOf: '2027-06-01' },
    {
      name: '特殊情况经领导小组“一事一议”',
      facts: facts({ project: { stage: 'planned' }, events: [review('caseByCase', '2027-03-01')] }),
      asOf: '2027-06-01',
    },
  ],
  fires: [
    { name: '未申报即已审定', facts: facts({ project: { stage: 'approved' } }), asOf: '2027-06-01', severity: 'warning' },
    {
      name: '“一事一议”未获同意',
      facts: facts({ project: { stage: 'planned' }, events: [review('caseByCase', '2027-03-01', 'rejected')] }),
      asOf: '2027-06-01',
      severity: 'warning',
    },
  ],
});
