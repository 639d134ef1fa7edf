import { z } from 'zod';
import { daySchema } from './day';
import { fenAmount } from './project';

/**
 * 生命周期事件: what happened to a project, and on which day. The register
 * records them; rule packs read them (deadlines run from them, transitions
 * need them). Codes are stable ASCII; add kinds at the end, never rename.
 */

/** 审查/审批: the reviews and approvals any of the five regulations names. */
export const REVIEW_KINDS = [
  'technical',
  'finance',
  'establishment',
  'proposal',
  'feasibility',
  'preliminaryDesign',
  'security',
  'cryptography',
  'governmentApproval',
  'leaderConsent',
  'preAssessment',
  'omFee',
  'shutdown',
  'caseByCase',
  'acceptanceApplication',
] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = {
  technical: '技术审查',
  finance: '财政投资评审',
  establishment: '立项审批',
  proposal: '项目建议书批复',
  feasibility: '可行性研究报告批复',
  preliminaryDesign: '初步设计（概算）批复',
  security: '网络安全前置审查',
  cryptography: '密码应用前置审查',
  governmentApproval: '本级政府批准',
  leaderConsent: '分管领导同意',
  preAssessment: '事前评估（必要性论证）',
  omFee: '运维费审核',
  shutdown: '关停核准',
  caseByCase: '领导小组“一事一议”',
  acceptanceApplication: '竣工验收申请审查',
};

/** 审查结论, as the review office writes them. */
export const REVIEW_OUTCOMES = ['approved', 'rejected', 'rectify', 'suspended'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
export const REVIEW_OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  approved: '通过',
  rejected: '不予通过',
  rectify: '补正后再审',
  suspended: '暂缓',
};

/** 合同条款: the contents a construction contract is required to contain (xichuan 第十五条 and the like). */
export const CONTRACT_CLAUSES = [
  'constructionContent',
  'constructionStandards',
  'technicalSpecifications',
  'schedule',
  'equipmentModelsQuantitiesPrices',
  'acceptanceRequirements',
  'operatorTraining',
  'paymentTerms',
  'technicalDocumentation',
  'warrantyPeriod',
  'intellectualProperty',
  'confidentiality',
  'afterSalesService',
  'liabilityForBreach',
] as const;
export type ContractClause = (typeof CONTRACT_CLAUSES)[number];
export const CONTRACT_CLAUSE_LABELS: Record<ContractClause, string> = {
  constructionContent: '工程建设内容',
  constructionStandards: '工程建设标准',
  technicalSpecifications: '技术规范',
  schedule: '工程周期',
  equipmentModelsQuantitiesPrices: '设备的型号数量配置和价格',
  acceptanceRequirements: '项目的验收要求',
  operatorTraining: '操作人员培训',
  paymentTerms: '付款方式',
  technicalDocumentation: '技术文档要求',
  warrantyPeriod: '保修期限',
  intellectualProperty: '知识产权',
  confidentiality: '保密条款',
  afterSalesService: '售后服务',
  liabilityForBreach: '违约责任',
};

/** 变更原因: xichuan 第十七条 (一)(二)(三), or anything else. */
export const CHANGE_REASONS = [
  'superiorDeployment',
  'technologyOptimisation',
  'scheduleAdjustment',
  'other',
] as const;
export type ChangeReason = (typeof CHANGE_REASONS)[number];
export const CHANGE_REASON_LABELS: Record<ChangeReason, string> = {
  superiorDeployment: '根据上级和本级党委、政府新部署，确需改变建设内容',
  technologyOptimisation: '根据信息技术发展新变化，确需完善优化技术方案',
  scheduleAdjustment: '根据业务发展需要，在已批复框架下适当调整建设进度',
  other: '其他原因',
};

