/**
 * 第十七条 change control. Each 建设内容调整 (a `changeRequested` event) takes
 * one of three routes, decided by `assessChange`; the procedures done for it
 * are the `changeApproved` events with the same change id. Going through the
 * full procedure (`reapproved`) satisfies any route.
 */
import { fenToWanYuan } from '../../../domain/money';
import {
  CHANGE_APPROVAL_LABELS,
  type ChangeApproval,
  type EventOf,
} from '../../../domain/lifecycle-events';
import type { Rule, RuleContext } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { allApprovalsComplete } from './approval-path';
import { art, ruleId } from './meta';
import type { XichuanParameter } from './parameters';

type Change = EventOf<'changeRequested'>;

/**
 * - `unitAdjustment`: 第十七条第二款, the unit adjusts and files with 县发改委
 *   (and, for (二), gets 县行政审批和政务信息管理局's opinion first).
 * - `designChapter`: 第三款, approvals not yet complete: a chapter in the 初步设计.
 * - `fullProcedure`: 第四款, anything else.
 */
export type ChangeRoute = 'unitAdjustment' | 'designChapter' | 'fullProcedure';

export interface ChangeAssessment {
  readonly change: Change;
  readonly route: ChangeRoute;
  /** Why 第二款 does not apply (for `fullProcedure`), in Chinese. */
  readonly reasons: readonly string[];
  readonly required: readonly ChangeApproval[];
  readonly missing: readonly ChangeApproval[];
}

const LISTED_SITUATIONS = new Set(['superiorDeployment', 'technologyOptimisation', 'scheduleAdjustment']);

/** Why 第二款 does not cover the change; empty when it does. */
function outsideSecondParagraph(view: FactsView, ctx: RuleContext<XichuanParameter>, change: Change): string[] {
  const reasons: string[] = [];
  const estimate = view.attributes.approvedEstimateFen;
  const cap = ctx.params.number('changeAdjustmentCapPercent');
  if (estimate === undefined) {
    reasons.push('未登记概算批复总投资，无法确认“项目投资规模未超出概算批复”和调整数额是否在概算总投资的 15% 以内');
  } else {
    // 未超出 is ≤; 不超过 15% is adjustment ≤ estimate × 15 / 100, in integer fen.
    if (change.totalAfterFen > estimate) {
      reasons.push(`调整后总投资 ${fenToWanYuan(change.totalAfterFen)} 万元超出概算批复 ${fenToWanYuan(estimate)} 万元`);
    }
    if (change.adjustmentFen * 100 > estimate * cap) {
      reasons.push(
        `资金调整数额 ${fenToWanYuan(change.adjustmentFen)} 万元超过概算总投资的 ${cap}%（${fenToWanYuan(Math.floor((estimate * cap) / 100))} 万元）`,
      );
    }
  }
  if (!change.goalsUnchanged) reasons.push('建设目标发生变化');
  if (!LISTED_SITUATIONS.has(change.reason)) reasons.push('不属于第十七条所列三种情形之一');
  return reasons;
}

function obtainedFor(view: FactsView, changeId: string): Set<ChangeApproval> {
  const obtained = new Set<ChangeApproval>();
  for (const event of view.all('changeApproved')) {
    if (event.changeId === changeId) for (const approval of event.approvals) obtained.add(approval);
  }
  return obtained;
}

export function assessChange(view: FactsView, ctx: RuleContext<XichuanParameter>, change: Change): ChangeAssessment {
  let route: ChangeRoute;
  let reasons: string[] = [];
  let required: ChangeApproval[];
  if (!allApprovalsComplete(view)) {
    route = 'designChapter';
    required = ['designChapter'];
  } else {
    reasons = outsideSecondParagraph(view, ctx, change);
    if (reasons.length === 0) {
      route = 'unitAdjustment';
      required = change.reason === 'technologyOptimisation' ? ['technicalOpinion', 'filedWithApprover'] : ['filedWithApprover'];
    } else {
      route = 'fullProcedure';
      required = ['reapproved'];
    }
  }
  const obtained = obtainedFor(view, change.changeId);
  const missing = obtained.has('reapproved') ? [] : required.filter((approval) => !obtained.has(approval));
  return { change, route, reasons, required, missing };
}

