/**
 * The closed vocabularies of the register. Codes are stable ASCII (stored in the
 * database and in bundles); labels are the words the regulations use.
 */

/** 项目类别 — xichuan 第四条 and the others split projects this way. */
export const PROJECT_CLASSES = ['investment', 'service'] as const;
export type ProjectClass = (typeof PROJECT_CLASSES)[number];
export const PROJECT_CLASS_LABELS: Record<ProjectClass, string> = {
  investment: '政府投资建设类',
  service: '政府购买服务类',
};

/** 建设性质. */
export const PROJECT_KINDS = ['new', 'expansion', 'upgrade', 'om'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = {
  new: '新建',
  expansion: '扩建',
  upgrade: '改造升级',
  om: '运维',
};

/** 项目来源. */
export const PROJECT_SOURCES = ['superior', 'local', 'unit'] as const;
export type ProjectSource = (typeof PROJECT_SOURCES)[number];
export const PROJECT_SOURCE_LABELS: Record<ProjectSource, string> = {
  superior: '上级要求',
  local: '本级决定',
  unit: '单位申请',
};

/** 资金来源: the split of the total investment. */
export const FUNDING_SOURCES = ['superior', 'localFiscal', 'selfRaised', 'social', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  superior: '上级资金',
  localFiscal: '本级财政资金',
  selfRaised: '单位自筹',
  social: '社会资本',
  other: '其他资金',
};

/**
 * 项目阶段: the common lifecycle every office's register shares. Each rule pack
 * decides which transitions between them its regulation allows.
 */
export const LIFECYCLE_STAGES = [
  'draft',
  'declared',
  'underReview',
  'approved',
  'rejected',
  'planned',
  'procurement',
  'construction',
  'trialRun',
  'acceptance',
  'operation',
  'shutDown',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export const LIFECYCLE_STAGE_LABELS: Record<LifecycleStage, string> = {
  draft: '编制中',
  declared: '已申报',
  underReview: '审查中',
  approved: '已批复立项',
  rejected: '未予立项',
  planned: '已列入年度计划',
  procurement: '招标采购',
  construction: '建设实施',
  trialRun: '试运行',
  acceptance: '验收',
  operation: '运行维护',
  shutDown: '已关停',
};

/** 部署方式: the regulations require the government cloud and forbid new server rooms. */
export const CLOUD_DEPLOYMENTS = ['govCloud', 'ownRoom', 'notApplicable', 'undecided'] as const;
export type CloudDeployment = (typeof CLOUD_DEPLOYMENTS)[number];
export const CLOUD_DEPLOYMENT_LABELS: Record<CloudDeployment, string> = {
  govCloud: '部署于政务云',
  ownRoom: '自建机房',
  notApplicable: '不涉及部署',
  undecided: '尚未确定',
};

/** 等级保护级别; 0 means not yet graded (未定级). */
export const MLPS_LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type MlpsLevel = (typeof MLPS_LEVELS)[number];
export const MLPS_LEVEL_LABELS: Record<MlpsLevel, string> = {
  0: '未定级',
  1: '第一级',
  2: '第二级',
  3: '第三级',
  4: '第四级',
  5: '第五级',
};

/** 商用密码应用: planned, built and run together with the system. */
export const CRYPTO_PLANS = ['none', 'planned', 'built', 'assessed'] as const;
export type CryptoPlan = (typeof CRYPTO_PLANS)[number];
export const CRYPTO_PLAN_LABELS: Record<CryptoPlan, string> = {
  none: '未规划',
  planned: '已编制密码应用方案',
  built: '已同步建设',
  assessed: '已通过密评',
};

/** 数据共享: through the exchange platform and the information resource catalogue. */
export const DATA_SHARING_STATES = ['notApplicable', 'none', 'catalogued', 'shared'] as const;
export type DataSharingState = (typeof DATA_SHARING_STATES)[number];
export const DATA_SHARING_LABELS: Record<DataSharingState, string> = {
  notApplicable: '不涉及数据共享',
  none: '未编制资源目录',
  catalogued: '已编制信息资源目录',
  shared: '已通过共享交换平台共享',
};

/**
 * 建设单位性质: the body that owns the project. Each regulation's 第二条/第三条
 * names the bodies it governs (heze 第二条 leaves out 市属高校、公立医院;
 * xunyang 第三条 takes in 国有企业), so the rule packs decide scope by it.
 */
export const OWNER_TYPES = [
  'organ',
  'publicInstitution',
  'municipalUniversity',
  'publicHospital',
  'stateOwnedEnterprise',
  'other',
] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];
export const OWNER_TYPE_LABELS: Record<OwnerType, string> = {
  organ: '机关（党政机关、人大、政协、监察、审判、检察、群团等）',
  publicInstitution: '事业单位',
  municipalUniversity: '市属高校',
  publicHospital: '公立医院',
  stateOwnedEnterprise: '国有企业',
  other: '其他',
};
