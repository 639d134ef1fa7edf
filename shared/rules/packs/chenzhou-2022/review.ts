/**
 * 第九条: 项目建设单位应提供符合要求的项目资料，相关部门应严格遵守审批时限.
 * The 办法 sets no time limit: `reviewTimeLimitWorkingDays` is an office parameter
 * (default 20 working days), counted from the day the review was applied for.
 */
import type { Day } from '../../../domain/day';
import type { ReviewKind } from '../../../domain/lifecycle-events';
import { REVIEW_KIND_LABELS } from '../../../domain/lifecycle-events';
import type { MaterialCode } from '../../../domain/materials';
import { materialList } from '../../framework/checklist';
import type { DeadlineDefinition, DeadlineInstance } from '../../framework/deadline';
import { daysBetween } from '../../framework/dates';
import { workingDaysPeriodEnd } from '../../framework/periods';
import type { Rule, RuleContext } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { investmentTier, tierParameters } from './approval-path';
import { art, ruleId } from './meta';
import type { ChenzhouParameter } from './parameters';

/**
 * `workingDaysPeriodEnd`, remembered per calendar: application days repeat across an office's
 * projects, and walking the calendar day by day is the costly part of a whole-office check.
 */
const dueDates = new WeakMap<object, Map<string, Day>>();
function reviewDueDate(requested: Day, days: number, ctx: RuleContext<ChenzhouParameter>): Day {
  let memo = dueDates.get(ctx.calendar);
  if (!memo) dueDates.set(ctx.calendar, (memo = new Map()));
  const key = `${requested}+${days}`;
  let due = memo.get(key);
  if (due === undefined) memo.set(key, (due = workingDaysPeriodEnd(requested, days, ctx.calendar)));
  return due;
}

// 第九条 相关部门应严格遵守审批时限。
// One instance per review kind applied for: the latest application, done by the first decision on or after it.
export const reviewTimeLimit: DeadlineDefinition<ChenzhouParameter> = {
  id: ruleId('art9-review-time-limit'),
  title: '严格遵守审批时限',
  citation: art(9),
  quote: '相关部门应严格遵守审批时限',
  parameters: ['reviewTimeLimitWorkingDays'],
  instances(view, ctx) {
    const requests = view.all('reviewRequested');
    if (requests.length === 0) return [];
    const latest = new Map<ReviewKind, Day>();
    for (const request of requests) latest.set(request.review, request.date);
    const days = ctx.params.number('reviewTimeLimitWorkingDays');
    const instances: DeadlineInstance[] = [];
    for (const [kind, requested] of latest) {
      const decision = view.all('review').find((review) => review.review === kind && review.date >= requested);
      instances.push({
        label: REVIEW_KIND_LABELS[kind],
        startedOn: requested,
        dueDate: reviewDueDate(requested, days, ctx),
        doneOn: decision?.date ?? null,
      });
    }
    return instances;
  },
  describe(instance, status, _view, ctx) {
    const applied = `${instance.label}于 ${instance.startedOn ?? ''} 报请`;
    const limit = ctx.params.value('reviewTimeLimitWorkingDays');
    const days = `${String(limit.value)} 个工作日`;
    switch (status) {
      case 'met':
      case 'early': // no windows in this 办法
      case 'pending':
        return null;
      case 'dueSoon':
        return {
          severity: 'info',
          message: `${applied}，审批时限 ${days}，应于 ${instance.dueDate} 前作出结论，还剩 ${daysBetween(ctx.asOf, instance.dueDate)} 天。`,
          action: '请承办部门按时限办结并登记结论。',
        };
      case 'overdue':
        return {
          severity: 'warning',
          message: `${applied}，已超过审批时限 ${days}（${instance.dueDate}），尚无结论；依第九条，“相关部门应严格遵守审批时限”。`,
          action: '请承办部门尽快作出结论；资料不符合要求的，请一次性告知项目建设单位补正。',
        };
      case 'metLate':
        return {
          severity: 'info',
          message: `${applied}，于 ${instance.doneOn ?? ''} 作出结论，晚于审批时限（${instance.dueDate}）。`,
          action: '无需处理；请承办部门总结超时原因。',
        };
    }
  },
};

/** The documents the reviews of 第八条 examine: the 建设方案 and the budget; 立项 also the feasibility study (第十条). */
function reviewMaterials(view: FactsView, ctx: RuleContext<ChenzhouParameter>): readonly MaterialCode[] {
  switch (investmentTier(view, ctx)) {
    case 'selfImplemented':
      return [];
    case 'reviewed':
      return REVIEWED;
    case 'establishment':
      return ESTABLISHMENT;
  }
}
const REVIEWED: readonly MaterialCode[] = ['implementationPlan', 'budgetEstimate'];
const ESTABLISHMENT: readonly MaterialCode[] = ['feasibilityStudy', 'implementationPlan', 'budgetEstimate'];

export function missingReviewMaterials(view: FactsView, ctx: RuleContext<ChenzhouParameter>): MaterialCode[] {
  return reviewMaterials(view, ctx).filter((material) => !view.has(material));
}

// 第九条 项目建设单位应提供符合要求的项目资料
// Which documents is not listed; read as the 建设方案 (技术评审), the budget (财政投资评审) and, for 立项,
// the feasibility study (the documents 第十条 names), due once the project is in the annual plan.
export const reviewMaterialsProvided: Rule<ChenzhouParameter> = {
  id: ruleId('art9-review-materials'),
  title: '提供符合要求的项目资料',
  citation: art(9),
  quote: '项目建设单位应提供符合要求的项目资料',
  parameters: tierParameters,
  check(view, ctx, report) {
    if (!view.atOrAfter('planned')) return;
    const missing = missingReviewMaterials(view, ctx);
    if (missing.length === 0) return;
    report({
      severity: 'warning',
      message: `项目需经第八条规定的评审，依“项目建设单位应提供符合要求的项目资料”，尚缺：${materialList(missing)}。`,
      action: `请编制并上传：${materialList(missing)}（可依第十条委托具有相关资质的咨询、造价机构编制）。`,
    });
  },
};
