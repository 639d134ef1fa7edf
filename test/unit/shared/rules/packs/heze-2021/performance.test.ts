import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { facts, on } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';
import { OFFICIAL } from './fixtures';

// 第二十四条 项目建设单位应在项目竣工验收并投入使用或运营后12至24个月内开展自评价，并将自评价报告报送市大数据局。
// Within the validity the window can only close for projects accepted before 2021-01-01. Official calendar:
// accepted and in use from 2020-10-08 → the window opens on 2021-10-08 and closes on Sat 2022-10-08, a 调休 working day.
const inUse = (since: string, ...more: LifecycleEventInput[]) =>
  facts({ project: { stage: 'operation', dataSharing: 'shared' }, events: [on('finalAcceptancePassed', since), on('operationStarted', since), ...more] });
const evaluated = (date: string) => on('selfEvaluationSubmitted', date);

describeRule('heze-2021/art24-self-evaluation-window', 24, '项目竣工验收并投入使用或运营后12至24个月内开展自评价', {
  holds: [
    { name: '窗口首日（第12个月 2021-10-08）开展', facts: inUse('2020-10-08', evaluated('2021-10-08')), asOf: '2022-11-01', ...OFFICIAL },
    { name: '最后一天（调休的周六 2022-10-08）开展', facts: inUse('2020-10-08', evaluated('2022-10-08')), asOf: '2022-11-01', ...OFFICIAL },
    { name: '过早的一次不算，窗口内又做了一次', facts: inUse('2020-10-08', evaluated('2021-06-01'), evaluated('2022-01-04')), asOf: '2022-11-01', ...OFFICIAL },
    { name: '截止前31天（2022-09-07）尚未开展：不提示', facts: inUse('2020-10-08'), asOf: '2022-09-07', ...OFFICIAL },
    { name: '尚未竣工验收', facts: facts({ project: { stage: 'acceptance' } }), asOf: '2022-09-07', ...OFFICIAL },
  ],
  fires: [
    { name: '截止前30天（2022-09-08）：提示', facts: inUse('2020-10-08'), asOf: '2022-09-08', severity: 'info', dueDate: '2022-10-08', ...OFFICIAL },
    { name: '截止当天（2022-10-08）：提示', facts: inUse('2020-10-08'), asOf: '2022-10-08', severity: 'info', dueDate: '2022-10-08', ...OFFICIAL },
    { name: '截止后一天（2022-10-09）：警示', facts: inUse('2020-10-08'), asOf: '2022-10-09', severity: 'warning', dueDate: '2022-10-08', ...OFFICIAL },
    { name: '截止后一天才开展：逾期完成', facts: inUse('2020-10-08', evaluated('2022-10-09')), asOf: '2022-11-01', severity: 'info', says: '晚于', ...OFFICIAL },
    { name: '窗口开启前一天（2021-10-07）开展：过早', facts: inUse('2020-10-08', evaluated('2021-10-07')), asOf: '2022-01-04', severity: 'info', dueDate: '2022-10-08', says: '早于', ...OFFICIAL },
    {
      name: '截止日落在国庆假期（2020-10-01 起 → 2022-10-01），顺延至调休上班的 2022-10-08',
      facts: inUse('2020-10-01'),
      asOf: '2022-10-08',
      severity: 'info',
      dueDate: '2022-10-08',
      ...OFFICIAL,
    },
  ],
});
