/**
 * 第十八条、第十九条: acceptance within six months of completion, the written
 * explanation when it cannot be on time, rectification within a month of a
 * failed acceptance, and acceptance again after it.
 */
import type { Day } from '../../../domain/day';
import type { DeadlineDefinition } from '../../framework/deadline';
import { daysBetween } from '../../framework/dates';
import { monthsPeriodEnd } from '../../framework/periods';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { XichuanParameter } from './parameters';

/** The first acceptance held (passed, failed or outcome pending) on or after `day`. */
export function acceptanceHeldOnOrAfter(view: FactsView, day: Day): Day | null {
  // An acceptance held whose outcome is pending (acceptanceHeld) was held all the same.
  let first: Day | null = null;
  for (const kind of ['finalAcceptancePassed', 'finalAcceptanceFailed', 'acceptanceHeld'] as const) {
    const date = view.firstOnOrAfter(kind, day)?.date;
    if (date && (first === null || date < first)) first = date;
  }
  return first;
}

// 第十八条 政务信息化项目建成6个月内,项目建设单位应当按照有关规定组织验收
export const acceptanceDeadline: DeadlineDefinition<XichuanParameter> = {
  id: ruleId('art18-acceptance-within-6-months'),
  title: '建成后6个月内组织验收',
  citation: art(18),
  quote: '政务信息化项目建成6个月内',
  instances(view, ctx) {
    const completed = view.first('completed');
    if (!completed) return [];
    return [
      {
        label: '组织竣工验收',
        startedOn: completed.date,
        dueDate: monthsPeriodEnd(completed.date, ctx.params.number('acceptanceWindowMonths'), ctx.calendar),
        doneOn: acceptanceHeldOnOrAfter(view, completed.date),
      },
    ];
  },
  describe(instance, status, view, ctx) {
    const built = `项目于 ${instance.startedOn ?? ''} 建成`;
    switch (status) {
      case 'met':
      case 'early': // no windows in this 办法
      case 'pending':
        return null;
      case 'dueSoon':
        return {
          severity: 'info',
          message: `${built}，依“政务信息化项目建成6个月内”应组织验收，截止 ${instance.dueDate}，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天。`,
          action: '请备齐项目建设总结、财务报告、审计报告、安全风险评估报告等验收材料，按期组织验收。',
        };
      case 'overdue': {
        // The 第十九条 written explanation does not end 第十八条's period: both stay cited,
        // read together — 第十八条's six months have passed, 第十九条 fixes when acceptance now comes.
        const explained = instance.startedOn ? view.firstOnOrAfter('acceptanceDelayExplained', instance.startedOn) : undefined;
        if (explained) {
          return {
            severity: 'info',
            message: `${built}，“建成6个月内”组织验收的期限（${instance.dueDate}）已过，尚未组织验收；已依第十九条于 ${explained.date} 提交书面说明，明确验收时间为 ${explained.plannedAcceptanceDate}。两条合并理解：书面说明不取消第十八条的期限，逾期仍予记录；验收按第十九条明确的时间进行（见第十九条的提示）。`,
            action: `请在 ${explained.plannedAcceptanceDate} 前组织验收。`,
          };
        }
        return {
          severity: 'warning',
          message: `${built}，已超过“建成6个月内”组织验收的期限（${instance.dueDate}），尚未组织验收。`,
          action: '请尽快组织验收；不能按期完成验收的，应依第十九条向县行政审批和政务信息管理局提交书面说明材料，并明确验收时间。',
        };
      }
      case 'metLate':
        return {
          severity: 'info',
          message: `${built}，于 ${instance.doneOn ?? ''} 组织验收，晚于“建成6个月内”的期限（${instance.dueDate}）。`,
          action: '无需处理；如监督检查问及，请说明逾期原因。',
        };
    }
  },
};

