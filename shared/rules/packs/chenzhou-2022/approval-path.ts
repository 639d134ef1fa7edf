/**
 * 第二章 项目申报与评审管理: which reviews a project needs, by its total investment.
 *
 * - 第八条: after inclusion in the annual plan, three tiers by 总投资:
 *   未达到政府采购限额标准 (< limit): the unit carries it out itself, no review;
 *   政府采购限额标准以上、立项金额标准以下 (limit ≤ total < threshold): 技术初审、财政投资评审;
 *   立项金额标准以上 (≥ threshold): 立项、技术初审、财政投资评审.
 *   以上 and 以下 both include the number (《民法典》第一千二百五十九条), so a total equal
 *   to the 立项金额标准 is in both wordings; it takes the 立项 path, because “在立项金额标准
 *   以上的，需进行立项” then applies to it and the lighter wording does not excuse it.
 *   “未达到” is <, so a total equal to the 政府采购限额标准 has reached it (middle tier).
 * - 第九条 names who does what: 市发改委 立项审批, 市行政审批服务局 建设方案技术评审,
 *   市财政局 财政投资评审, and the 前置审查 of 市委办 (密码、安全可靠、电子文件) and
 *   市委网信办 (网络安全). The 前置审查 are required here for the projects 第八条 sends
 *   to review; a project the unit carries out itself has no review for them to precede.
 *
 * Every step is due before 招标采购 (`procurement`): 第八条 speaks of 纳入年度计划的项目.
 */
import { fenToWanYuan } from '../../../domain/money';
import type { ApprovalStep } from '../../framework/approval';
import { isAtOrAbove, isUnder } from '../../framework/comparisons';
import { approvalStepsRule } from '../../framework/approval';
import type { Rule, RuleContext } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { ChenzhouParameter } from './parameters';

type Ctx = RuleContext<ChenzhouParameter>;

export type InvestmentTier = 'selfImplemented' | 'reviewed' | 'establishment';

/** 第八条's tier of the project, by 总投资 against the two amounts (office parameters). */
export function investmentTier(view: FactsView, ctx: Ctx): InvestmentTier {
  const total = view.project.totalInvestmentFen;
  if (isUnder(total, ctx.params.number('procurementLimitFen'))) return 'selfImplemented'; // 未达到
  if (isAtOrAbove(total, ctx.params.number('establishmentThresholdFen'))) return 'establishment'; // 立项金额标准以上
  return 'reviewed'; // 政府采购限额标准以上，立项金额标准以下 (the threshold itself went to 立项 above)
}

/** The two amounts 第八条 names without fixing. */
export const TIER_PARAMETERS: readonly ChenzhouParameter[] = ['procurementLimitFen', 'establishmentThresholdFen'];
const BELOW_LIMIT: readonly ChenzhouParameter[] = ['procurementLimitFen'];
const AT_THRESHOLD: readonly ChenzhouParameter[] = ['establishmentThresholdFen'];

/**
 * The amounts the project's tier rests on: below the 限额 only the 限额, at or above the
 * 立项金额标准 only that standard (第八条 orders them: 限额标准以上、立项金额标准以下, so the
 * 限额 is not above the 立项金额标准), in between both.
 */
export function tierParameters(view: FactsView, ctx: Ctx): readonly ChenzhouParameter[] {
  switch (investmentTier(view, ctx)) {
    case 'selfImplemented':
      return BELOW_LIMIT;
    case 'establishment':
      return AT_THRESHOLD;
    case 'reviewed':
      return TIER_PARAMETERS;
  }
}

/** A rule whose every finding rests on the project's tier (the office's amounts, while unset: info). */
export function restingOnTier(rule: Rule<ChenzhouParameter>): Rule<ChenzhouParameter> {
  return { ...rule, parameters: tierParameters };
}

/** '50.00 万元' (the framework adds the default's note to the finding). */
export function amountText(ctx: Ctx, id: 'procurementLimitFen' | 'establishmentThresholdFen'): string {
  return `${fenToWanYuan(ctx.params.number(id))} 万元`;
}

