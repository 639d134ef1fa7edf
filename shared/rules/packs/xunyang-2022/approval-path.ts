/**
 * 第二章 规划和审批: which reviews and approvals a project needs.
 *
 * - 第八条: a project in the annual round passes the 初审 organised by 区信息办 and
 *   立项 before it is approved, and the 可行性研究报告批复 before it enters the
 *   annual plan (“完成立项，可行性研究报告批复手续后，打包纳入……报区政府批准”).
 * - 第九条 (exception): 个别特殊或紧急项目 outside the annual plan (attribute
 *   `temporary`) need 区信息办组织相关单位评审 and 区政府批准 instead.
 * The 办法 makes no exception for purchases or services: every project takes one of the two paths.
 */
import type { ApprovalStep } from '../../framework/approval';
import { approvalStepsRule } from '../../framework/approval';
import type { Rule } from '../../framework/rule';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { XunyangParameter } from './parameters';

// 第八条 区信息办根据收集到的项目建议书编制下一年度本区信息化建设项目年度计划（草案），组织相关部门对信息化项目计划书（草案）进行初审，
// 符合条件的，完成立项，可行性研究报告批复手续后，打包纳入“年度区本级政府投资项目计划（草案）”，报区政府批准。
const article8Steps = '完成立项，可行性研究报告批复手续后';
const planReview: ApprovalStep = {
  review: 'technical',
  label: '区信息办组织相关部门初审',
  citation: art(8),
  quote: '组织相关部门对信息化项目计划书（草案）进行初审',
  before: 'approved',
  strength: 'required',
};
const establishment: ApprovalStep = {
  review: 'establishment',
  label: '区发改委立项',
  citation: art(8),
  quote: article8Steps,
  before: 'approved',
  strength: 'required',
};
const feasibility: ApprovalStep = {
  review: 'feasibility',
  label: '可行性研究报告批复',
  citation: art(8),
  quote: article8Steps,
  before: 'planned',
  strength: 'required',
};

// 第九条 如有个别特殊或紧急项目，建设单位应将有关材料提交区信息办，并说明项目建设理由，区信息办组织相关单位评审并报区政府批准。
const article9Quote = '区信息办组织相关单位评审并报区政府批准';
const unplannedReview: ApprovalStep = {
  review: 'technical',
  label: '区信息办组织相关单位评审',
  citation: art(9),
  quote: article9Quote,
  before: 'approved',
  strength: 'required',
};
const unplannedApproval: ApprovalStep = {
  review: 'governmentApproval',
  label: '报区政府批准',
  citation: art(9),
  quote: article9Quote,
  before: 'approved',
  strength: 'required',
};

const PATHS = {
  annualPlan: [planReview, establishment, feasibility],
  unplanned: [unplannedReview, unplannedApproval],
} as const;

export const xunyangApprovalSteps: readonly ApprovalStep[] = [...PATHS.annualPlan, ...PATHS.unplanned];

export function xunyangApprovalPath(view: FactsView): readonly ApprovalStep[] {
  return view.attributes.temporary ? PATHS.unplanned : PATHS.annualPlan;
}

export const approvalRules: readonly Rule<XunyangParameter>[] = [
  approvalStepsRule<XunyangParameter>({
    id: ruleId('art8-plan-approvals'),
    title: '年度计划项目的初审、立项和可研批复',
    citation: art(8),
    quote: '符合条件的，完成立项，可行性研究报告批复手续后，打包纳入“年度区本级政府投资项目计划（草案）”，报区政府批准',
    path: xunyangApprovalPath,
  }),
  approvalStepsRule<XunyangParameter>({
    id: ruleId('art9-unplanned-approvals'),
    title: '计划外特殊或紧急项目的评审和批准',
    citation: art(9),
    quote: article9Quote,
    path: xunyangApprovalPath,
  }),
  // 第九条 对未纳入年度计划的项目，原则上不予同意建设。 (原则上 → warning; the exception is the path above.)
  {
    id: ruleId('art9-unplanned-not-built'),
    title: '未纳入年度计划的项目原则上不予同意建设',
    citation: art(9),
    quote: '对未纳入年度计划的项目，原则上不予同意建设',
    check(view, _ctx, report) {
      if (!view.atOrAfter('procurement') || view.attributes.temporary || view.first('includedInAnnualPlan')) return;
      report({
        severity: 'warning',
        message: '项目已进入招标采购及以后阶段，但没有纳入年度计划的记录；依第九条，“对未纳入年度计划的项目，原则上不予同意建设”。',
        action: '请登记纳入年度计划的情况；属个别特殊或紧急项目的，请登记为计划外项目，按第九条提交材料、说明建设理由，经区信息办组织评审并报区政府批准。',
      });
    },
  },
];
