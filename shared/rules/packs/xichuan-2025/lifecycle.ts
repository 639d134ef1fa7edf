/**
 * The lifecycle this 办法 describes, as transitions between the common stages.
 * Approval steps (approval-path.ts) and checklists (checklists.ts) due by the
 * target stage are added to every forward transition by the framework.
 */
import type { Lifecycle, Requirement } from '../../framework/lifecycle';
import type { FactsView } from '../../framework/view';
import { isProcurementOrService } from './approval-path';
import { art } from './meta';

const hasDecision = (outcome: 'rejected' | 'rectify') => (view: FactsView): boolean =>
  view.all('review').some((review) => review.outcome === outcome);

// 第七条 单纯设备和软件类采购项目以及政府购买服务类的政务信息化项目,……审查通过、报县政府批准后可以实施。
const procurementOrService: Requirement = {
  kind: 'condition',
  label: '属于单纯设备和软件类采购项目或政府购买服务类项目（其他项目须先列入年度政府投资计划）',
  citation: art(7),
  test: isProcurementOrService,
};

export const xichuanLifecycle: Lifecycle = {
  transitions: [
    // 第七条 每年6月底前,项目建设单位主管部门……报送下年度拟建设(或采购)的政务信息化项目材料。
    { from: 'draft', to: 'declared', citation: art(7), quote: '每年6月底前', needs: [{ kind: 'event', event: 'declarationSubmitted', citation: art(7) }] },
    // 第七条 县行政审批和政务信息管理局……进行审查,并出具项目审查意见。
    { from: 'declared', to: 'underReview', citation: art(7), quote: '并出具项目审查意见', needs: [] },
    { from: 'underReview', to: 'approved', citation: art(7), quote: '报县政府批准后列入政府投资项目储备库', needs: [] },
    {
      from: 'underReview',
      to: 'rejected',
      citation: art(7),
      quote: '并出具项目审查意见',
      needs: [{ kind: 'condition', label: '审查结论为“不予通过”', citation: art(7), test: hasDecision('rejected') }],
    },
    {
      from: 'underReview',
      to: 'declared',
      citation: art(7),
      quote: '并出具项目审查意见',
      needs: [{ kind: 'condition', label: '审查结论为“补正后再审”', citation: art(7), test: hasDecision('rectify') }],
    },
    // A rejected project may be prepared again for a later year's declaration.
    { from: 'rejected', to: 'draft', citation: art(7), quote: '每年6月底前', needs: [] },
    // 第七条 编制项目年度政府投资计划 / 第八条 可列入当年项目清单实施
    {
      from: 'approved',
      to: 'planned',
      citation: art(7),
      quote: '编制项目年度政府投资计划',
      needs: [{ kind: 'event', event: 'includedInAnnualPlan', citation: art(7) }],
    },
    { from: 'approved', to: 'procurement', citation: art(7), quote: '审查通过、报县政府批准后可以实施', needs: [procurementOrService] },
    // 第十四条 ……依据项目批复文件和技术审查意见(项目实施意见)的内容,按照招标投标、政府采购等法律法规要求组织招标采购。
    { from: 'planned', to: 'procurement', citation: art(14), quote: '按照招标投标、政府采购等法律法规要求组织招标采购', needs: [] },
    // 第十五条 项目建设单位应与项目承建单位签订建设合同
    {
      from: 'procurement',
      to: 'construction',
      citation: art(15),
      quote: '项目建设单位应与项目承建单位签订建设合同',
      needs: [{ kind: 'event', event: 'contractSigned', citation: art(15) }],
    },
    // 第十八条 政务信息化项目建成6个月内,项目建设单位应当按照有关规定组织验收
    {
      from: 'construction',
      to: 'trialRun',
      citation: art(18),
      quote: '政务信息化项目建成6个月内',
      needs: [{ kind: 'event', event: 'completed', citation: art(18) }],
    },
    {
      from: 'construction',
      to: 'acceptance',
      citation: art(18),
      quote: '政务信息化项目建成6个月内',
      needs: [{ kind: 'event', event: 'completed', citation: art(18) }],
    },
    { from: 'trialRun', to: 'acceptance', citation: art(18), quote: '政务信息化项目建成6个月内', needs: [] },
    {
      from: 'acceptance',
      to: 'operation',
      citation: art(18),
      quote: '项目建设单位应当按照有关规定组织验收',
      needs: [{ kind: 'event', event: 'finalAcceptancePassed', citation: art(18) }],
    },
    // 第二十条 ……系统使用单位须及时向县行政审批和政务信息管理局报告相关情况,经核准同意后进行关停处理。
    {
      from: 'operation',
      to: 'shutDown',
      citation: art(20),
      quote: '经核准同意后进行关停处理',
      needs: [{ kind: 'review', review: 'shutdown', citation: art(20) }],
    },
  ],
};
