/**
 * The lifecycle this 办法 describes, as transitions between the common stages.
 * Approval steps (approval-path.ts) and checklists (checklists.ts) due by the
 * target stage are added to every forward transition by the framework.
 *
 * The department's annual plan comes before the 立项申请 here (第七条), so the
 * common `planned` stage is not used: an approved project goes to procurement.
 * The 办法 has no provision on shutting systems down.
 */
import { stageGateRule } from '../../framework/common/stage-gate';
import type { Lifecycle } from '../../framework/lifecycle';
import type { FactsView } from '../../framework/view';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

const hasDecision = (outcome: 'rejected' | 'rectify') => (view: FactsView): boolean =>
  view.all('review').some((review) => review.outcome === outcome);

export const hezeLifecycle: Lifecycle = {
  transitions: [
    // 第七条 项目建设单位应依据批复的政务信息系统建设规划和年度建设计划，研究提出政务信息系统项目立项申请。
    {
      from: 'draft',
      to: 'declared',
      citation: art(7),
      quote: '研究提出政务信息系统项目立项申请',
      needs: [{ kind: 'event', event: 'declarationSubmitted', citation: art(7) }],
    },
    // 第十条 市大数据局组织对项目建设单位申报的政务信息系统项目建设必要性、技术可行性和预算合理性进行评审。
    { from: 'declared', to: 'underReview', citation: art(10), quote: '建设必要性、技术可行性和预算合理性进行评审', needs: [] },
    // 第十一条 市大数据局的审核意见是项目立项和资金安排的前提和依据。
    { from: 'underReview', to: 'approved', citation: art(11), quote: '市大数据局的审核意见是项目立项和资金安排的前提和依据', needs: [] },
    {
      from: 'underReview',
      to: 'rejected',
      citation: art(10),
      quote: '原则上不予审批',
      needs: [{ kind: 'condition', label: '审核结论为“不予通过”', citation: art(10), test: hasDecision('rejected') }],
    },
    {
      from: 'underReview',
      to: 'declared',
      citation: art(10),
      quote: '建设必要性、技术可行性和预算合理性进行评审',
      needs: [{ kind: 'condition', label: '审核结论为“补正后再审”', citation: art(10), test: hasDecision('rectify') }],
    },
    // A project not approved may be proposed again from a later year's plan.
    { from: 'rejected', to: 'draft', citation: art(7), quote: '研究提出政务信息系统项目立项申请', needs: [] },
    // 第十六条 项目建设单位要按照政府采购有关法律法规，以及审核批准的采购内容组织采购活动。
    { from: 'approved', to: 'procurement', citation: art(16), quote: '以及审核批准的采购内容组织采购活动', needs: [] },
    // 第十六条 ……签订正式采购合同
    {
      from: 'procurement',
      to: 'construction',
      citation: art(16),
      quote: '签订正式采购合同',
      needs: [{ kind: 'event', event: 'contractSigned', citation: art(16) }],
    },
    // 第二十三条 项目建设单位应在完成项目建设任务后半年内，向项目审批部门提交竣工验收申请报告。
    // (The 办法 neither requires nor forbids a trial run: both ways are open.)
    {
      from: 'construction',
      to: 'trialRun',
      citation: art(23),
      quote: '完成项目建设任务后半年内',
      needs: [{ kind: 'event', event: 'completed', citation: art(23) }],
    },
    {
      from: 'construction',
      to: 'acceptance',
      citation: art(23),
      quote: '完成项目建设任务后半年内',
      needs: [{ kind: 'event', event: 'completed', citation: art(23) }],
    },
    { from: 'trialRun', to: 'acceptance', citation: art(23), quote: '向项目审批部门提交竣工验收申请报告', needs: [] },
    // 第二十二条 项目建设单位应按照国家、省及市关于政务信息系统项目验收的相关规定开展竣工验收工作。
    {
      from: 'acceptance',
      to: 'operation',
      citation: art(22),
      quote: '开展竣工验收工作',
      needs: [{ kind: 'event', event: 'finalAcceptancePassed', citation: art(22) }],
    },
  ],
};

// 第七条 项目建设单位应……研究提出政务信息系统项目立项申请: a project past the draft without an application on record.
export const establishmentApplicationGate = stageGateRule<HezeParameter>({
  id: ruleId('art7-establishment-application'),
  title: '提出立项申请',
  citation: art(7),
  quote: '研究提出政务信息系统项目立项申请',
  lifecycle: hezeLifecycle,
  action: '请登记立项申请（申报）的日期；尚未提出的，应退回“草稿”阶段。',
});

// 第二十二条 项目建设单位应按照……相关规定开展竣工验收工作: in operation without a passed final acceptance.
export const finalAcceptanceGate = stageGateRule<HezeParameter>({
  id: ruleId('art22-final-acceptance'),
  title: '开展竣工验收',
  citation: art(22),
  quote: '开展竣工验收工作',
  lifecycle: hezeLifecycle,
  action: '请登记竣工验收通过的日期和验收报告；尚未验收的，应退回“验收”阶段组织验收。',
});

/** The articles this lifecycle enforces also report a finding when a project is past the gate without the event. */
export const stageGateRules = [establishmentApplicationGate, finalAcceptanceGate];
