/**
 * 第二章 规划和审批管理: which reviews and approvals a project needs.
 *
 * - 第八条: 事前绩效评估 before 立项 (its conclusion recorded as the `preAssessment` review).
 * - 第十条、第十一条: 市大数据局 reviews 建设必要性、技术可行性和预算合理性; its
 *   审核意见 (the `technical` review) is the precondition of 立项 and of funding.
 * - 第四条: 市发展改革委's 投资立项审批 for projects 涉及固定资产投资 (政府投资建设类).
 * - 第十二条 (a path of its own): projects that 国家有关部委、省直有关部门 organise
 *   (`superiorDeclared`) need 市大数据局's 同意申报的审核意见 before they are
 *   declared, and are approved by that superior; the local 立项 steps do not apply.
 */
import type { ApprovalStep } from '../../framework/approval';
import { approvalStepsRule } from '../../framework/approval';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { establishmentRequest, superiorDeclaration } from './checkpoints';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

// 第八条 项目建设单位在报市大数据局立项前，需进行事前绩效评估，作为预算申请和项目立项的前置条件。
const preAssessment: ApprovalStep = {
  review: 'preAssessment',
  label: '事前绩效评估',
  citation: art(8),
  quote: '作为预算申请和项目立项的前置条件',
  before: 'approved',
  strength: 'required',
  at: establishmentRequest,
};

// 第十条 市大数据局组织对项目建设单位申报的政务信息系统项目建设必要性、技术可行性和预算合理性进行评审。
// 第十一条 市大数据局的审核意见是项目立项和资金安排的前提和依据。
const reviewOpinion: ApprovalStep = {
  review: 'technical',
  label: '市大数据局审核意见（建设必要性、技术可行性和预算合理性评审）',
  citation: art(11),
  quote: '市大数据局的审核意见是项目立项和资金安排的前提和依据',
  before: 'approved',
  strength: 'required',
  // “前提”: 市发展改革委's 投资立项审批 may not be dated before the opinion.
  precedes: ['establishment'],
};

// 第四条 市发展改革委负责对涉及固定资产投资的政务信息系统项目进行投资立项审批。
const fixedAssetApproval: ApprovalStep = {
  review: 'establishment',
  label: '市发展改革委投资立项审批',
  citation: art(4),
  quote: '市发展改革委负责对涉及固定资产投资的政务信息系统项目进行投资立项审批',
  before: 'procurement',
  strength: 'required',
};

// 第十二条 ……项目建设单位按有关规定程序组织申报前，须取得市大数据局同意申报的审核意见，
// 并在国家有关部委、省直有关部门审批后报市大数据局备案。
const consentToDeclare: ApprovalStep = {
  review: 'technical',
  label: '市大数据局同意申报的审核意见',
  citation: art(12),
  quote: '须取得市大数据局同意申报的审核意见',
  before: 'declared',
  strength: 'required',
  at: superiorDeclaration,
};
const superiorApproval: ApprovalStep = {
  review: 'establishment',
  label: '国家有关部委、省直有关部门审批',
  citation: art(12),
  quote: '并在国家有关部委、省直有关部门审批后报市大数据局备案',
  before: 'approved',
  strength: 'required',
};

const PATHS = {
  superiorDeclared: [consentToDeclare, superiorApproval],
  investment: [preAssessment, reviewOpinion, fixedAssetApproval],
  service: [preAssessment, reviewOpinion],
} as const;

export const hezeApprovalSteps: readonly ApprovalStep[] = [...new Set(Object.values(PATHS).flat())];

export function hezeApprovalPath(view: FactsView): readonly ApprovalStep[] {
  if (view.attributes.superiorDeclared) return PATHS.superiorDeclared;
  return view.project.projectClass === 'investment' ? PATHS.investment : PATHS.service;
}

export const approvalRules: readonly Rule<HezeParameter>[] = [
  approvalStepsRule<HezeParameter>({
    id: ruleId('art8-pre-assessment'),
    title: '事前绩效评估',
    citation: art(8),
    quote: '需进行事前绩效评估，作为预算申请和项目立项的前置条件',
    path: hezeApprovalPath,
  }),
  approvalStepsRule<HezeParameter>({
    id: ruleId('art11-review-opinion'),
    title: '市大数据局审核意见',
    citation: art(11),
    quote: '市大数据局的审核意见是项目立项和资金安排的前提和依据',
    path: hezeApprovalPath,
  }),
  approvalStepsRule<HezeParameter>({
    id: ruleId('art4-fixed-asset-approval'),
    title: '涉及固定资产投资的投资立项审批',
    citation: art(4),
    quote: '市发展改革委负责对涉及固定资产投资的政务信息系统项目进行投资立项审批',
    path: hezeApprovalPath,
  }),
  approvalStepsRule<HezeParameter>({
    id: ruleId('art12-superior-declaration'),
    title: '上级部门组织申报的项目',
    citation: art(12),
    quote: '须取得市大数据局同意申报的审核意见',
    path: hezeApprovalPath,
  }),
];