// 第十九条 项目不能按期完成验收的,项目建设单位应向县行政审批和政务信息管理局提交书面说明材料,并明确验收时间。
export const statedAcceptanceDate: DeadlineDefinition<XichuanParameter> = {
  id: ruleId('art19-acceptance-by-stated-date'),
  title: '按书面说明明确的时间验收',
  citation: art(19),
  quote: '并明确验收时间',
  instances(view) {
    const completed = view.first('completed');
    const explained = view.last('acceptanceDelayExplained');
    if (!completed || !explained || explained.date < completed.date) return [];
    return [
      {
        label: '按书面说明明确的时间组织验收',
        startedOn: explained.date,
        dueDate: explained.plannedAcceptanceDate,
        doneOn: acceptanceHeldOnOrAfter(view, completed.date),
      },
    ];
  },
  describe(instance, status) {
    switch (status) {
      case 'met':
      case 'early': // no windows in this 办法
      case 'pending':
        return null;
      case 'dueSoon':
        return {
          severity: 'info',
          message: `已于 ${instance.startedOn ?? ''} 提交书面说明，明确的验收时间为 ${instance.dueDate}。与第十八条合并理解：书面说明明确验收时间，但不取消第十八条“建成6个月内”的期限。`,
          action: '请按书面说明明确的时间组织验收。',
        };
      case 'overdue':
        return {
          severity: 'warning',
          message: `书面说明“明确验收时间”为 ${instance.dueDate}，该日期已过，项目仍未组织验收；第十八条“建成6个月内”的期限亦已逾期。`,
          action: '请立即组织验收，或向县行政审批和政务信息管理局重新提交书面说明并明确新的验收时间。',
        };
      case 'metLate':
        return {
          severity: 'info',
          message: `项目于 ${instance.doneOn ?? ''} 组织验收，晚于书面说明明确的验收时间 ${instance.dueDate}。`,
          action: '无需处理；如监督检查问及，请说明原因。',
        };
    }
  },
};

// 第十九条 未通过验收的项目,项目建设单位在一个月内完成整改后,重新组织验收。
export const rectificationDeadline: DeadlineDefinition<XichuanParameter> = {
  id: ruleId('art19-rectify-within-a-month'),
  title: '验收未通过后一个月内完成整改',
  citation: art(19),
  quote: '未通过验收的项目,项目建设单位在一个月内完成整改后',
  instances(view, ctx) {
    const failed = view.last('finalAcceptanceFailed');
    if (!failed) return [];
    const rectified = view.firstOnOrAfter('rectificationCompleted', failed.date)?.date ?? null;
    const passed = view.firstOnOrAfter('finalAcceptancePassed', failed.date)?.date ?? null;
    return [
      {
        label: '完成验收整改',
        startedOn: failed.date,
        dueDate: monthsPeriodEnd(failed.date, ctx.params.number('rectificationWindowMonths'), ctx.calendar),
        doneOn: rectified ?? passed,
      },
    ];
  },
  describe(instance, status, _view, ctx) {
    const failed = `竣工验收于 ${instance.startedOn ?? ''} 未通过`;
    switch (status) {
      case 'met':
      case 'early': // no windows in this 办法
      case 'pending':
        return null;
      case 'dueSoon':
        return {
          severity: 'info',
          message: `${failed}，依“在一个月内完成整改”，应于 ${instance.dueDate} 前完成整改，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天。`,
          action: '请按验收意见整改，登记整改完成日期并上传整改报告，然后重新组织验收。',
        };
      case 'overdue':
        return {
          severity: 'warning',
          message: `${failed}，应“在一个月内完成整改”（${instance.dueDate} 前），尚无整改完成的记录。`,
          action: '请尽快完成整改，登记整改完成日期并上传整改报告，然后重新组织验收。',
        };
      case 'metLate':
        return {
          severity: 'info',
          message: `${failed}，整改于 ${instance.doneOn ?? ''} 完成，晚于一个月的期限（${instance.dueDate}）。`,
          action: '无需处理；如监督检查问及，请说明逾期原因。',
        };
    }
  },
};

// 第十九条 ……完成整改后,重新组织验收。
export const reacceptAfterRectification: Rule<XichuanParameter> = {
  id: ruleId('art19-reaccept-after-rectification'),
  title: '整改后重新组织验收',
  citation: art(19),
  quote: '重新组织验收',
  check(view, _ctx, report) {
    const failed = view.last('finalAcceptanceFailed');
    if (!failed) return;
    const rectified = view.firstOnOrAfter('rectificationCompleted', failed.date);
    if (!rectified || acceptanceHeldOnOrAfter(view, rectified.date) !== null) return;
    report({
      severity: 'info',
      message: `验收整改已于 ${rectified.date} 完成，依“完成整改后,重新组织验收”，尚未重新组织验收。`,
      action: '请重新组织验收并登记结论。',
    });
  },
};

export const acceptanceDeadlines = [acceptanceDeadline, statedAcceptanceDate, rectificationDeadline];
