import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

// 第七条 项目建设使用单位于每年9月底前须提交下一个年度项目申报表和项目建议书。
// For plannedYear 2027 the last day is Wed 2026-09-30 (a fixed date, never moved).
const y = (plannedYear: number, submitted?: string, stage: 'draft' | 'declared' | 'construction' = 'draft') =>
  facts({ project: { plannedYear, stage }, events: submitted ? [{ kind: 'declarationSubmitted', date: submitted }] : [] });

describeRule('xunyang-2022/art7-declaration-by-september', 7, '于每年9月底前须提交下一个年度项目申报表和项目建议书', {
  holds: [
    { name: '9月30日当天提交，按期', facts: y(2027, '2026-09-30', 'declared'), asOf: '2026-11-01' },
    { name: '截止前一个多月尚未提交，不提示', facts: y(2027), asOf: '2026-08-15' },
    { name: '个别特殊或紧急的计划外项目不受年度申报期限约束（第九条）', facts: facts({ project: { plannedYear: 2027 }, attributes: { temporary: true } }), asOf: '2026-11-01' },
    { name: '已进入建设实施的项目不再追究申报记录', facts: y(2027, undefined, 'construction'), asOf: '2026-11-01' },
    { name: '2023 年度项目的截止日 2022-09-30 早于本办法印发（2022-10-14）', facts: y(2023), asOf: '2022-10-20' },
  ],
  fires: [
    { name: '截止日前一天未提交：提示', facts: y(2027), asOf: '2026-09-29', severity: 'info', dueDate: '2026-09-30' },
    { name: '截止日当天未提交：提示', facts: y(2027), asOf: '2026-09-30', severity: 'info', dueDate: '2026-09-30' },
    { name: '截止日后一天仍未提交：警示', facts: y(2027), asOf: '2026-10-01', severity: 'warning', dueDate: '2026-09-30' },
    { name: '10月1日才提交：逾期提示', facts: y(2027, '2026-10-01', 'declared'), asOf: '2026-11-01', severity: 'info', says: '晚于' },
    { name: '2023-09-30 是星期六，截止日不顺延（固定日期）', facts: y(2024), asOf: '2023-10-02', severity: 'warning', dueDate: '2023-09-30' },
  ],
});
