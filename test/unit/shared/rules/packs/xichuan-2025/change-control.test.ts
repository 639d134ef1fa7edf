import type { ChangeApproval, ChangeReason, LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { INVESTMENT_APPROVALS, facts } from '../../support/facts';
import { describeRule } from '../../support/rule-cases';

const ESTIMATE = 1_000_000_000; // 概算总投资 1000 万元
const CAP = 150_000_000; // 15% = 150 万元
const ASOF = '2026-06-01';

interface ChangeSpec {
  adjustmentFen?: number;
  totalAfterFen?: number;
  reason?: ChangeReason;
  goalsUnchanged?: boolean;
  approvals?: ChangeApproval[];
  approvalsComplete?: boolean;
  estimate?: number | null;
}

function withChange(spec: ChangeSpec = {}) {
  const events: LifecycleEventInput[] = [
    ...(spec.approvalsComplete === false ? INVESTMENT_APPROVALS.slice(0, 2) : INVESTMENT_APPROVALS),
    {
      kind: 'changeRequested',
      date: '2026-05-01',
      changeId: 'BG-1',
      adjustmentFen: spec.adjustmentFen ?? 50_000_000,
      totalAfterFen: spec.totalAfterFen ?? ESTIMATE,
      reason: spec.reason ?? 'superiorDeployment',
      goalsUnchanged: spec.goalsUnchanged ?? true,
    },
  ];
  if (spec.approvals) events.push({ kind: 'changeApproved', date: '2026-05-10', changeId: 'BG-1', approvals: spec.approvals });
  const estimate = spec.estimate === undefined ? ESTIMATE : spec.estimate;
  return facts({
    project: { stage: 'construction' },
    events,
    attributes: estimate === null ? {} : { approvedEstimateFen: estimate },
  });
}

// 第十七条 项目审批环节已经全部完成,项目投资规模未超出概算批复、建设目标不变,项目建设内容确需调整且资金调整数额不超过概算总投资15%,
// 并符合下列情形之一的,可以由项目建设单位调整,同时向县发改委备案
describeRule('xichuan-2025/art17-change-within-15pct', 17, '资金调整数额不超过概算总投资15%', {
  holds: [
    { name: '（一）上级新部署，调整数额 50 万元，已向县发改委备案', facts: withChange({ approvals: ['filedWithApprover'] }), asOf: ASOF },
    { name: '不超过 15%：恰为 15%（150 万元）并已备案', facts: withChange({ adjustmentFen: CAP, approvals: ['filedWithApprover'] }), asOf: ASOF },
    {
      name: '（二）技术方案完善优化，县行政审批和政务信息管理局已出具意见并备案',
      facts: withChange({ reason: 'technologyOptimisation', approvals: ['technicalOpinion', 'filedWithApprover'] }),
      asOf: ASOF,
    },
    { name: '（三）在已批复框架下调整进度并备案', facts: withChange({ reason: 'scheduleAdjustment', approvals: ['filedWithApprover'] }), asOf: ASOF },
    { name: '超过 15% 的调整不归本款（按第四款）', facts: withChange({ adjustmentFen: CAP + 10_000 }), asOf: ASOF },
  ],
  fires: [
    { name: '可以由项目建设单位调整,同时向县发改委备案——未备案', facts: withChange(), asOf: ASOF, severity: 'warning', says: '同时向县发改委备案' },
    { name: '恰为 15% 但未备案', facts: withChange({ adjustmentFen: CAP }), asOf: ASOF, severity: 'warning' },
    {
      name: '（二）需县行政审批和政务信息管理局出具意见——无意见',
      facts: withChange({ reason: 'technologyOptimisation', approvals: ['filedWithApprover'] }),
      asOf: ASOF,
      severity: 'blocking',
      says: '需县行政审批和政务信息管理局出具意见',
    },
  ],
});

// 第十七条 项目审批环节未全部完成,需要对项目建设内容进行调整的,应当在初步设计中以独立章节对调整部分进行定量补充说明
describeRule('xichuan-2025/art17-change-before-approvals-complete', 17, '应当在初步设计中以独立章节对调整部分进行定量补充说明', {
  holds: [
    { name: '审批未完成，已在初步设计中以独立章节说明', facts: withChange({ approvalsComplete: false, approvals: ['designChapter'] }), asOf: ASOF },
    { name: '审批已全部完成的不归本款', facts: withChange({ approvals: ['filedWithApprover'] }), asOf: ASOF },
    { name: '没有调整', facts: facts({ project: { stage: 'construction' } }), asOf: ASOF },
  ],
  fires: [
    { name: '审批未完成，无独立章节', facts: withChange({ approvalsComplete: false }), asOf: ASOF, severity: 'blocking', says: '以独立章节' },
    { name: '审批未完成，只向发改委备案不够', facts: withChange({ approvalsComplete: false, approvals: ['filedWithApprover'] }), asOf: ASOF, severity: 'blocking' },
  ],
});

// 第十七条 未经规定程序批准,任何单位和个人不得擅自修改……不符合上述情形的,应当按照有关规定履行相应手续。
describeRule('xichuan-2025/art17-change-full-procedure', 17, '不符合上述情形的,应当按照有关规定履行相应手续', {
  holds: [
    { name: '超过 15%，已按规定程序重新报批', facts: withChange({ adjustmentFen: CAP + 10_000, approvals: ['reapproved'] }), asOf: ASOF },
    { name: '15% 以内的调整不归本款', facts: withChange({ adjustmentFen: CAP }), asOf: ASOF },
    { name: '投资规模恰等于概算批复（未超出）', facts: withChange({ totalAfterFen: ESTIMATE, approvals: ['filedWithApprover'] }), asOf: ASOF },
  ],
  fires: [
    { name: '资金调整数额超过概算总投资15%（多 1 分）', facts: withChange({ adjustmentFen: CAP + 1 }), asOf: ASOF, severity: 'blocking', says: '超过概算总投资的 15%' },
    { name: '项目投资规模超出概算批复', facts: withChange({ totalAfterFen: ESTIMATE + 10_000 }), asOf: ASOF, severity: 'blocking', says: '超出概算批复' },
    { name: '建设目标改变', facts: withChange({ goalsUnchanged: false }), asOf: ASOF, severity: 'blocking', says: '建设目标发生变化' },
    { name: '不属于所列三种情形', facts: withChange({ reason: 'other' }), asOf: ASOF, severity: 'blocking', says: '三种情形' },
    { name: '未登记概算批复，无法确认', facts: withChange({ estimate: null }), asOf: ASOF, severity: 'blocking', says: '未登记概算' },
    { name: '超过 15% 却只向发改委备案', facts: withChange({ adjustmentFen: CAP * 2, approvals: ['filedWithApprover'] }), asOf: ASOF, severity: 'blocking' },
  ],
});
