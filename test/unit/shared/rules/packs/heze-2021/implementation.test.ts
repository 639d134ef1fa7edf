import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { ASOF, OFFICIAL } from './fixtures';

const change = (changeId: string): LifecycleEventInput => ({
  kind: 'changeRequested',
  date: '2021-09-01',
  changeId,
  adjustmentFen: 10_000_000,
  totalAfterFen: 500_000_000,
  reason: 'technologyOptimisation',
  goalsUnchanged: true,
});
const approved = (changeId: string, approvals: ('reapproved' | 'filedWithApprover')[]): LifecycleEventInput => ({ kind: 'changeApproved', date: '2021-09-20', changeId, approvals });
const building = (...events: LifecycleEventInput[]) => facts({ project: { stage: 'construction' }, events });

// 第十九条 项目建设单位应严格按照项目审批部门批复的建设方案和投资预算实施项目建设。
describeRule('heze-2021/art19-changes-approved', 19, '项目建设单位应严格按照项目审批部门批复的建设方案和投资预算实施项目建设', {
  holds: [
    { name: '调整经项目审批部门重新批准', facts: building(change('BG-1'), approved('BG-1', ['reapproved'])), asOf: ASOF, ...OFFICIAL },
    { name: '按批复实施、无调整', facts: building(), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '调整只备案、未经批准', facts: building(change('BG-1'), approved('BG-1', ['filedWithApprover'])), asOf: ASOF, severity: 'warning', says: 'BG-1', ...OFFICIAL },
    { name: '两项调整，一项未经批准', facts: building(change('BG-1'), approved('BG-1', ['reapproved']), change('BG-2')), asOf: ASOF, severity: 'warning', says: 'BG-2', ...OFFICIAL },
  ],
});

// 500 万元 approved in 市大数据局's opinion.
const opinion: LifecycleEventInput = { kind: 'review', review: 'technical', outcome: 'approved', date: '2021-04-01', approvedAmountFen: 500_000_000 };
const contract = (amountFen: number, date = '2021-08-02'): LifecycleEventInput => ({ kind: 'contractSigned', date, clauses: [], amountFen });

describeRule('heze-2021/art19-within-approved-budget', 19, '批复的建设方案和投资预算', {
  holds: [
    { name: '合同金额恰等于批复预算（未超出）', facts: building(opinion, contract(500_000_000)), asOf: ASOF, ...OFFICIAL },
    { name: '未登记批复金额，无从比较', facts: building(contract(900_000_000)), asOf: ASOF, ...OFFICIAL },
  ],
  fires: [
    { name: '超出批复预算 1 分', facts: building(opinion, contract(500_000_001)), asOf: ASOF, severity: 'warning', says: '超出批复的投资预算', ...OFFICIAL },
    { name: '两份合同合计超出', facts: building(opinion, contract(300_000_000), contract(200_000_001, '2021-09-01')), asOf: ASOF, severity: 'warning', ...OFFICIAL },
    {
      name: '审核意见未载金额时以概算批复总投资为准',
      facts: facts({ project: { stage: 'construction' }, attributes: { approvedEstimateFen: 300_000_000 }, events: [contract(300_000_001)] }),
      asOf: ASOF,
      severity: 'warning',
      ...OFFICIAL,
    },
  ],
});

// 第二十条 项目建设过程中出现工程严重逾期、投资重大损失等情形的，项目建设单位应及时向项目审批部门报告
// Planned completion 2022-03-31; “严重” = more than 90 days late (office parameter, default).
const late = (...events: LifecycleEventInput[]) => facts({ project: { stage: 'construction' }, attributes: { plannedCompletionDate: '2022-03-31' }, events });

describeRule('heze-2021/art20-report-serious-delay', 20, '项目建设过程中出现工程严重逾期、投资重大损失等情形的，项目建设单位应及时向项目审批部门报告', {
  holds: [
    { name: '计划建成日当天', facts: late(), asOf: '2022-03-31', ...OFFICIAL },
    { name: '严重逾期已及时报告', facts: late(on('seriousProblemReported', '2022-07-01')), asOf: '2022-07-15', ...OFFICIAL },
    { name: '已建成', facts: late(on('completed', '2022-05-06')), asOf: '2022-09-01', ...OFFICIAL },
  ],
  fires: [
    { name: '逾期 1 天：提示', facts: late(), asOf: '2022-04-01', severity: 'info', says: '已逾期 1 天', ...OFFICIAL },
    { name: '逾期 90 天（不超过）：仍为提示', facts: late(), asOf: '2022-06-29', severity: 'info', says: '已逾期 90 天', ...OFFICIAL },
    { name: '逾期 91 天未报告：警示', facts: late(), asOf: '2022-06-30', severity: 'warning', says: '工程严重逾期', ...OFFICIAL },
    { name: '报告早于逾期，不算', facts: late(on('seriousProblemReported', '2022-03-01')), asOf: '2022-07-15', severity: 'warning', ...OFFICIAL },
  ],
});
