/**
 * 限期整改: the review office orders the unit to rectify by a day (heze 第三十五条,
 * xichuan 第三十五条, xunyang 第二十条). Each order recorded (rectificationOrdered,
 * with its 整改期限) is a deadline, met by the first rectification recorded on
 * or after the order. The due day is the office's, as written in the order: it
 * is not moved off a rest day (the office fixed the day, the regulation no period).
 */
import { daysBetween } from '../dates';
import type { DeadlineDefinition } from '../deadline';
import type { RuleHead } from './rule-head';

export interface RectificationOptions extends RuleHead {
  /** Who orders, in the regulation's words: '市大数据局'. */
  readonly office: string;
  /** What may follow a refusal, in the regulation's words (for the overdue message). */
  readonly consequence: string;
}

export function rectificationDeadline<P extends string>(options: RectificationOptions): DeadlineDefinition<P> {
  const { office, consequence, quote } = options;
  return {
    id: options.id,
    title: options.title,
    citation: options.citation,
    quote,
    instances(view) {
      const orders = view.all('rectificationOrdered');
      if (orders.length === 0) return orders as readonly never[]; // the shared empty list: nothing allocated per project
      return orders.map((order) => ({
        label: `${order.issuedBy ?? office}责令的限期整改`,
        startedOn: order.date,
        dueDate: order.dueDate,
        doneOn: view.firstOnOrAfter('rectificationCompleted', order.date)?.date ?? null,
      }));
    },
    describe(instance, status, _view, ctx) {
      const ordered = `${instance.startedOn ?? ''} ${instance.label}（期限 ${instance.dueDate}）`;
      switch (status) {
        case 'met':
        case 'early': // no window
          return null;
        case 'pending':
          return {
            severity: 'info',
            message: `${ordered}尚未完成；依“${quote}”，应在期限内完成整改。`,
            action: `请按${office}的要求整改，完成后登记整改日期并上传整改报告。`,
          };
        case 'dueSoon':
          return {
            severity: 'info',
            message: `${ordered}尚未完成，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天；依“${quote}”，应在期限内完成整改。`,
            action: `请按${office}的要求整改，完成后登记整改日期并上传整改报告。`,
          };
        case 'overdue':
          return {
            severity: 'warning',
            message: `${ordered}已逾期 ${daysBetween(instance.dueDate, ctx.asOf)} 天，尚无完成整改的记录；依“${quote}”，${consequence}`,
            action: `请立即完成整改并向${office}报告；已完成的，请登记整改日期。`,
          };
        case 'metLate':
          return {
            severity: 'info',
            message: `${ordered}于 ${instance.doneOn ?? ''} 完成整改，逾期 ${daysBetween(instance.dueDate, instance.doneOn ?? instance.dueDate)} 天。`,
            action: '无需处理；如监督检查问及，请说明逾期原因。',
          };
      }
    },
  };
}
