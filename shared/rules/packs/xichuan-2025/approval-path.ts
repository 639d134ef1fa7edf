/**
 * 第二章 项目申报与审批管理: which reviews and approvals a project needs.
 *
 * - 第七条: every project is reviewed by 县行政审批和政务信息管理局 and approved by
 *   县政府; 单纯设备和软件类采购 and 政府购买服务类 projects may then be carried out.
 * - 第八条 (exception to 第七条): a temporary project outside the annual plan
 *   needs 县分管领导同意, 技术性审查 and 县发改委审批 before entering the year's list.
 * - 第九条: government-investment projects 原则上 also pass 项目建议书, 可行性研究报告
 *   and 初步设计 approvals.
 * - 第七条 “除上级有明确要求外” and 第八条 “按要求执行” (exception): when a
 *   superior prescribes the procedure, this 办法 requires no step.
 */
import type { ApprovalStep } from '../../framework/approval';
import { approvalStepsRule } from '../../framework/approval';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { XichuanParameter } from './parameters';

// 第七条 县行政审批和政务信息管理局对下年度拟建设或采购的政务信息化项目……进行审查,并出具项目审查意见。
// 县发改委对审查通过的政务信息化项目,报县政府批准后列入政府投资项目储备库
// ……未经审查的政务信息化项目,原则上县发改委不予审批: the sanction is 原则上, so a missing
// step warns (inPrinciple) like every other 原则上 in the five packs.
const investmentReview: ApprovalStep = {
  review: 'technical',
  label: '县行政审批和政务信息管理局技术性审查',
  citation: art(7),
  quote: '并出具项目审查意见',
  before: 'approved',
  strength: 'inPrinciple',
  // “县发改委对审查通过的政务信息化项目,报县政府批准”: the review comes first.
  precedes: ['governmentApproval'],
};
const investmentGovernmentApproval: ApprovalStep = {
  review: 'governmentApproval',
  label: '报县政府批准',
  citation: art(7),
  quote: '报县政府批准后列入政府投资项目储备库',
  before: 'approved',
  strength: 'inPrinciple',
};

// 第七条 单纯设备和软件类采购项目以及政府购买服务类的政务信息化项目,
// 县行政审批和政务信息管理局审查通过、报县政府批准后可以实施。
// “……后可以实施” has no 原则上: without both, such a project may not be carried out.
const procurementReview: ApprovalStep = {
  ...investmentReview,
  quote: '审查通过、报县政府批准后可以实施',
  strength: 'required',
};
const procurementGovernmentApproval: ApprovalStep = {
  ...investmentGovernmentApproval,
  quote: '审查通过、报县政府批准后可以实施',
  strength: 'required',
};

// 第八条 对国家和省、市的临时安排,不在年度建设计划范围内的项目,由需求单位报县分管领导同意后,
// 经县行政审批和政务信息管理局技术性审查、县发改委审批后,可列入当年项目清单实施。
const temporaryLeaderConsent: ApprovalStep = {
  review: 'leaderConsent',
  label: '县分管领导同意',
  citation: art(8),
  quote: '由需求单位报县分管领导同意后',
  before: 'approved',
  strength: 'required',
  // “报县分管领导同意后,经……技术性审查、县发改委审批”: the consent comes first.
  precedes: ['technical', 'establishment'],
};
const temporaryReview: ApprovalStep = {
  review: 'technical',
  label: '县行政审批和政务信息管理局技术性审查',
  citation: art(8),
  quote: '经县行政审批和政务信息管理局技术性审查',
  before: 'approved',
  strength: 'required',
  precedes: ['establishment'],
};
const temporaryApproval: ApprovalStep = {
  review: 'establishment',
  label: '县发改委审批',
  citation: art(8),
  quote: '县发改委审批后,可列入当年项目清单实施',
  before: 'planned',
  strength: 'required',
};

