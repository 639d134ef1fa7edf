/**
 * 第七章 统一绩效评价: the self-evaluation 12 to 24 months after the project
 * passed acceptance and went into operation (第二十六条). The performance
 * targets of 第二十五条 are a checklist item.
 */
import type { Day } from '../../../domain/day';
import type { DeadlineDefinition } from '../../framework/deadline';
import { addMonths, daysBetween } from '../../framework/dates';
import { monthsPeriodEnd } from '../../framework/periods';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { LaohekouParameter } from './parameters';

/**
 * “通过验收并投入运行后”: the later of the passed acceptance and the start of
 * operation. Without a recorded start, a project in operation counts from its acceptance.
 */
export function acceptedAndRunningSince(view: FactsView): Day | null {
  const passed = view.first('finalAcceptancePassed')?.date;
  if (!passed) return null;
  const started = view.first('operationStarted')?.date;
  if (started) return started > passed ? started : passed;
  return view.atOrAfter('operation') ? passed : null;
}

// 第二十六条 项目建设单位应当在项目通过验收并投入运行后12至24个月内,结合项目建设绩效目标开展自评价,
// 自评价报告报送市城市运行管理中心、市财政局以及使用单位。
// A window: an evaluation before month 12 is `early` and does not count; one in the window does.
export const selfEvaluationWindow: DeadlineDefinition<LaohekouParameter> = {
  id: ruleId('art26-self-evaluation-window'),
  title: '通过验收并投入运行后12至24个月内开展自评价',
  citation: art(26),
  quote: '在项目通过验收并投入运行后12至24个月内,结合项目建设绩效目标开展自评价',
  instances(view, ctx) {
    const since = acceptedAndRunningSince(view);
    if (!since) return [];
    const opensOn = addMonths(since, ctx.params.number('selfEvaluationOpensMonths'));
    const done = view.firstOnOrAfter('selfEvaluationSubmitted', opensOn) ?? view.firstOnOrAfter('selfEvaluationSubmitted', since);
    return [
      {
        label: '开展绩效自评价',
        startedOn: since,
        opensOn,
        dueDate: monthsPeriodEnd(since, ctx.params.number('selfEvaluationDueMonths'), ctx.calendar),
        doneOn: done?.date ?? null,
      },
    ];
  },
  describe(instance, status, _view, ctx) {
    const since = `项目于 ${instance.startedOn ?? ''} 通过验收并投入运行`;
    const window = `${instance.opensOn ?? ''} 至 ${instance.dueDate}`;
    switch (status) {
      case 'met':
      case 'pending':
        return null;
      case 'early':
        return {
          severity: ctx.asOf > instance.dueDate ? 'warning' : 'info',
          message: `${since}，自评价于 ${instance.doneOn ?? ''} 报送，早于“12至24个月内”的期间（${window}），不能算作该期间的自评价。`,
          action: `请在 ${window} 期间结合绩效目标再开展一次自评价，报送市城市运行管理中心、市财政局以及使用单位。`,
          dueDate: instance.dueDate,
        };
      case 'dueSoon':
        return {
          severity: 'info',
          message: `${since}，依“12至24个月内……开展自评价”，应于 ${instance.dueDate} 前完成，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天。`,
          action: '请结合项目建设绩效目标开展自评价，将自评价报告报送市城市运行管理中心、市财政局以及使用单位，并登记报送日期。',
        };
      case 'overdue':
        return {
          severity: 'warning',
          message: `${since}，应在“12至24个月内”（${window}）开展自评价，尚无自评价记录。`,
          action: '请尽快开展自评价并报送市城市运行管理中心、市财政局以及使用单位，说明逾期原因。',
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
