/**
 * 第二章 统一规划评估、第三章 统一技术评审: which reviews and approvals a project needs.
 *
 * - 第七条: every project's 建设需求 goes through the 市城市运行管理中心's 统一答辩、
 *   评估和论证 (recorded as the `preAssessment` review) before it is approved.
 * - 第八条, two paths:
 *   - 信息服务领域(无新增固定资产投资) (政府购买服务类, or flagged `noNewFixedAssets`):
 *     no fixed-asset approval; the center's 审查意见, then 预算评审 and procurement.
 *   - 新增固定资产投资: after the center's 必要性论证 (the 第七条 argument, same
 *     office, same question), 市发展和改革局 approves the 实施方案或初步设计 before the
 *     project enters the plan.
 * - 第九条、第十条: the center's 统一技术评审 of the 技术设计书 (or 建设方案).
 * - 第十二条: 市财政局's 投资预算评审 after the technical review.
 */
import type { ApprovalStep } from '../../framework/approval';
import { approvalStepsRule } from '../../framework/approval';
import type { ProcedureStep } from '../../framework/path';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { LaohekouParameter } from './parameters';

// 第七条 市城市运行管理中心……对部门申报的项目建设需求组织统一答辩、评估和论证,论证后确定是否实施。
const argumentStep: ApprovalStep = {
  review: 'preAssessment',
  label: '市城市运行管理中心组织的统一答辩、评估和论证',
  citation: art(7),
  quote: '对部门申报的项目建设需求组织统一答辩、评估和论证,论证后确定是否实施',
  before: 'approved',
  strength: 'required',
  // “论证后确定是否实施”: the technical review (第八条、第九条) and 发改 approval come after it.
  precedes: ['technical', 'establishment'],
};

// 第八条 信息服务领域(无新增固定资产投资)的项目……不履行固定资产投资审批程序,
// 由市城市运行管理中心出具审查意见后直接履行预算评审、政府采购和绩效评价手续。
const serviceOpinion: ApprovalStep = {
  review: 'technical',
  label: '市城市运行管理中心出具审查意见',
  citation: art(8),
  quote: '由市城市运行管理中心出具审查意见后直接履行预算评审、政府采购和绩效评价手续',
  before: 'procurement',
  strength: 'required',
};

// 第八条 新增固定资产投资的信息化项目,……直接编制实施方案或初步设计,并按有关要求提请市发展和改革部门审批
const ndrcApproval: ApprovalStep = {
  review: 'establishment',
  label: '市发展和改革局审批（实施方案或初步设计）',
  citation: art(8),
  quote: '并按有关要求提请市发展和改革部门审批',
  before: 'planned',
  strength: 'required',
};

// 第九条 市城市运行管理中心负责组织开展全市信息化和智慧城市项目的统一技术评审工作。
// 第十条 ……编制完成后报市城市运行管理中心开展技术评审,推动项目实施。
const technicalReview: ApprovalStep = {
  review: 'technical',
  label: '市城市运行管理中心统一技术评审',
  citation: art(9),
  quote: '负责组织开展全市信息化和智慧城市项目的统一技术评审工作',
  before: 'procurement',
  strength: 'required',
};

// 第十二条 市城市运行管理中心在完成技术评审后,将专家技术评审意见、修改完善后的项目技术设计书(或建设方案)等
// 报送至市财政局开展投资预算评审。
const budgetReview: ApprovalStep = {
  review: 'finance',
  label: '市财政局投资预算评审',
  citation: art(12),
  quote: '报送至市财政局开展投资预算评审',
  before: 'procurement',
  strength: 'required',
};

const PATHS = {
  servicePurchase: [argumentStep, serviceOpinion, budgetReview],
  fixedAssets: [argumentStep, ndrcApproval, technicalReview, budgetReview],
} as const;

export const laohekouApprovalSteps: readonly ApprovalStep[] = [...new Set(Object.values(PATHS).flat())];

/** 第八条 信息服务领域(无新增固定资产投资): bought as a service, outside the fixed-asset approvals. */
export function isServicePurchase(view: FactsView): boolean {
  return view.project.projectClass === 'service' || view.attributes.noNewFixedAssets;
}

export function laohekouApprovalPath(view: FactsView): readonly ApprovalStep[] {
  return isServicePurchase(view) ? PATHS.servicePurchase : PATHS.fixedAssets;
}

// 第八条 ……由市城市运行管理中心出具审查意见后直接履行预算评审、政府采购和绩效评价手续: the 预算评审 is
// the 第十二条 step above; 政府采购 and 绩效评价 are on the path too, recorded by their events.
const servicePurchaseQuote = '由市城市运行管理中心出具审查意见后直接履行预算评审、政府采购和绩效评价手续';
const SERVICE_PROCEDURES: readonly ProcedureStep[] = [
  { label: '政府采购', citation: art(8), quote: servicePurchaseQuote, before: 'construction', event: 'contractSigned' },
  { label: '绩效评价', citation: art(8), quote: servicePurchaseQuote, before: 'operation', event: 'selfEvaluationSubmitted' },
];

/** The non-approval steps 第八条 lists for a service purchase (the fixed-asset path lists none). */
export function laohekouProcedures(view: FactsView): readonly ProcedureStep[] {
  return isServicePurchase(view) ? SERVICE_PROCEDURES : [];
}

export const approvalRules: readonly Rule<LaohekouParameter>[] = [
  approvalStepsRule<LaohekouParameter>({
    id: ruleId('art7-unified-argument'),
    title: '统一答辩、评估和论证',
    citation: art(7),
    quote: '论证后确定是否实施',
    path: laohekouApprovalPath,
  }),
  approvalStepsRule<LaohekouParameter>({
    id: ruleId('art8-approval-path'),
    title: '购买服务与新增固定资产投资项目的审批',
    citation: art(8),
    quote: '不履行固定资产投资审批程序',
    path: laohekouApprovalPath,
  }),
  approvalStepsRule<LaohekouParameter>({
    id: ruleId('art9-unified-technical-review'),
    title: '统一技术评审',
    citation: art(9),
    quote: '负责组织开展全市信息化和智慧城市项目的统一技术评审工作',
    path: laohekouApprovalPath,
  }),
  approvalStepsRule<LaohekouParameter>({
    id: ruleId('art12-budget-review'),
    title: '投资预算评审',
    citation: art(12),
    quote: '报送至市财政局开展投资预算评审',
    path: laohekouApprovalPath,
  }),
];
