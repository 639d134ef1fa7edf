/**
 * 第三章 建设和资金管理: building as approved (第十九条) and reporting serious
 * delays (第二十条).
 */
import { fenToWanYuan } from '../../../domain/money';
import { daysBetween } from '../../framework/dates';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

// 第十九条 项目建设单位应严格按照项目审批部门批复的建设方案和投资预算实施项目建设。
// The 办法 has no procedure for the unit to adjust on its own: a change to the approved 建设方案
// or 投资预算 is as approved only when the 审批部门 approved it again (`reapproved`).
export const changesApproved: Rule<HezeParameter> = {
  id: ruleId('art19-changes-approved'),
  title: '按批复的建设方案实施（变更须经批准）',
  citation: art(19),
  quote: '项目建设单位应严格按照项目审批部门批复的建设方案和投资预算实施项目建设',
  check(view, _ctx, report) {
    for (const change of view.all('changeRequested')) {
      const reapproved = view.all('changeApproved').some((event) => event.changeId === change.changeId && event.approvals.includes('reapproved'));
      if (reapproved) continue;
      report({
        severity: 'warning',
        message: `建设内容调整“${change.changeId}”（${change.date}）尚无项目审批部门批准的记录；依第十九条，应“严格按照项目审批部门批复的建设方案和投资预算实施项目建设”。`,
        action: '请将调整内容报市大数据局（项目审批部门）批准，并登记批准情况；批准前按原批复实施。',
      });
    }
  },
};

/** The approved 投资预算: the amount in 市大数据局's approving opinion, else the recorded 概算批复总投资. */
export function approvedBudgetFen(view: FactsView): number | undefined {
  const opinion = view.review('technical');
  if (opinion?.outcome === 'approved' && opinion.approvedAmountFen !== undefined) return opinion.approvedAmountFen;
  return view.attributes.approvedEstimateFen;
}

export const withinApprovedBudget: Rule<HezeParameter> = {
  id: ruleId('art19-within-approved-budget'),
  title: '合同金额不超出批复的投资预算',
  citation: art(19),
  quote: '批复的建设方案和投资预算',
  check(view, _ctx, report) {
    const budget = approvedBudgetFen(view);
    if (budget === undefined) return;
    let contracted = 0;
    for (const contract of view.all('contractSigned')) contracted += contract.amountFen ?? 0;
    // 超出 is >.
    if (contracted <= budget) return;
    report({
      severity: 'warning',
      message: `已签订合同金额合计 ${fenToWanYuan(contracted)} 万元，超出批复的投资预算 ${fenToWanYuan(budget)} 万元；依第十九条，应“严格按照项目审批部门批复的建设方案和投资预算实施项目建设”。`,
      action: '请核减合同金额，或将预算调整报市大数据局（项目审批部门）批准。',
    });
  },
};

// 第二十条 项目建设过程中出现工程严重逾期、投资重大损失等情形的，项目建设单位应及时向项目审批部门报告
// “严重逾期” is not quantified: more than `seriousDelayDays` (an office parameter) past the planned completion.
export const reportSeriousDelay: Rule<HezeParameter> = {
  id: ruleId('art20-report-serious-delay'),
  title: '工程严重逾期应及时报告',
  citation: art(20),
  quote: '项目建设过程中出现工程严重逾期、投资重大损失等情形的，项目建设单位应及时向项目审批部门报告',
  parameters: ['seriousDelayDays'],
  check(view, ctx, report) {
    const planned = view.attributes.plannedCompletionDate;
    if (!planned || !view.isIn('procurement', 'construction') || view.first('completed')) return;
    const late = daysBetween(planned, ctx.asOf);
    if (late <= 0) return;
    const limit = ctx.params.number('seriousDelayDays');
    if (late <= limit) {
      report({
        severity: 'info',
        message: `项目计划于 ${planned} 建成，已逾期 ${late} 天；逾期超过 ${limit} 天视为第二十条所称“工程严重逾期”，须及时向项目审批部门报告。`,
        action: '请加快建设进度，或按程序调整计划建成日期。',
      });
      return;
    }
    if (view.firstOnOrAfter('seriousProblemReported', planned)) return;
    report({
      severity: 'warning',
      message: `项目计划于 ${planned} 建成，已逾期 ${late} 天（超过 ${limit} 天，属“工程严重逾期”），尚无向项目审批部门报告的记录；依第二十条，项目建设单位“应及时向项目审批部门报告”。`,
      action: '请向市大数据局（项目审批部门）报告逾期情况和原因，并登记报告日期；审批部门可要求整改或暂停建设。',
    });
  },
};

export const implementationRules = [changesApproved, withinApprovedBudget, reportSeriousDelay];
