/**
 * 第三章 建设和资金管理: 安全可靠 purchases (第十四条), the approved content (第十五条),
 * the yearly performance report during construction (第十七条) and maintenance
 * costs in the annual budget (第十八条). 第十六条 (监理) is a checklist item.
 */
import { fenToWanYuan } from '../../../domain/money';
import { keyProductsRule } from '../../framework/common/products';
import type { DeadlineDefinition, DeadlineInstance } from '../../framework/deadline';
import { daysBetween, yearOf } from '../../framework/dates';
import { fixedDate } from '../../framework/periods';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { XunyangParameter } from './parameters';

// 第十四条 项目采购的货物、工程和服务应当按照有关法律法规执行，确保项目安全可靠。
export const secureReliableProducts = keyProductsRule<XunyangParameter>({
  id: ruleId('art14-secure-reliable-products'),
  title: '确保项目安全可靠',
  citation: art(14),
  quote: '项目采购的货物、工程和服务应当按照有关法律法规执行，确保项目安全可靠',
  adjective: '安全可靠',
  unrecorded: '尚未登记关键产品（安全设备、核心网络设备、基础软件等）是否安全可靠；依第十四条，项目采购的货物、工程和服务应“确保项目安全可靠”。',
  basis: '依第十四条，项目采购应“确保项目安全可靠”。',
  action: '请登记关键产品的安全可靠情况；未采用的，请说明原因和保障措施。',
});

// 第十五条 无特殊原因，项目建设过程中应当严格遵守批准文件中核定的建设内容、规模、标准、投资额和其他控制指标。
// A change (changeRequested) stays unapproved until the approving authority has approved it again (`reapproved`).
export const changeApproved: Rule<XunyangParameter> = {
  id: ruleId('art15-change-approved'),
  title: '严格遵守批准的建设内容：调整须经批准',
  citation: art(15),
  quote: '项目建设过程中应当严格遵守批准文件中核定的建设内容、规模、标准、投资额和其他控制指标',
  check(view, _ctx, report) {
    const changes = view.all('changeRequested');
    if (changes.length === 0) return;
    const approvals = view.all('changeApproved');
    for (const change of changes) {
      if (approvals.some((a) => a.changeId === change.changeId && a.approvals.includes('reapproved'))) continue;
      report({
        severity: 'warning',
        message: `建设内容调整“${change.changeId}”（${change.date}）尚无原审批部门批准的记录；依第十五条，“无特殊原因，项目建设过程中应当严格遵守批准文件中核定的建设内容、规模、标准、投资额和其他控制指标”。`,
        action: '请说明调整的特殊原因，报原审批部门批准并登记“按规定程序重新报批并获批准”；获批前按原批准内容实施。',
      });
    }
  },
};

/** 批准文件中核定的投资额: the approved estimate, else the amount of the approved 可研 or 立项. */
function approvedInvestment(view: FactsView): number | undefined {
  if (view.attributes.approvedEstimateFen !== undefined) return view.attributes.approvedEstimateFen;
  for (const kind of ['feasibility', 'establishment'] as const) {
    const decision = view.review(kind);
    if (decision?.outcome === 'approved' && decision.approvedAmountFen !== undefined) return decision.approvedAmountFen;
  }
  return undefined;
}

export const investmentWithinApproved: Rule<XunyangParameter> = {
  id: ruleId('art15-investment-within-approved'),
  title: '严格遵守核定的投资额',
  citation: art(15),
  quote: '批准文件中核定的建设内容、规模、标准、投资额和其他控制指标',
  check(view, _ctx, report) {
    const approved = approvedInvestment(view);
    const total = view.project.totalInvestmentFen;
    if (approved === undefined || !view.atOrAfter('procurement') || total <= approved) return;
    report({
      severity: 'warning',
      message: `项目总投资 ${fenToWanYuan(total)} 万元超过批准文件核定的投资额 ${fenToWanYuan(approved)} 万元；依第十五条，应当严格遵守“批准文件中核定的……投资额”。`,
      action: '请核减投资至核定额度以内，或说明特殊原因并报原审批部门重新批准后更新核定投资额。',
    });
  },
};

// 第十七条 项目建设单位要对项目绩效目标执行情况进行评价，并征求项目使用单位和监理单位意见，
// 在建设期内形成项目绩效评价报告，每年底前提交至区信息办。
// One report for every year in which the project was being built: from the year construction started
// (constructionStarted, else the contract) to the year it was completed (or this year).
export const yearlyPerformanceReport: DeadlineDefinition<XunyangParameter> = {
  id: ruleId('art17-yearly-performance-report'),
  title: '建设期内每年底前提交绩效评价报告',
  citation: art(17),
  quote: '在建设期内形成项目绩效评价报告，每年底前提交至区信息办',
  instances(view, ctx) {
    if (!view.atOrAfter('construction')) return [];
    const started = view.first('constructionStarted')?.date ?? view.first('contractSigned')?.date;
    if (!started) return [];
    const completed = view.first('completed')?.date;
    const lastYear = yearOf(completed && completed < ctx.asOf ? completed : ctx.asOf);
    const monthDay = ctx.params.monthDay('performanceReportDeadline');
    const reports = view.all('performanceReportSubmitted');
    const instances: DeadlineInstance[] = [];
    for (let year = yearOf(started); year <= lastYear; year++) {
      const report = reports.find((event) => event.year === year);
      instances.push({ label: `${year} 年度项目绩效评价报告`, startedOn: null, dueDate: fixedDate(year, monthDay), doneOn: report?.date ?? null });
    }
    return instances;
  },
  describe(instance, status, _view, ctx) {
    switch (status) {
      case 'met':
      case 'early': // no windows in this 办法
      case 'pending':
        return null;
      case 'dueSoon':
        return {
          severity: 'info',
          message: `${instance.label}应“每年底前提交至区信息办”，截止 ${instance.dueDate}，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天。`,
          action: '请对绩效目标执行情况进行评价，征求项目使用单位和监理单位意见，形成报告后提交区信息办。',
        };
      case 'overdue':
        return {
          severity: 'warning',
          message: `${instance.label}应于 ${instance.dueDate} 前提交区信息办（“在建设期内形成项目绩效评价报告，每年底前提交至区信息办”），尚无提交记录。`,
          action: '请尽快补交该年度绩效评价报告，并登记提交日期。',
        };
      case 'metLate':
        return {
          severity: 'info',
          message: `${instance.label}于 ${instance.doneOn ?? ''} 提交，晚于 ${instance.dueDate}。`,
          action: '无需处理。',
        };
    }
  },
};

// 第十八条 政务信息化项目维保费用纳入年度财政预算
// A reminder while in operation: no maintenance budget request for this year or the next on record.
export const maintenanceInBudget: Rule<XunyangParameter> = {
  id: ruleId('art18-maintenance-in-budget'),
  title: '维保费用纳入年度财政预算',
  citation: art(18),
  quote: '政务信息化项目维保费用纳入年度财政预算',
  check(view, ctx, report) {
    if (view.stage !== 'operation') return;
    const year = yearOf(ctx.asOf);
    if (view.all('omBudgetRequested').some((event) => event.year === year || event.year === year + 1)) return;
    report({
      severity: 'info',
      message: `系统已投入运行，尚无 ${year} 或 ${year + 1} 年度维保费用预算申请的记录；依第十八条，“政务信息化项目维保费用纳入年度财政预算”。`,
      action: '请在编制年度部门预算时申报维保费用，并登记预算申请。',
    });
  },
};

export const constructionRules = [secureReliableProducts, changeApproved, investmentWithinApproved, maintenanceInBudget];
