/**
 * “定期” (periodic) obligations in operation: an assessment that must be done
 * once the system runs and again every N months (an office parameter). Used by
 * 定期评估 of cryptography and 定期开展网络安全检测与风险评估.
 */
import type { Day } from '../../../domain/day';
import type { Citation } from '../../../domain/regulations';
import { deadlineStatus } from '../deadline';
import { monthsPeriodEnd } from '../periods';
import type { Report, Rule, RuleContext } from '../rule';
import type { FactsView } from '../view';
import { hasOwnSystem } from './system';
import { ruleOf } from './rule-head';

/** How the next-due finding is worded: `上次${what}于 ${last} ${done}，按每 N 个月${rhythm}，下次应于 … 前完成`. */
export interface PeriodicWording {
  /** What is done, e.g. '密码应用安全性评估'. */
  readonly what: string;
  /** The verb after the last date: '通过', '完成', '开展'. */
  readonly done: string;
  /** How the article names the rhythm, quoted or not: '“定期评估”', '定期开展'. */
  readonly rhythm: string;
  readonly action: string;
}

/**
 * Reports when the next periodic act after `last` is due within `dueSoonDays`
 * (info) or overdue (warning); nothing while it is further off.
 */
export function reportNextPeriodic<P extends string>(
  ctx: RuleContext<P>,
  report: Report,
  last: Day,
  months: number,
  wording: PeriodicWording,
  /** The parameter `months` comes from: “定期” names no interval, so the finding rests on it. */
  interval?: P,
): void {
  const dueDate = monthsPeriodEnd(last, months, ctx.calendar);
  const status = deadlineStatus({ label: wording.what, startedOn: last, dueDate, doneOn: null }, ctx.asOf, ctx.dueSoonDays);
  if (status !== 'overdue' && status !== 'dueSoon') return;
  report({
    severity: status === 'overdue' ? 'warning' : 'info',
    message: `上次${wording.what}于 ${last} ${wording.done}，按每 ${months} 个月${wording.rhythm}，下次应于 ${dueDate} 前完成${status === 'overdue' ? '，已逾期' : ''}。`,
    action: wording.action,
    dueDate,
    ...(interval === undefined ? {} : { restsOn: [interval] }),
  });
}

export interface PeriodicAssessmentOptions<P extends string> {
  readonly id: string;
  readonly title: string;
  readonly citation: Citation;
  readonly quote: string;
  /** The parameter holding the interval in months. */
  readonly intervalMonths: P;
  /** The day of the last act that counts, if any. */
  readonly lastDone: (view: FactsView) => Day | undefined;
  /** The finding when the system runs and no act is recorded yet (a warning). */
  readonly missing: { readonly message: string; readonly action: string };
  readonly next: PeriodicWording;
  /** Which projects the rule concerns (default: those with a system of their own). */
  readonly applies?: (view: FactsView) => boolean;
}

/** A rule for a system in operation: warns without any act, then reminds of the next one. */
export function periodicAssessmentRule<P extends string>(options: PeriodicAssessmentOptions<P>): Rule<P> {
  const { intervalMonths, lastDone, missing, next, applies = hasOwnSystem } = options;
  return ruleOf<P>(options, (view, ctx, report) => {
    if (!applies(view) || view.stage !== 'operation') return;
    const last = lastDone(view);
    if (!last) {
      report({ severity: 'warning', message: missing.message, action: missing.action });
      return;
    }
    reportNextPeriodic(ctx, report, last, ctx.params.number(intervalMonths), next, intervalMonths);
  });
}
