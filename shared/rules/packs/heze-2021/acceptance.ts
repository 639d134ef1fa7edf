/**
 * 第二十二条、第二十三条: the application for final acceptance within half a
 * year of completion (or an application for delay), the filing of the
 * acceptance report, and no further funds before acceptance.
 */
import type { Day } from '../../../domain/day';
import type { DeadlineDefinition } from '../../framework/deadline';
import { daysBetween } from '../../framework/dates';
import { monthsPeriodEnd } from '../../framework/periods';
import { heldUntilAcceptance, paymentText, paymentsOf } from '../../framework/common/payments';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

/** The application for final acceptance on or after `day`; an acceptance held (passed or failed) shows one was made. */
export function acceptanceAppliedOnOrAfter(view: FactsView, day: Day): Day | null {
  const dates = [
    view.firstOnOrAfter('finalAcceptanceApplied', day)?.date,
    view.firstOnOrAfter('finalAcceptancePassed', day)?.date,
    view.firstOnOrAfter('finalAcceptanceFailed', day)?.date,
    view.firstOnOrAfter('acceptanceHeld', day)?.date,
  ].filter((date): date is Day => date !== undefined);
  return dates.length === 0 ? null : dates.reduce((a, b) => (a <= b ? a : b));
}

// 第二十三条 项目建设单位应在完成项目建设任务后半年内，向项目审批部门提交竣工验收申请报告。……
// 项目建设单位未按期提出验收申请的，应向市大数据局提出延期验收申请。
export const acceptanceApplicationDeadline: DeadlineDefinition<HezeParameter> = {
  id: ruleId('art23-acceptance-application-6-months'),
  title: '完成建设任务后半年内提交竣工验收申请',
  citation: art(23),
  quote: '项目建设单位应在完成项目建设任务后半年内，向项目审批部门提交竣工验收申请报告',
  instances(view, ctx) {
    const completed = view.first('completed');
    if (!completed) return [];
    return [
      {
        label: '提交竣工验收申请报告',
        startedOn: completed.date,
        dueDate: monthsPeriodEnd(completed.date, ctx.params.number('acceptanceApplicationMonths'), ctx.calendar),
        doneOn: acceptanceAppliedOnOrAfter(view, completed.date),
      },
    ];
  },
  describe(instance, status, view, ctx) {
    const built = `项目于 ${instance.startedOn ?? ''} 完成建设任务`;
    switch (status) {
      case 'met':
      case 'early': // no windows in this deadline
      case 'pending':
        return null;
      case 'dueSoon':
        return {
          severity: 'info',
          message: `${built}，依“完成项目建设任务后半年内，向项目审批部门提交竣工验收申请报告”，截止 ${instance.dueDate}，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天。`,
          action: '请向市大数据局（项目审批部门）提交竣工验收申请报告，并登记提交日期。',
        };
      case 'overdue': {
        const delay = instance.startedOn ? view.firstOnOrAfter('acceptanceDelayExplained', instance.startedOn) : undefined;
        if (!delay) {
          return {
            severity: 'warning',
            message: `${built}，已超过“半年内”提交竣工验收申请报告的期限（${instance.dueDate}），也未提出延期验收申请；依第二十三条，“未按期提出验收申请的，应向市大数据局提出延期验收申请”。`,
            action: '请立即提交竣工验收申请报告；不能提出的，应向市大数据局提出延期验收申请并明确验收时间。',
          };
        }
        const planned = delay.plannedAcceptanceDate;
        return ctx.asOf <= planned
          ? {
              severity: 'info',
              message: `${built}，未在半年内（${instance.dueDate} 前）提出验收申请，已于 ${delay.date} 向市大数据局提出延期验收申请，延期至 ${planned}。`,
              action: '请按延期验收申请明确的时间提交竣工验收申请报告。',
              dueDate: planned,
            }
          : {
              severity: 'warning',
              message: `${built}，延期验收申请（${delay.date}）明确的时间 ${planned} 已过，仍未提交竣工验收申请报告。`,
              action: '请立即提交竣工验收申请报告，或向市大数据局重新提出延期验收申请。',
              dueDate: planned,
            };
      }
      case 'metLate':
        return {
          severity: 'info',
          message: `${built}，于 ${instance.doneOn ?? ''} 提出验收申请，晚于“半年内”的期限（${instance.dueDate}）。`,
          action: '无需处理；如监督检查问及，请说明逾期原因。',
        };
    }
  },
};

// 第二十三条 验收完成后，项目建设单位应当将验收报告等材料通过项目管理系统报项目审批部门备案。
export const acceptanceReportFiled: Rule<HezeParameter> = {
  id: ruleId('art23-acceptance-report-filed'),
  title: '验收报告报备案',
  citation: art(23),
  quote: '验收完成后，项目建设单位应当将验收报告等材料通过项目管理系统报项目审批部门备案',
  check(view, _ctx, report) {
    const passed = view.last('finalAcceptancePassed');
    if (!passed || view.firstOnOrAfter('acceptanceFiled', passed.date)) return;
    report({
      severity: 'warning',
      message: `项目于 ${passed.date} 完成竣工验收，尚无验收报告等材料报备案的记录；依第二十三条，“验收完成后，项目建设单位应当将验收报告等材料通过项目管理系统报项目审批部门备案”。`,
      action: '请将验收报告等材料通过项目管理系统报市大数据局备案，并登记备案日期。',
    });
  },
};

// 第二十三条 ……对未经验收的项目，不得拨付后续建设资金和运行维护经费。
// “后续建设资金”: a payment applied for on or after completion; “运行维护经费”: an O&M budget request.
export const noFundsBeforeAcceptance: Rule<HezeParameter> = {
  id: ruleId('art23-no-funds-before-acceptance'),
  title: '未经验收不得拨付后续资金和运维经费',
  citation: art(23),
  quote: '对未经验收的项目，不得拨付后续建设资金和运行维护经费',
  check(view, _ctx, report) {
    const passed = view.first('finalAcceptancePassed')?.date;
    const accepted = (day: Day): boolean => passed !== undefined && passed <= day;
    const completed = view.first('completed')?.date;
    // Every payment on its own day: a final payment always, a progress payment once complete.
    for (const payment of paymentsOf(view)) {
      if (!heldUntilAcceptance(payment, completed) || accepted(payment.date)) continue;
      report({
        severity: 'blocking',
        message: `${completed ? `项目于 ${completed} 完成建设任务，` : ''}${paymentText(payment)}时尚未通过竣工验收；依第二十三条，“对未经验收的项目，不得拨付后续建设资金和运行维护经费”。`,
        action: '请先完成竣工验收，再申请拨付后续建设资金。',
      });
    }
    for (const request of view.all('omBudgetRequested')) {
      if (accepted(request.date)) continue;
      report({
        severity: 'blocking',
        message: `${request.year} 年度运行维护经费申请（${request.date}）时项目尚未通过竣工验收；依第二十三条，“对未经验收的项目，不得拨付后续建设资金和运行维护经费”。`,
        action: '请先完成竣工验收，再申请运行维护经费。',
      });
    }
  },
};

export const acceptanceRules = [acceptanceReportFiled, noFundsBeforeAcceptance];
