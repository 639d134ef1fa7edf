/**
 * 第二章 项目申报与审批管理: the declaration deadline (第七条) and the
 * approvals 第十条 spares (and its exception).
 */
import type { Rule } from '../../framework/rule';
import { yearlyDeclarationDeadline } from '../../framework/common/declaration';
import { art, ruleId } from './meta';
import type { XichuanParameter } from './parameters';

// 第七条 每年6月底前,项目建设单位主管部门根据需求向县行政审批和政务信息管理局报送下年度拟建设(或采购)的政务信息化项目材料。
// A fixed date, never moved (periods.ts). 第八条's temporary projects are outside the annual round.
export const declarationDeadline = yearlyDeclarationDeadline<XichuanParameter>({
  id: ruleId('art7-declaration-deadline'),
  title: '年度申报截止',
  citation: art(7),
  quote: '每年6月底前',
  deadline: 'declarationDeadline',
  exempt: (view) => view.attributes.temporary,
  label: (year) => `${year} 年度项目材料报送`,
  dueSoon: (year, instance, daysLeft) => ({
    message: `${year} 年度拟建设（或采购）项目的材料应“每年6月底前”报送，截止 ${instance.dueDate}，还剩 ${daysLeft} 天。`,
    action: '请在截止日前向县行政审批和政务信息管理局报送项目材料。',
  }),
  overdue: (year, instance) => ({
    message: `${year} 年度项目的材料应于 ${instance.dueDate} 前报送（“每年6月底前”），至今尚未报送。`,
    action: '请尽快报送并说明逾期原因；属国家和省、市临时安排、不在年度建设计划范围内的，请登记为临时安排项目，按第八条办理。',
  }),
  metLate: (year, instance) => ({
    message: `${year} 年度项目的材料于 ${instance.doneOn ?? ''} 报送，晚于“每年6月底前”的截止日 ${instance.dueDate}。`,
    action: '请与县行政审批和政务信息管理局确认能否列入该年度审查。',
  }),
});

// 第十条 县级政务信息化项目原则上不进行节能评估规划选址、用地预审、环境影响评价等审批,
// 涉及新建土建工程高耗能项目的除外。  (The exception is the rule here: the default needs nothing.)
export const civilWorksException: Rule<XichuanParameter> = {
  id: ruleId('art10-civil-works-exception'),
  title: '新建土建工程、高耗能项目的审批',
  citation: art(10),
  quote: '涉及新建土建工程高耗能项目的除外',
  check(view, _ctx, report) {
    const { involvesNewCivilWorks, highEnergyConsumption } = view.attributes;
    if (!(involvesNewCivilWorks || highEnergyConsumption) || view.atOrAfter('construction')) return;
    const what = [involvesNewCivilWorks ? '涉及新建土建工程' : '', highEnergyConsumption ? '属高耗能项目' : ''].filter(Boolean).join('且');
    report({
      severity: 'info',
      message: `项目${what}，依“涉及新建土建工程高耗能项目的除外”，不适用第十条免于节能评估、规划选址、用地预审、环境影响评价等审批的规定。`,
      action: '请按有关规定办理节能评估、规划选址、用地预审、环境影响评价等审批，并上传批复文件。',
    });
  },
};
