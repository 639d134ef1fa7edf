/**
 * The facts a clerk can record on a project, one entry each: where the value
 * lives in ProjectFacts, how it is entered, and the lifecycle phase it belongs
 * to. The facts panel shows those the office's pack reads (`pack.reads`), and
 * a finding's 去填写 opens the field its rule reads. A new fact is one line here.
 */
import type { EventKind } from '../../domain/lifecycle-events';

/** Lifecycle phases the panel groups facts by. */
export const FACT_GROUPS = ['declaration', 'construction', 'acceptance', 'operation'] as const;
export type FactGroup = (typeof FACT_GROUPS)[number];
export const FACT_GROUP_LABELS: Record<FactGroup, string> = {
  declaration: '申报与审批',
  construction: '采购与建设',
  acceptance: '验收',
  operation: '运行维护与共享',
};

/**
 * How a value is entered:
 * - `flag` a yes/no fact (false until recorded); `tristate` yes/no/not recorded;
 * - `day`, `fen`, `text`: one value; `choice`: one of `choices`;
 * - `cloudContract`, `inventoryEntry`: a small group of values recorded together;
 * - `register`: a register field, changed through 编辑;
 * - `event`: a dated lifecycle event, recorded through 记录事件.
 */
export type FactInput =
  | { readonly kind: 'flag' | 'tristate' | 'day' | 'fen' | 'text' | 'cloudContract' | 'inventoryEntry' | 'register' }
  | { readonly kind: 'choice'; readonly choices: Readonly<Record<string, string>> }
  | { readonly kind: 'event'; readonly event: EventKind };

export interface FactField {
  /** Its path in ProjectFacts (`attributes.temporary`, `compliance.operation.mode`), or `event:<kind>` for an event. */
  readonly key: string;
  readonly label: string;
  readonly group: FactGroup;
  readonly input: FactInput;
  /** What the clerk is asked, when the label alone is not clear. */
  readonly hint?: string;
}

const flag = { kind: 'flag' } as const;
const tristate = { kind: 'tristate' } as const;
const day = { kind: 'day' } as const;
const fen = { kind: 'fen' } as const;
const register = { kind: 'register' } as const;

function event(kind: EventKind, label: string, group: FactGroup): FactField {
  return { key: `event:${kind}`, label, group, input: { kind: 'event', event: kind } };
}

