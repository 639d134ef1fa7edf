/**
 * 第六条: the yearly declaration at the end of the year, and 未申报……原则上不予审批
 * with its exception, the leading group's 一事一议.
 */
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { yearlyDeclarationDeadline } from '../../framework/common/declaration';
import { art, ruleId } from './meta';
import type { ChenzhouParameter } from './parameters';

/** 特殊情况需报领导小组“一事一议”: the exception, once the leading group has agreed. */
export function agreedCaseByCase(view: FactsView): boolean {
  return view.approved('caseByCase');
}

// 第六条 项目建设单位按照本办法，原则上每年度末向领导小组办公室申报下一年度信息化项目。
// “每年度末” is the year's last day, a fixed date (never moved). Checked until the project is past review.
export const declarationDeadline = yearlyDeclarationDeadline<ChenzhouParameter>({
  id: ruleId('art6-declaration-at-year-end'),
  title: '每年度末申报下一年度项目',
  citation: art(6),
  quote: '原则上每年度末向领导小组办公室申报下一年度信息化项目',
  deadline: 'declarationDeadline',
  exempt: agreedCaseByCase,
  label: (year) => `${year} 年度项目申报`,
  dueSoon: (year, instance, daysLeft) => ({
    message: `${year} 年度信息化项目应“原则上每年度末向领导小组办公室申报”，截止 ${instance.dueDate}，还剩 ${daysLeft} 天。`,
    action: '请在截止日前向领导小组办公室申报，并提交申报审批表等项目资料。',
  }),
  overdue: (year, instance) => ({
    message: `${year} 年度信息化项目应于 ${instance.dueDate}（“每年度末”）前向领导小组办公室申报，至今尚未申报；“未申报的信息化项目，原则上不予审批”。`,
    action: '请尽快申报；确属特殊情况的，请报领导小组“一事一议”，并登记其结论。',
  }),
  metLate: (year, instance) => ({
    message: `${year} 年度项目于 ${instance.doneOn ?? ''} 申报，晚于“每年度末”（${instance.dueDate}）。`,
    action: '请与领导小组办公室确认能否列入该年度计划。',
  }),
});

// 第六条 未申报的信息化项目，原则上不予审批，特殊情况需报领导小组“一事一议”。
// 原则上 → a warning; the exception is a leading-group decision recorded as the `caseByCase` review.
export const undeclaredNotApproved: Rule<ChenzhouParameter> = {
  id: ruleId('art6-undeclared-not-approved'),
  title: '未申报的项目原则上不予审批',
  citation: art(6),
  quote: '未申报的信息化项目，原则上不予审批，特殊情况需报领导小组“一事一议”',
  check(view, _ctx, report) {
    if (!view.atOrAfter('approved') || view.first('declarationSubmitted') || agreedCaseByCase(view)) return;
    report({
      severity: 'warning',
      message: '项目已进入审定及以后阶段，但没有向领导小组办公室申报的记录，也没有领导小组“一事一议”的结论；依第六条，“未申报的信息化项目，原则上不予审批”。',
      action: '请补登申报记录；未申报的，请报领导小组“一事一议”并登记其结论。',
    });
  },
};
