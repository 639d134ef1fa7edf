/**
 * The self-evaluation window “(竣工)验收并投入使用/运行后12至24个月内开展自评价”
 * (heze-2021 第二十四条, laohekou-2024 第二十六条). A window: an evaluation before
 * it opens is `early` and does not count; one in the window does. The months
 * are pack parameters; the messages quote the packs' “12至24个月内”.
 */
import type { Day } from '../../../domain/day';
import type { Citation } from '../../../domain/regulations';
import { addMonths, daysBetween } from '../dates';
import type { DeadlineDefinition } from '../deadline';
import { monthsPeriodEnd } from '../periods';
import type { FactsView } from '../view';

/**
 * “验收并投入使用/运行后”: the later of the passed acceptance and the start of
 * operation. Without a recorded start, a project in operation counts from its acceptance.
 */
export function acceptedAndInUseSince(view: FactsView): Day | null {
  const passed = view.first('finalAcceptancePassed')?.date;
  if (!passed) return null;
  const started = view.first('operationStarted')?.date;
  if (started) return started > passed ? started : passed;
  return view.atOrAfter('operation') ? passed : null;
}

export interface SelfEvaluationWindowOptions<P extends string> {
  readonly id: string;
  readonly title: string;
  readonly citation: Citation;
  readonly quote: string;
  /** The parameters: months after which the window opens, and months to its last day. */
  readonly opensMonths: P;
  readonly dueMonths: P;
  /** The deadline's label: '开展自评价'. */
  readonly label: string;
  /** What happened on the start day, as messages say it: '竣工验收并投入使用'. */
  readonly since: string;
  /** How the due-soon message quotes the article: '“12至24个月内开展自评价”'. */
  readonly dueSoonQuote: string;
  readonly actions: {
    /** After an early evaluation, given the window 'opensOn 至 dueDate'. */
    readonly early: (window: string) => string;
    readonly dueSoon: string;
    readonly overdue: string;
  };
}

export function selfEvaluationWindowDeadline<P extends string>(options: SelfEvaluationWindowOptions<P>): DeadlineDefinition<P> {
  const { id, title, citation, quote, opensMonths, dueMonths, label, dueSoonQuote, actions } = options;
  return {
    id,
    title,
    citation,
    quote,
    instances(view, ctx) {
      const since = acceptedAndInUseSince(view);
      if (!since) return [];
      const opensOn = addMonths(since, ctx.params.number(opensMonths));
      const done = view.firstOnOrAfter('selfEvaluationSubmitted', opensOn) ?? view.firstOnOrAfter('selfEvaluationSubmitted', since);
      return [
        {
          label,
          startedOn: since,
          opensOn,
          dueDate: monthsPeriodEnd(since, ctx.params.number(dueMonths), ctx.calendar),
          doneOn: done?.date ?? null,
        },
      ];
    },
    describe(instance, status, _view, ctx) {
      const since = `项目于 ${instance.startedOn ?? ''} ${options.since}`;
      const window = `${instance.opensOn ?? ''} 至 ${instance.dueDate}`;
      switch (status) {
        case 'met':
        case 'pending':
          return null;
        case 'early':
          return {
            severity: ctx.asOf > instance.dueDate ? 'warning' : 'info',
            message: `${since}，自评价于 ${instance.doneOn ?? ''} 报送，早于“12至24个月内”的期间（${window}），不能算作该期间的自评价。`,
            action: actions.early(window),
            dueDate: instance.dueDate,
          };
        case 'dueSoon':
          return {
            severity: 'info',
            message: `${since}，依${dueSoonQuote}，应于 ${instance.dueDate} 前完成，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天。`,
            action: actions.dueSoon,
          };
        case 'overdue':
          return {
            severity: 'warning',
            message: `${since}，应在“12至24个月内”（${window}）开展自评价，尚无自评价记录。`,
            action: actions.overdue,
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
}