export const FACT_FIELDS = [
  // 申报与审批
  { key: 'attributes.classified', label: '涉及国家秘密（涉密项目）', group: 'declaration', input: flag },
  { key: 'attributes.temporary', label: '国家和省、市的临时安排（不在年度建设计划内）', group: 'declaration', input: flag },
  { key: 'attributes.superiorProcedure', label: '上级对审批流程有明确、特定要求', group: 'declaration', input: flag },
  { key: 'attributes.procurementOnly', label: '单纯设备和软件类采购项目', group: 'declaration', input: flag },
  { key: 'attributes.involvesNewCivilWorks', label: '涉及新建土建工程', group: 'declaration', input: flag },
  { key: 'attributes.highEnergyConsumption', label: '高耗能项目', group: 'declaration', input: flag },
  { key: 'attributes.advisoryService', label: '设计咨询、测评等服务项目', group: 'declaration', input: flag },
  { key: 'attributes.noNewFixedAssets', label: '信息服务领域、无新增固定资产投资', group: 'declaration', input: flag },
  { key: 'attributes.govCloudPlatform', label: '政务云平台本身的建设或扩容', group: 'declaration', input: flag },
  { key: 'attributes.platformProject', label: '平台类项目', group: 'declaration', input: flag },
  { key: 'attributes.collectsData', label: '涉及数据采集', group: 'declaration', input: flag },
  { key: 'attributes.superiorDeclared', label: '国家部委、省直部门组织地方申报的项目', group: 'declaration', input: flag },
  { key: 'attributes.coConstruction', label: '跨部门、跨地域、跨层级共建共享', group: 'declaration', input: flag },
  { key: 'attributes.approvedEstimateFen', label: '概算批复总投资（万元）', group: 'declaration', input: fen },
  { key: 'compliance.infrastructure.newServerRoom', label: '新建机房', group: 'declaration', input: flag },
  { key: 'compliance.infrastructure.newStandaloneInfrastructure', label: '单独新建网络、存储、计算等基础设施', group: 'declaration', input: flag },
  { key: 'project.cloudDeployment', label: '部署方式（政务云/自建机房…）', group: 'declaration', input: register },
  event('review', '审查/审批结论', 'declaration'),
  event('reviewRequested', '报请审查/审批', 'declaration'),
  event('declarationSubmitted', '报送申报材料', 'declaration'),
  event('includedInAnnualPlan', '列入年度计划', 'declaration'),
  event('superiorApprovalFiled', '上级审批结果报备案', 'declaration'),
  event('platformRegistered', '在项目管理平台报批或备案', 'declaration'),
  { key: 'project.ownerType', label: '建设单位性质（机关、事业单位、高校、医院、国企…）', group: 'declaration', input: register },
  { key: 'project.projectClass', label: '项目类别', group: 'declaration', input: register },
  { key: 'project.totalInvestmentFen', label: '总投资', group: 'declaration', input: register },
  { key: 'project.funding', label: '资金来源', group: 'declaration', input: register },
  // 采购与建设
  { key: 'attributes.plannedCompletionDate', label: '计划建成日期', group: 'construction', input: day },
  event('bidResultDetermined', '确定中标结果', 'construction'),
  event('contractSigned', '签订合同（合同条款）', 'construction'),
  event('contractFiled', '合同备案', 'construction'),
  event('supervisionApplied', '申请派驻监理', 'construction'),
  event('supervisionContracted', '委托监理单位', 'construction'),
  event('changeRequested', '提出建设内容调整（变更）', 'construction'),
  event('changeApproved', '调整履行手续', 'construction'),
  event('paymentRequested', '申请资金拨付', 'construction'),
  event('paymentMade', '资金拨付（进度款或尾款）', 'construction'),
  { key: 'compliance.supervisor.qualified', label: '监理单位具有信息系统工程相应监理资质', group: 'construction', input: tristate },
  { key: 'compliance.supervisor.certificateNo', label: '监理资质证书编号', group: 'construction', input: { kind: 'text' } },
  event('completed', '项目建成', 'construction'),
  { key: 'compliance.service.subcontracted', label: '政府购买服务承接主体将服务转包', group: 'construction', input: flag },
  {
    key: 'compliance.keyProductsDomestic',
    label: '关键产品自主可靠情况',
    group: 'construction',
    input: { kind: 'choice', choices: { all: '全部自主可靠', partial: '部分自主可靠', none: '未采用自主可靠产品' } },
    hint: '安全设备、核心网络设备、基础软件、系统软件和业务应用软件等',
  },
  { key: 'compliance.infrastructure.thirdPartyCloud', label: '第三方云服务合同（到期日、是否续签）', group: 'construction', input: { kind: 'cloudContract' } },
  { key: 'compliance.network.ownLines', label: '自行开通（租用）线路组建部门网络', group: 'construction', input: flag },
  { key: 'compliance.network.leasedFibre', label: '部门之间另行租用光纤', group: 'construction', input: flag },
  { key: 'compliance.contractObligationsFulfilled', label: '合同义务履行完毕（不含售后服务）', group: 'construction', input: tristate },
  // 验收
  event('trialRunStarted', '开始试运行', 'acceptance'),
  event('preliminaryAcceptance', '初步验收', 'acceptance'),
  event('finalAcceptanceApplied', '提出竣工验收申请', 'acceptance'),
  event('finalAcceptanceFailed', '竣工验收未通过', 'acceptance'),
  event('finalAcceptancePassed', '竣工验收通过', 'acceptance'),
  event('acceptanceHeld', '组织验收（结论待定）', 'acceptance'),
  event('rectificationOrdered', '责令限期整改（整改期限）', 'acceptance'),
  event('rectificationCompleted', '完成整改', 'acceptance'),
  event('acceptanceDelayExplained', '延期验收书面说明', 'acceptance'),
  event('acceptanceFiled', '验收报告等材料报备案', 'acceptance'),
  event('settlementFiled', '结算审核结果报备案', 'acceptance'),
  event('securityAssessed', '网络安全检测与风险评估', 'acceptance'),
  // 运行维护与共享
  event('operationStarted', '投入运行', 'operation'),
  {
    key: 'compliance.operation.mode',
    label: '运维方式',
    group: 'operation',
    input: { kind: 'choice', choices: { self: '自行运维', centralised: '集中运维', outsourced: '外包运维' } },
  },
  { key: 'compliance.operation.outsourcedViaProcurement', label: '外包运维经政府采购', group: 'operation', input: tristate },
  { key: 'compliance.operation.stoppedOn', label: '系统停止运行日期', group: 'operation', input: day },
  { key: 'compliance.operation.lastUsedOn', label: '系统最近一次使用日期', group: 'operation', input: day },
  { key: 'compliance.operation.evaluationFailedUnrectified', label: '评估评价不合格且整改不到位', group: 'operation', input: flag },
  event('omBudgetRequested', '提出运维预算申请', 'operation'),
  event('selfEvaluationSubmitted', '报送绩效自评价', 'operation'),
  event('performanceReportSubmitted', '报送年度绩效评价', 'operation'),
  event('shutdownReported', '报告系统停止运行或长期未使用', 'operation'),
  event('shutDown', '关停', 'operation'),
  { key: 'compliance.sharing.integrationIncomplete', label: '未完成系统对接互通、数据归集', group: 'operation', input: flag },
  { key: 'compliance.sharing.duplicateCollection', label: '存在重复采集数据或重复建设', group: 'operation', input: flag },
  { key: 'compliance.sharing.exclusiveOpening', label: '应普遍共享的数据仅向特定企业、组织开放', group: 'operation', input: flag },
  { key: 'compliance.inventoryEntry', label: '政务信息系统基础目录清单条目', group: 'operation', input: { kind: 'inventoryEntry' }, hint: '名称、类型、建设依据、审批部门、投资、运维费用…' },
  event('inventoryFiled', '报备基础目录清单', 'operation'),
  // 网络与信息安全（验收前后登记）
  event('cryptoAssessed', '密码应用安全性评估', 'acceptance'),
  { key: 'compliance.security.managementRules', label: '建立网络安全管理制度', group: 'operation', input: tristate },
  { key: 'compliance.security.technicalMeasures', label: '采取网络安全技术措施', group: 'operation', input: tristate },
  { key: 'compliance.security.classifiedProtection', label: '涉密信息系统落实分级保护要求', group: 'operation', input: tristate },
  event('mlpsFiled', '等级保护定级备案', 'acceptance'),
  event('mlpsAssessed', '等级保护测评', 'acceptance'),
  { key: 'project.cryptoPlan', label: '密码应用方案', group: 'declaration', input: register },
  { key: 'project.mlpsLevel', label: '等级保护级别', group: 'declaration', input: register },
  { key: 'project.dataSharing', label: '数据共享情况', group: 'operation', input: register },
  event('seriousProblemReported', '报告严重逾期或重大损失', 'construction'),
] as const satisfies readonly FactField[];

export type FactKey = (typeof FACT_FIELDS)[number]['key'];

/**
 * A finding's pointer when no field closes it but a reasoned exception does
 * (“在项目备注中记录例外依据”); `material` findings go to the checklist.
 */
export type FactPointer = FactKey | 'exception' | 'material';

const BY_KEY = new Map<string, FactField>(FACT_FIELDS.map((field) => [field.key, field]));

export function factField(key: string): FactField | undefined {
  return BY_KEY.get(key);
}