function changesOnRoute(view: FactsView, ctx: RuleContext<XichuanParameter>, route: ChangeRoute): ChangeAssessment[] {
  const changes = view.all('changeRequested');
  if (changes.length === 0) return [];
  return changes.map((change) => assessChange(view, ctx, change)).filter((a) => a.route === route && a.missing.length > 0);
}

const describeChange = (change: Change): string => `建设内容调整“${change.changeId}”（${change.date}）`;

// 第十七条 项目审批环节已经全部完成,项目投资规模未超出概算批复、建设目标不变,项目建设内容确需调整且资金调整数额不超过概算总投资15%,
// 并符合下列情形之一的,可以由项目建设单位调整,同时向县发改委备案:
// (二)根据信息技术发展新变化,确需对原项目技术方案进行完善优化的(需县行政审批和政务信息管理局出具意见)。
export const changeWithinCap: Rule<XichuanParameter> = {
  id: ruleId('art17-change-within-15pct'),
  title: '15% 以内的调整：单位调整并备案',
  citation: art(17),
  quote: '资金调整数额不超过概算总投资15%',
  check(view, ctx, report) {
    for (const { change, missing } of changesOnRoute(view, ctx, 'unitAdjustment')) {
      if (missing.includes('technicalOpinion')) {
        report({
          severity: 'blocking',
          message: `${describeChange(change)}属于“根据信息技术发展新变化,确需对原项目技术方案进行完善优化的”情形，需县行政审批和政务信息管理局出具意见，尚无该意见；未经规定程序批准不得擅自修改建设内容。`,
          action: '请先取得县行政审批和政务信息管理局的意见，再实施调整并向县发改委备案。',
        });
      }
      if (missing.includes('filedWithApprover')) {
        report({
          severity: 'warning',
          message: `${describeChange(change)}符合第十七条第二款（资金调整数额不超过概算总投资15%等），可以由项目建设单位调整，但应“同时向县发改委备案”，尚无备案记录。`,
          action: '请向县发改委备案，并登记备案日期。',
        });
      }
    }
  },
};

// 第十七条 项目审批环节未全部完成,需要对项目建设内容进行调整的,应当在初步设计中以独立章节对调整部分进行定量补充说明,
// 不再重新报批项目建议书、可行性研究报告。
export const changeBeforeApprovalsComplete: Rule<XichuanParameter> = {
  id: ruleId('art17-change-before-approvals-complete'),
  title: '审批未完成时的调整：初步设计独立章节',
  citation: art(17),
  quote: '应当在初步设计中以独立章节对调整部分进行定量补充说明',
  check(view, ctx, report) {
    for (const { change } of changesOnRoute(view, ctx, 'designChapter')) {
      report({
        severity: 'blocking',
        message: `项目审批环节未全部完成，${describeChange(change)}应当在初步设计中以独立章节对调整部分进行定量补充说明，尚无该说明的记录。`,
        action: `请在初步设计中增加独立章节定量说明调整部分，并登记“${CHANGE_APPROVAL_LABELS.designChapter}”；不再重新报批项目建议书、可行性研究报告。`,
      });
    }
  },
};

// 第十七条 未经规定程序批准,任何单位和个人不得擅自修改政务信息化项目的建设内容。……
// 不符合上述情形的,应当按照有关规定履行相应手续。
export const changeFullProcedure: Rule<XichuanParameter> = {
  id: ruleId('art17-change-full-procedure'),
  title: '其他调整：按规定履行手续',
  citation: art(17),
  quote: '不符合上述情形的,应当按照有关规定履行相应手续',
  check(view, ctx, report) {
    for (const { change, reasons } of changesOnRoute(view, ctx, 'fullProcedure')) {
      report({
        severity: 'blocking',
        message: `${describeChange(change)}不能由项目建设单位自行调整（${reasons.join('；')}），应按照有关规定履行相应手续；“未经规定程序批准,任何单位和个人不得擅自修改政务信息化项目的建设内容”。`,
        action: '请按规定程序向原审批部门重新报批，获批前不得实施调整。',
      });
    }
  },
};

export const changeControlRules = [changeWithinCap, changeBeforeApprovalsComplete, changeFullProcedure];