// 第八条 ……总投资在政府采购限额标准以上，立项金额标准以下的，需进行技术初审、财政投资评审等工作；
// 总投资在立项金额标准以上的，需进行立项、技术初审、财政投资评审等工作。
const article8Quote = '技术初审、财政投资评审等工作';
const technicalReview: ApprovalStep = {
  review: 'technical',
  label: '市行政审批服务局建设方案技术评审（技术初审）',
  citation: art(8),
  quote: article8Quote,
  before: 'procurement',
  strength: 'required',
};
const financeReview: ApprovalStep = {
  review: 'finance',
  label: '市财政局财政投资评审',
  citation: art(8),
  quote: article8Quote,
  before: 'procurement',
  strength: 'required',
};
const establishment: ApprovalStep = {
  review: 'establishment',
  label: '市发改委立项审批',
  citation: art(8),
  quote: '需进行立项、技术初审、财政投资评审等工作',
  before: 'procurement',
  strength: 'required',
};

// 第九条 市委办开展对国家密码管理政策法规标准、安全可靠要求、国家电子文件管理政策等情况的前置审查……；
// 市委网信办开展网络安全前置审查备案工作
const cryptoPreReview: ApprovalStep = {
  review: 'cryptography',
  label: '市委办对国家密码管理政策法规标准、安全可靠要求、国家电子文件管理政策等情况的前置审查',
  citation: art(9),
  quote: '市委办开展对国家密码管理政策法规标准、安全可靠要求、国家电子文件管理政策等情况的前置审查',
  before: 'procurement',
  strength: 'required',
};
const securityPreReview: ApprovalStep = {
  review: 'security',
  label: '市委网信办网络安全前置审查备案',
  citation: art(9),
  quote: '市委网信办开展网络安全前置审查备案工作',
  before: 'procurement',
  strength: 'required',
};

const PATHS: Readonly<Record<InvestmentTier, readonly ApprovalStep[]>> = {
  selfImplemented: [],
  reviewed: [technicalReview, financeReview, cryptoPreReview, securityPreReview],
  establishment: [establishment, technicalReview, financeReview, cryptoPreReview, securityPreReview],
};

export const chenzhouApprovalSteps: readonly ApprovalStep[] = [...new Set(Object.values(PATHS).flat())];

export function chenzhouApprovalPath(view: FactsView, ctx: Ctx): readonly ApprovalStep[] {
  return PATHS[investmentTier(view, ctx)];
}

export const approvalRules: readonly Rule<ChenzhouParameter>[] = [
  restingOnTier(
    approvalStepsRule<ChenzhouParameter>({
      id: ruleId('art8-tiered-reviews'),
      title: '按投资额确定的立项、技术初审、财政投资评审',
      citation: art(8),
      quote: '总投资在政府采购限额标准以上，立项金额标准以下的，需进行技术初审、财政投资评审等工作',
      path: chenzhouApprovalPath,
    }),
  ),
  restingOnTier(
    approvalStepsRule<ChenzhouParameter>({
      id: ruleId('art9-pre-reviews'),
      title: '密码、安全可靠和网络安全前置审查',
      citation: art(9),
      quote: '市委网信办开展网络安全前置审查备案工作',
      path: chenzhouApprovalPath,
    }),
  ),
  // 第八条 纳入年度计划的信息化项目，总投资未达到政府采购限额标准的，由项目建设单位自行组织实施
  {
    id: ruleId('art8-self-implementation'),
    title: '未达到政府采购限额标准的项目自行组织实施',
    citation: art(8),
    quote: '总投资未达到政府采购限额标准的，由项目建设单位自行组织实施',
    parameters: BELOW_LIMIT,
    check(view, ctx, report) {
      if (!view.isIn('planned', 'procurement', 'construction') || investmentTier(view, ctx) !== 'selfImplemented') return;
      report({
        severity: 'info',
        message: `项目总投资 ${fenToWanYuan(view.project.totalInvestmentFen)} 万元，未达到政府采购限额标准 ${amountText(ctx, 'procurementLimitFen')}；依“总投资未达到政府采购限额标准的，由项目建设单位自行组织实施”，无需技术初审、财政投资评审。`,
        action: '由项目建设单位自行组织实施，并按单位内部制度做好采购、合同和监理管理。',
      });
    },
  },
];