/** 变更所履行的手续. A change may collect several, on different days. */
export const CHANGE_APPROVALS = ['technicalOpinion', 'filedWithApprover', 'designChapter', 'reapproved'] as const;
export type ChangeApproval = (typeof CHANGE_APPROVALS)[number];
export const CHANGE_APPROVAL_LABELS: Record<ChangeApproval, string> = {
  technicalOpinion: '技术审查部门出具意见',
  filedWithApprover: '向项目审批部门备案',
  designChapter: '在初步设计中以独立章节定量补充说明',
  reapproved: '按规定程序重新报批并获批准',
};

/** 拨付阶段: a progress payment during construction, or the final payment (尾款、后续费用). */
export const PAYMENT_STAGES = ['progress', 'final'] as const;
export type PaymentStage = (typeof PAYMENT_STAGES)[number];
export const PAYMENT_STAGE_LABELS: Record<PaymentStage, string> = {
  progress: '进度款',
  final: '尾款（后续费用）',
};

const common = {
  date: daySchema,
  note: z.string().trim().max(500, '备注不能超过 500 个字').optional(),
};
const year = z.number().int().min(2000).max(2100);
const changeId = z.string().trim().min(1, '变更编号为必填项').max(64);

function plain<K extends string>(kind: K) {
  return z.object({ kind: z.literal(kind), ...common });
}

