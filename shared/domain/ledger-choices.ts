/**
 * The words a ledger may use for each closed vocabulary: the register's own
 * labels, the codes, and the everyday words offices write instead
 * ("在建" for 建设实施, "三级" for 第三级).
 */
import {
  CLOUD_DEPLOYMENT_LABELS,
  CRYPTO_PLAN_LABELS,
  DATA_SHARING_LABELS,
  FUNDING_SOURCE_LABELS,
  LIFECYCLE_STAGE_LABELS,
  MLPS_LEVEL_LABELS,
  PROJECT_CLASS_LABELS,
  PROJECT_KIND_LABELS,
  PROJECT_SOURCE_LABELS,
  type FundingSource,
} from './enums';
import type { ProjectFields } from './project';

export type LedgerChoiceField = 'projectClass' | 'kind' | 'source' | 'stage' | 'cloudDeployment' | 'mlpsLevel' | 'cryptoPlan' | 'dataSharing' | 'fundingChannel';

type ChoiceValue<F extends LedgerChoiceField> = F extends 'fundingChannel' ? FundingSource : F extends keyof ProjectFields ? ProjectFields[F] : never;

interface Vocabulary<F extends LedgerChoiceField> {
  labels: Record<string, string>;
  aliases: Record<string, ChoiceValue<F>>;
}

const VOCABULARIES: { [F in LedgerChoiceField]: Vocabulary<F> } = {
  projectClass: {
    labels: PROJECT_CLASS_LABELS,
    aliases: {
      投资建设类: 'investment', 政府投资类: 'investment', 政府投资: 'investment', 建设类: 'investment', 投资类: 'investment', 投资建设: 'investment', 政府投资项目: 'investment',
      购买服务类: 'service', 政府购买服务: 'service', 购买服务: 'service', 服务类: 'service', 服务外包: 'service', 政府购买服务项目: 'service',
    },
  },
  kind: {
    labels: PROJECT_KIND_LABELS,
    aliases: {
      新建类: 'new', 新建项目: 'new', 扩建类: 'expansion', 扩容: 'expansion', 扩建项目: 'expansion', 改造: 'upgrade', 升级: 'upgrade', 升级改造: 'upgrade', 改造类: 'upgrade',
      改造升级类: 'upgrade', 升级改造类: 'upgrade', 改扩建: 'upgrade', 运行维护: 'om', 运维类: 'om', 运维项目: 'om', 运行维护类: 'om', 运营维护: 'om',
    },
  },
  source: {
    labels: PROJECT_SOURCE_LABELS,
    aliases: { 上级: 'superior', 上级部署: 'superior', 上级下达: 'superior', 本级: 'local', 本级部署: 'local', 政府决定: 'local', 单位: 'unit', 部门申请: 'unit', 单位自行申请: 'unit', 单位申报: 'unit', 部门申报: 'unit' },
  },
  stage: {
    labels: LIFECYCLE_STAGE_LABELS,
    aliases: {
      编制: 'draft', 草稿: 'draft', 申报: 'declared', 审查: 'underReview', 评审中: 'underReview', 已立项: 'approved', 立项: 'approved',
      未立项: 'rejected', 不予立项: 'rejected', 已列入计划: 'planned', 列入年度计划: 'planned', 采购: 'procurement', 招标: 'procurement',
      招投标: 'procurement', 在建: 'construction', 建设中: 'construction', 实施: 'construction', 建设: 'construction', 待验收: 'acceptance',
      验收中: 'acceptance', 已验收: 'operation', 已建成: 'operation', 运行: 'operation', 运维: 'operation', 关停: 'shutDown', 停用: 'shutDown', 已停用: 'shutDown', 下线: 'shutDown',
      // Words county ledgers write (issue 14). 拟建/谋划 claim nothing done, so they are 编制中; 已完成 and
      // 运行中 describe a system built and in use, which the register calls 运行维护; 已完工 awaits acceptance.
      拟建: 'draft', 谋划: 'draft', 谋划中: 'draft', 前期: 'draft', 前期工作: 'draft', 筹备: 'draft', 已申报: 'declared', 待审批: 'underReview',
      审批中: 'underReview', 已批复: 'approved', 已立项待实施: 'approved', 招标中: 'procurement', 采购中: 'procurement', 正在招标: 'procurement',
      建设实施中: 'construction', 实施中: 'construction', 正在建设: 'construction', 续建: 'construction', 试运行中: 'trialRun', 试运营: 'trialRun',
      已完工: 'acceptance', 已完成: 'operation', 完成: 'operation', 运行中: 'operation', 正常运行: 'operation', 已投用: 'operation',
      已投入使用: 'operation', 运维中: 'operation', 已关停: 'shutDown', 已下线: 'shutDown', 已废止: 'shutDown',
    },
  },
  cloudDeployment: {
    labels: CLOUD_DEPLOYMENT_LABELS,
    aliases: { 政务云: 'govCloud', 已上云: 'govCloud', 上云: 'govCloud', 自建: 'ownRoom', 本地机房: 'ownRoom', 不涉及: 'notApplicable', 未定: 'undecided', 待定: 'undecided', 未确定: 'undecided' },
  },
  mlpsLevel: {
    labels: MLPS_LEVEL_LABELS,
    aliases: { 无: 0, 未定: 0, 一级: 1, 二级: 2, 三级: 3, 四级: 4, 五级: 5, '1级': 1, '2级': 2, '3级': 3, '4级': 4, '5级': 5, '0': 0, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5 },
  },
  cryptoPlan: {
    labels: CRYPTO_PLAN_LABELS,
    aliases: { 无: 'none', 未开展: 'none', 已编制方案: 'planned', 已编制: 'planned', 同步建设: 'built', 已建设: 'built', 已密评: 'assessed', 通过密评: 'assessed' },
  },
  dataSharing: {
    labels: DATA_SHARING_LABELS,
    aliases: { 不涉及: 'notApplicable', 无: 'none', 未编制: 'none', 已编目: 'catalogued', 已编制目录: 'catalogued', 已共享: 'shared', 共享: 'shared' },
  },
  fundingChannel: {
    labels: FUNDING_SOURCE_LABELS,
    aliases: {
      上级: 'superior', 上级补助: 'superior', 上级补助资金: 'superior', 上级转移支付: 'superior', 转移支付: 'superior', 转移支付资金: 'superior', 上级专项资金: 'superior',
      中央资金: 'superior', 中央财政资金: 'superior', 中央预算内投资: 'superior', 省级资金: 'superior', 省级财政资金: 'superior', 省级补助: 'superior', 市级资金: 'superior',
      本级财政: 'localFiscal', 财政: 'localFiscal', 财政资金: 'localFiscal', 财政拨款: 'localFiscal', 县财政: 'localFiscal', 县级财政: 'localFiscal', 县级财政资金: 'localFiscal',
      本级资金: 'localFiscal', 一般公共预算: 'localFiscal', 部门预算: 'localFiscal', 财政预算: 'localFiscal',
      自筹: 'selfRaised', 自筹资金: 'selfRaised', 单位自筹资金: 'selfRaised', 社会资金: 'social', 社会投资: 'social', 企业投资: 'social', 其他: 'other', 其它: 'other',
    },
  },
};

