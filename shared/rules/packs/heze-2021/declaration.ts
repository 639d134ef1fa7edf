/**
 * 第二章 规划和审批管理, beyond the approval steps: the department's annual
 * plan (第十条) and the filing after a superior's approval (第十二条).
 */
import type { Rule } from '../../framework/rule';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

// 第十条 ……对于未列入部门年度建设计划的项目，原则上不予审批。
// 第七条 项目建设单位应依据批复的政务信息系统建设规划和年度建设计划，研究提出政务信息系统项目立项申请。
// “原则上”: a warning, not a refusal. Projects a superior organises (第十二条) follow the superior's plan.
export const inAnnualPlan: Rule<HezeParameter> = {
  id: ruleId('art10-annual-plan'),
  title: '列入部门年度建设计划',
  citation: art(10),
  quote: '对于未列入部门年度建设计划的项目，原则上不予审批',
  check(view, _ctx, report) {
    if (view.attributes.superiorDeclared || !view.atOrAfter('underReview') || view.first('includedInAnnualPlan')) return;
    report({
      severity: 'warning',
      message: `项目${view.atOrAfter('approved') ? '已批复立项' : '正在评审'}，但尚无列入部门年度建设计划的记录；依第十条，“对于未列入部门年度建设计划的项目，原则上不予审批”。`,
      action: '请登记项目列入本部门年度建设计划的情况（经市大数据局审核的年度建设计划）；确属计划外的，请在项目备注中记录理由。',
    });
  },
};

// 第十二条 ……并在国家有关部委、省直有关部门审批后报市大数据局备案。
export const superiorApprovalFiled: Rule<HezeParameter> = {
  id: ruleId('art12-superior-approval-filed'),
  title: '上级审批后报市大数据局备案',
  citation: art(12),
  quote: '并在国家有关部委、省直有关部门审批后报市大数据局备案',
  check(view, _ctx, report) {
    if (!view.attributes.superiorDeclared) return;
    const approval = view.review('establishment');
    if (!approval || approval.outcome !== 'approved' || view.firstOnOrAfter('superiorApprovalFiled', approval.date)) return;
    report({
      severity: 'warning',
      message: `国家有关部委、省直有关部门已于 ${approval.date} 审批，尚无报市大数据局备案的记录；依第十二条，应“在国家有关部委、省直有关部门审批后报市大数据局备案”。`,
      action: '请将上级审批文件报市大数据局备案，并登记备案日期。',
    });
  },
};

export const declarationRules = [inAnnualPlan, superiorApprovalFiled];
