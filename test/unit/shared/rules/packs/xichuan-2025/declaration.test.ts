import { facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

// 第七条 每年6月底前,项目建设单位主管部门……报送下年度拟建设(或采购)的政务信息化项目材料。
// For plannedYear 2027 the last day is 2026-06-30 (a fixed date, kept even on weekends).
const y2027 = (submitted?: string, stage: 'draft' | 'declared' | 'construction' = 'draft') =>
  facts({ project: { plannedYear: 2027, stage }, events: submitted ? [{ kind: 'declarationSubmitted', date: submitted }] : [] });

describeRule('xichuan-2025/art7-declaration-deadline', 7, '每年6月底前', {
  holds: [
    { name: '6月30日当天报送，按期', facts: y2027('2026-06-30', 'declared'), asOf: '2026-08-01' },
    { name: '截止前一个多月尚未报送，不提示', facts: y2027(), asOf: '2026-05-30' },
    { name: '临时安排的项目不受年度申报期限约束（第八条）', facts: facts({ project: { plannedYear: 2027 }, attributes: { temporary: true } }), asOf: '2026-08-01' },
    { name: '已进入建设的项目不再追究申报记录', facts: y2027(undefined, 'construction'), asOf: '2026-08-01' },
    { name: '2026 年度项目的截止日 2025-06-30 早于本办法施行', facts: facts({ project: { plannedYear: 2026 } }), asOf: '2025-10-01' },
  ],
  fires: [
    { name: '截止日前一天未报送：提示', facts: y2027(), asOf: '2026-06-29', severity: 'info', dueDate: '2026-06-30' },
    { name: '截止日当天未报送：提示', facts: y2027(), asOf: '2026-06-30', severity: 'info', dueDate: '2026-06-30' },
    { name: '截止日后一天仍未报送：警示', facts: y2027(), asOf: '2026-07-01', severity: 'warning', dueDate: '2026-06-30' },
    { name: '7月1日才报送：逾期报送提示', facts: y2027('2026-07-01', 'declared'), asOf: '2026-08-01', severity: 'info', says: '晚于' },
  ],
});

// 第十条 ……原则上不进行节能评估规划选址、用地预审、环境影响评价等审批,涉及新建土建工程高耗能项目的除外。
describeRule('xichuan-2025/art10-civil-works-exception', 10, '涉及新建土建工程高耗能项目的除外', {
  holds: [
    { name: '一般信息化项目不进行节能评估等审批', facts: facts({ project: { stage: 'underReview' } }), asOf: '2026-01-01' },
    { name: '已进入建设实施，不再提示', facts: facts({ project: { stage: 'construction' }, attributes: { involvesNewCivilWorks: true } }), asOf: '2026-01-01' },
  ],
  fires: [
    { name: '涉及新建土建工程', facts: facts({ project: { stage: 'underReview' }, attributes: { involvesNewCivilWorks: true } }), asOf: '2026-01-01', severity: 'info', says: '涉及新建土建工程' },
    { name: '高耗能项目', facts: facts({ attributes: { highEnergyConsumption: true } }), asOf: '2026-01-01', severity: 'info', says: '高耗能' },
  ],
});
