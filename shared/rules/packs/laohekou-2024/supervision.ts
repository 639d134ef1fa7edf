/**
 * 第五章 统一监理: which projects (第十七条), the application within five working
 * days of the bid result (第十八条). The supervisor's score after completion
 * (第二十条) is a checklist item.
 */
import type { DeadlineDefinition } from '../../framework/deadline';
import { daysBetween } from '../../framework/dates';
import { workingDaysPeriodEnd } from '../../framework/periods';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { LaohekouParameter } from './parameters';

/** 第十七条 纳入统一监理的信息化项目主要包括硬件和软件建设,不包括设计咨询、测评等服务。 */
export function underUnifiedSupervision(view: FactsView): boolean {
  return !view.attributes.advisoryService;
}

// 第十七条 纳入统一监理的信息化项目主要包括硬件和软件建设,不包括设计咨询、测评等服务。
// 市城市运行管理中心负责依法依规采购全市信息化项目统一监理服务单位,为全市信息化项目提供监理服务。
export const unifiedSupervision: Rule<LaohekouParameter> = {
  id: ruleId('art17-unified-supervision'),
  title: '纳入统一监理',
  citation: art(17),
  quote: '纳入统一监理的信息化项目主要包括硬件和软件建设,不包括设计咨询、测评等服务',
  check(view, _ctx, report) {
    if (!underUnifiedSupervision(view) || !view.atOrAfter('construction') || view.first('supervisionContracted')) return;
    report({
      severity: 'warning',
      message: '项目已进入建设实施及以后阶段，尚无统一监理单位派驻的记录；依第十七条，硬件和软件建设项目纳入统一监理，由市城市运行管理中心“为全市信息化项目提供监理服务”。',
      action: '请向市城市运行管理中心申请派驻监理单位（第十八条），并登记派驻日期；属设计咨询、测评等服务的，请登记为该类项目。',
    });
  },
};

// 第十八条 市直各部门应当在信息化项目确定中标结果的5个工作日内,书面向市城市运行管理中心提交派驻项目监理单位的申请(见附件2)
export const supervisionApplicationDeadline: DeadlineDefinition<LaohekouParameter> = {
  id: ruleId('art18-supervision-application-5-working-days'),
  title: '中标结果确定后5个工作日内申请派驻监理',
  citation: art(18),
  quote: '市直各部门应当在信息化项目确定中标结果的5个工作日内',
  instances(view, ctx) {
    const bid = view.first('bidResultDetermined');
    if (!bid || !underUnifiedSupervision(view)) return [];
    return [
      {
        label: '提交派驻项目监理单位的申请',
        startedOn: bid.date,
        dueDate: workingDaysPeriodEnd(bid.date, ctx.params.number('supervisionApplicationWorkingDays'), ctx.calendar),
        doneOn: view.first('supervisionApplied')?.date ?? null,
      },
    ];
  },
  describe(instance, status, _view, ctx) {
    const bid = `中标结果于 ${instance.startedOn ?? ''} 确定`;
    switch (status) {
      case 'met':
      case 'early': // no windows in this deadline
      case 'pending':
        return null;
      case 'dueSoon':
        return {
          severity: 'info',
          message: `${bid}，依“确定中标结果的5个工作日内”，应于 ${instance.dueDate} 前书面提交派驻项目监理单位的申请，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天。`,
          action: '请填写派驻监理申请（附件2），书面提交市城市运行管理中心，并登记提交日期。',
        };
      case 'overdue':
        return {
          severity: 'warning',
          message: `${bid}，应在“5个工作日内”（${instance.dueDate} 前）书面提交派驻项目监理单位的申请，尚无提交记录。`,
          action: '请立即向市城市运行管理中心书面提交派驻监理申请（附件2），并说明逾期原因。',
        };
      case 'metLate':
        return {
          severity: 'info',
          message: `${bid}，派驻监理申请于 ${instance.doneOn ?? ''} 提交，晚于“5个工作日内”的期限（${instance.dueDate}）。`,
          action: '无需处理；如监督检查问及，请说明逾期原因。',
        };
    }
  },
};
