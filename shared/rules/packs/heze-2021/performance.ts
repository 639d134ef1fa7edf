/**
 * 第二十四条: the self-evaluation 12 to 24 months after final acceptance and
 * putting the system into use.
 */
import type { Day } from '../../../domain/day';
import type { DeadlineDefinition } from '../../framework/deadline';
import { addMonths, daysBetween } from '../../framework/dates';
import { monthsPeriodEnd } from '../../framework/periods';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

/**
 * “竣工验收并投入使用或运营后”: the later of the passed acceptance and the start
 * of operation. Without a recorded start, a project in operation counts from its acceptance.
 */
export function acceptedAndInUseSince(view: FactsView): Day | null {
  const passed = view.first('finalAcceptancePassed')?.date;
  if (!passed) return null;
  const started = view.first('operationStarted')?.date;
  if (started) return started > passed ? started : passed;
  return view.atOrAfter('operation') ? passed : null;
}

// 第二十四条 项目建设单位应在项目竣工验收并投入使用或运营后12至24个月内开展自评价，并将自评价报告报送市大数据局。
// A window: an evaluation before month 12 is `early` and does not count; one in the window does.
export const selfEvaluationWindow: DeadlineDefinition<HezeParameter> = {
  id: ruleId('art24-self-evaluation-window'),
  title: '竣工验收并投入使用后12至24个月内开展自评价',
  citation: art(24),
  quote: '项目竣工验收并投入使用或运营后12至24个月内开展自评价',
  instances(view, ctx) {
    const since = acceptedAndInUseSince(view);
    if (!since) return [];
    const opensOn = addMonths(since, ctx.params.number('selfEvaluationOpensMonths'));
    const done = view.firstOnOrAfter('selfEvaluationSubmitted', opensOn) ?? view.firstOnOrAfter('selfEvaluationSubmitted', since);
    return [
      {
        label: '开展自评价',
        startedOn: since,
        opensOn,
        dueDate: monthsPeriodEnd(since, ctx.params.number('selfEvaluationDueMonths'), ctx.calendar),
        doneOn: done?.date ?? null,
      },
    ];
  },
  describe(instance, status, _view, ctx) {
    const since = `项目于 ${instance.startedOn ?? ''} 竣工验收并投入使用`;
    const window = `${instance.opensOn ?? ''} 至 ${instance.dueDate}`;
    switch (status) {
      case 'met':
      case 'pending':
        return null;
      case 'early':
        return {
          severity: ctx.asOf > instance.dueDate ? 'warning' : 'info',
          message: `${since}，自评价于 ${instance.doneOn ?? ''} 报送，早于“12至24个月内”的期间（${window}），不能算作该期间的自评价。`,
          action: `请在 ${window} 期间再开展一次自评价，并将自评价报告报送市大数据局。`,
          dueDate: instance.dueDate,
        };
      case 'dueSoon':
        return {
          severity: 'info',
          message: `${since}，依“12至24个月内开展自评价”，应于 ${instance.dueDate} 前完成，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天。`,
          action: '请开展自评价，将自评价报告报送市大数据局，并登记报送日期。',
        };
      case 'overdue':
        return {
          severity: 'warning',
          message: `${since}，应在“12至24个月内”（${window}）开展自评价，尚无自评价记录。`,
          action: '请尽快开展自评价并将报告报送市大数据局，说明逾期原因。',
        };
      case 'metLate':
        return {
          severity: 'info',
          message: `${since}，自评价于 ${instance.doneOn ?? ''} 报送，晚于“12至24个月内”的期限（${instance.dueDate}）。`,
          action: '无需处理；如监督检查问及，请说明逾期原因。',
        };
    }
  },
};