// 第九条 政府资金投资建设(包括政府与社会企业联合建设)的政务信息化项目,
// 原则上应包括项目建议书、可行性研究报告、初步设计等审批环节。
const article9Quote = '原则上应包括项目建议书、可行性研究报告、初步设计等审批环节';
const investmentSteps: readonly ApprovalStep[] = [
  // The article lists the steps in their order (建议书 → 可研 → 初设); one approved before the step it follows is out of order.
  { review: 'proposal', label: '项目建议书审批', citation: art(9), quote: article9Quote, before: 'planned', strength: 'inPrinciple', precedes: ['feasibility', 'preliminaryDesign'] },
  { review: 'feasibility', label: '可行性研究报告审批', citation: art(9), quote: article9Quote, before: 'procurement', strength: 'inPrinciple', precedes: ['preliminaryDesign'] },
  { review: 'preliminaryDesign', label: '初步设计（概算）审批', citation: art(9), quote: article9Quote, before: 'procurement', strength: 'inPrinciple' },
];

const PATHS = {
  superior: [] as readonly ApprovalStep[],
  temporaryInvestment: [temporaryLeaderConsent, temporaryReview, temporaryApproval, ...investmentSteps],
  temporaryOther: [temporaryLeaderConsent, temporaryReview, temporaryApproval],
  procurementOrService: [procurementReview, procurementGovernmentApproval],
  investment: [investmentReview, investmentGovernmentApproval, ...investmentSteps],
} as const;

export const xichuanApprovalSteps: readonly ApprovalStep[] = [
  ...new Set(Object.values(PATHS).flat()),
];

export function isProcurementOrService(view: FactsView): boolean {
  return view.attributes.procurementOnly || view.project.projectClass === 'service';
}

/** Whether 第九条's approvals apply: government investment that is more than a purchase. */
function isInvestmentConstruction(view: FactsView): boolean {
  return view.project.projectClass === 'investment' && !view.attributes.procurementOnly;
}

export function xichuanApprovalPath(view: FactsView): readonly ApprovalStep[] {
  if (view.attributes.superiorProcedure) return PATHS.superior;
  if (view.attributes.temporary) return isInvestmentConstruction(view) ? PATHS.temporaryInvestment : PATHS.temporaryOther;
  if (isProcurementOrService(view)) return PATHS.procurementOrService;
  return PATHS.investment;
}

/** 第十七条 “项目审批环节已经全部完成”. */
export function allApprovalsComplete(view: FactsView): boolean {
  return xichuanApprovalPath(view).every((step) => view.approved(step.review));
}

export const approvalRules: readonly Rule<XichuanParameter>[] = [
  approvalStepsRule<XichuanParameter>({
    id: ruleId('art7-review-and-approval'),
    title: '技术性审查和县政府批准',
    citation: art(7),
    quote: '除上级有明确要求外,未经审查的政务信息化项目,原则上县发改委不予审批,县财政局不予安排预算',
    path: xichuanApprovalPath,
  }),
  approvalStepsRule<XichuanParameter>({
    id: ruleId('art8-temporary-project-approvals'),
    title: '临时安排项目的审批',
    citation: art(8),
    quote: '由需求单位报县分管领导同意后,经县行政审批和政务信息管理局技术性审查、县发改委审批后,可列入当年项目清单实施',
    path: xichuanApprovalPath,
  }),
  approvalStepsRule<XichuanParameter>({
    id: ruleId('art9-investment-approval-steps'),
    title: '政府投资项目的审批环节',
    citation: art(9),
    quote: article9Quote,
    path: xichuanApprovalPath,
  }),
  // 第七条 除上级有明确要求外 / 第八条 国家和省、市对相关工作开展流程有特定要求的,按要求执行。
  {
    id: ruleId('art7-superior-requirement'),
    title: '上级有明确要求的项目',
    citation: art(7),
    quote: '除上级有明确要求外',
    check(view, _ctx, report) {
      if (!view.attributes.superiorProcedure) return;
      report({
        severity: 'info',
        message: '本项目登记为上级对审批流程有明确要求，依“除上级有明确要求外”，不按本办法第七条至第九条的审查审批路径检查。',
        action: '请上传上级文件，并按其要求的流程办理和登记审批结论。',
      });
    },
  },
];