export const lifecycleEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('declarationSubmitted'), ...common, forYear: year.optional() }),
  z.object({
    kind: z.literal('review'),
    ...common,
    review: z.enum(REVIEW_KINDS),
    outcome: z.enum(REVIEW_OUTCOMES),
    documentNo: z.string().trim().max(100).optional(),
    /** The amount the decision approves (e.g. 概算 in a 初步设计 approval). */
    approvedAmountFen: fenAmount('批复金额').optional(),
  }),
  z.object({ kind: z.literal('includedInAnnualPlan'), ...common, year }),
  plain('bidResultDetermined'),
  z.object({
    kind: z.literal('contractSigned'),
    ...common,
    clauses: z.array(z.enum(CONTRACT_CLAUSES)),
    amountFen: fenAmount('合同金额').optional(),
  }),
  plain('contractFiled'),
  plain('supervisionApplied'),
  plain('supervisionContracted'),
  plain('constructionStarted'),
  plain('completed'),
  plain('trialRunStarted'),
  z.object({ kind: z.literal('preliminaryAcceptance'), ...common, passed: z.boolean() }),
  plain('finalAcceptanceApplied'),
  plain('finalAcceptancePassed'),
  plain('finalAcceptanceFailed'),
  plain('rectificationCompleted'),
  z.object({ kind: z.literal('acceptanceDelayExplained'), ...common, plannedAcceptanceDate: daySchema }),
  plain('operationStarted'),
  plain('selfEvaluationSubmitted'),
  z.object({ kind: z.literal('performanceReportSubmitted'), ...common, year }),
  z.object({
    kind: z.literal('changeRequested'),
    ...common,
    changeId,
    /** 资金调整数额 (absolute value of the money moved or added). */
    adjustmentFen: fenAmount('资金调整数额'),
    /** 调整后项目总投资. */
    totalAfterFen: fenAmount('调整后总投资'),
    reason: z.enum(CHANGE_REASONS),
    goalsUnchanged: z.boolean(),
    summary: z.string().trim().max(1000).default(''),
  }),
  z.object({ kind: z.literal('changeApproved'), ...common, changeId, approvals: z.array(z.enum(CHANGE_APPROVALS)).min(1) }),
  z.object({ kind: z.literal('omBudgetRequested'), ...common, year, amountFen: fenAmount('运维预算').optional() }),
  z.object({ kind: z.literal('inventoryFiled'), ...common, year }),
  z.object({ kind: z.literal('cryptoAssessed'), ...common, passed: z.boolean() }),
  plain('mlpsFiled'),
  z.object({ kind: z.literal('mlpsAssessed'), ...common, passed: z.boolean() }),
  plain('seriousProblemReported'),
  plain('shutdownReported'),
  plain('shutDown'),
  /** 报请审查/审批: the day a review was applied for (审批时限 run from it). */
  z.object({ kind: z.literal('reviewRequested'), ...common, review: z.enum(REVIEW_KINDS) }),
  plain('acceptanceFiled'),
  plain('settlementFiled'),
  z.object({
    kind: z.literal('paymentRequested'),
    ...common,
    amountFen: fenAmount('拨付金额').optional(),
    /** Absent: not recorded (older entries). */
    paymentStage: z.enum(PAYMENT_STAGES).optional(),
  }),
  plain('securityAssessed'),
  /** 上级部门审批后报本级审批部门备案 (heze 第十二条). */
  plain('superiorApprovalFiled'),
  /** 资金拨付（已支付）: every payment is judged on its own day (xunyang 第二十条, laohekou 第二十四条, heze 第二十三条). */
  z.object({ kind: z.literal('paymentMade'), ...common, paymentStage: z.enum(PAYMENT_STAGES), amountFen: fenAmount('拨付金额').optional() }),
  /** 已组织验收、结论待定 (the outcome comes as finalAcceptancePassed or finalAcceptanceFailed). */
  plain('acceptanceHeld'),
  /** 审查部门责令限期整改 (heze 第三十五条, xichuan 第三十五条, xunyang 第二十条): met by a rectificationCompleted on or after it. */
  z.object({
    kind: z.literal('rectificationOrdered'),
    ...common,
    /** 整改期限: the last day on time. */
    dueDate: daySchema,
    /** 责令整改的部门, in its own words. */
    issuedBy: z.string().trim().max(100, '责令部门不能超过 100 个字').optional(),
  }).refine((order) => order.dueDate >= order.date, { path: ['dueDate'], message: '整改期限不能早于责令整改的日期' }),
  /** 在项目管理平台报批或者备案 (heze 第十四条). */
  plain('platformRegistered'),
]);
export type LifecycleEvent = z.output<typeof lifecycleEventSchema>;
export type LifecycleEventInput = z.input<typeof lifecycleEventSchema>;
export type EventKind = LifecycleEvent['kind'];
export type EventOf<K extends EventKind> = Extract<LifecycleEvent, { kind: K }>;

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  declarationSubmitted: '报送申报材料',
  review: '审查/审批',
  includedInAnnualPlan: '列入年度计划',
  bidResultDetermined: '确定中标结果',
  contractSigned: '签订合同',
  contractFiled: '合同备案',
  supervisionApplied: '申请派驻监理',
  supervisionContracted: '委托监理单位',
  constructionStarted: '开工建设',
  completed: '项目建成',
  trialRunStarted: '开始试运行',
  preliminaryAcceptance: '初步验收',
  finalAcceptanceApplied: '提出竣工验收申请',
  finalAcceptancePassed: '竣工验收通过',
  finalAcceptanceFailed: '竣工验收未通过',
  rectificationCompleted: '完成整改',
  acceptanceDelayExplained: '提交延期验收书面说明',
  operationStarted: '投入运行',
  selfEvaluationSubmitted: '报送绩效自评价',
  performanceReportSubmitted: '报送年度绩效评价',
  changeRequested: '提出建设内容调整',
  changeApproved: '调整履行手续',
  omBudgetRequested: '提出运维预算申请',
  inventoryFiled: '报备政务信息系统基础目录清单',
  cryptoAssessed: '密码应用安全性评估',
  mlpsFiled: '等级保护定级备案',
  mlpsAssessed: '等级保护测评',
  seriousProblemReported: '报告严重逾期或重大损失',
  shutdownReported: '报告系统停止运行或长期未使用',
  shutDown: '关停',
  reviewRequested: '报请审查/审批',
  acceptanceFiled: '验收报告等材料报备案',
  settlementFiled: '结算审核结果报备案',
  paymentRequested: '申请资金拨付',
  securityAssessed: '网络安全检测与风险评估',
  superiorApprovalFiled: '上级审批结果报备案',
  paymentMade: '资金拨付',
  acceptanceHeld: '组织验收（结论待定）',
  rectificationOrdered: '责令限期整改',
  platformRegistered: '在项目管理平台报批或备案',
};