function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '').toLowerCase();
}

const LOOKUP = Object.fromEntries(
  Object.entries(VOCABULARIES).map(([field, vocabulary]) => {
    const words = new Map<string, unknown>();
    for (const [code, label] of Object.entries(vocabulary.labels)) {
      const value = field === 'mlpsLevel' ? Number(code) : code;
      words.set(fold(label), value);
      words.set(fold(code), value);
    }
    for (const [word, value] of Object.entries(vocabulary.aliases)) words.set(fold(word), value);
    return [field, words];
  }),
) as Record<LedgerChoiceField, Map<string, unknown>>;

/** Words already looked up, as written: a ledger repeats the same few words on every row. */
const SEEN = new Map<string, unknown>();
const SEEN_AT_MOST = 10_000;

/** The code a ledger's word stands for, or undefined when the word is not one of the vocabulary's. */
export function choiceFromText<F extends LedgerChoiceField>(field: F, text: string): ChoiceValue<F> | undefined {
  const key = `${field}\u0000${text}`;
  if (SEEN.has(key)) return SEEN.get(key) as ChoiceValue<F> | undefined;
  const value = LOOKUP[field].get(fold(text));
  if (SEEN.size >= SEEN_AT_MOST) SEEN.clear();
  SEEN.set(key, value);
  return value as ChoiceValue<F> | undefined;
}

/** The register's own labels, for a message that says what may be written. */
export function choiceLabels(field: LedgerChoiceField): string[] {
  return Object.values(VOCABULARIES[field].labels);
}
