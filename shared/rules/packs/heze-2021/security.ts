/**
 * 第五章 网络与信息安全管理: MLPS and periodic security assessment (第三十一条),
 * cryptography planned, built and run together (第三十二条), domestically
 * controllable products (第三十三条; its statement and acceptance parts are
 * checklist items). Pure equipment purchases carry no system of their own and
 * are left out of 第三十一条、第三十二条, as in xichuan-2025.
 */
import { cryptoAssessedRule, cryptoBuiltRule, cryptoPlannedRule } from '../../framework/common/crypto';
import { mlpsAssessedRule, mlpsGradedRule } from '../../framework/common/mlps';
import { periodicAssessmentRule } from '../../framework/common/periodic';
import { keyProductsRule } from '../../framework/common/products';
import { art, ruleId } from './meta';
import type { HezeParameter } from './parameters';

// 第三十一条 ……严格落实等级保护和分级保护要求，切实保障政务信息系统安全稳定运行。
export const mlpsGraded = mlpsGradedRule<HezeParameter>({
  id: ruleId('art31-mlps-graded'),
  citation: art(31),
  article: '第三十一条',
  quote: '严格落实等级保护和分级保护要求',
});

// Under the national MLPS rules the article points to, systems of 第二级 and above are assessed (测评).
export const mlpsAssessed = mlpsAssessedRule<HezeParameter>({
  id: ruleId('art31-mlps-assessed'),
  citation: art(31),
  article: '第三十一条',
  quote: '严格落实等级保护和分级保护要求',
});

// 第三十一条 ……定期开展网络安全检测与风险评估。
const securityAssessmentAction = '请开展网络安全检测与风险评估，上传评估报告并登记日期。';
export const securityAssessedPeriodically = periodicAssessmentRule<HezeParameter>({
  id: ruleId('art31-security-assessment'),
  title: '定期开展网络安全检测与风险评估',
  citation: art(31),
  quote: '定期开展网络安全检测与风险评估',
  intervalMonths: 'securityAssessmentIntervalMonths',
  lastDone: (view) => view.last('securityAssessed')?.date,
  missing: {
    message: '系统已投入运行，尚无网络安全检测与风险评估的记录；依第三十一条，应“定期开展网络安全检测与风险评估”。',
    action: securityAssessmentAction,
  },
  next: { what: '网络安全检测与风险评估', done: '完成', rhythm: '定期开展', action: securityAssessmentAction },
});

// 第三十二条 项目建设单位应落实国家密码管理有关法律法规、政策和标准规范的要求，同步规划、同步建设、同步运行密码保障系统并定期评估。
export const cryptoPlanned = cryptoPlannedRule<HezeParameter>({
  id: ruleId('art32-crypto-planned'),
  citation: art(32),
  article: '第三十二条',
  quote: '同步规划、同步建设、同步运行密码保障系统',
  reached: '项目已批复立项',
});

export const cryptoBuilt = cryptoBuiltRule<HezeParameter>({
  id: ruleId('art32-crypto-built'),
  citation: art(32),
  article: '第三十二条',
  quote: '同步规划、同步建设、同步运行密码保障系统',
});

export const cryptoAssessed = cryptoAssessedRule<HezeParameter>({
  id: ruleId('art32-crypto-assessed'),
  citation: art(32),
  article: '第三十二条',
  quote: '同步运行密码保障系统并定期评估',
  intervalMonths: 'cryptoAssessmentIntervalMonths',
  next: { done: '完成', rhythm: '定期开展', action: '请委托密评机构开展密码应用安全性评估，上传评估报告并登记结论。' },
});

// 第三十三条 项目建设单位要按照政府采购有关法律法规，优先采购自主可控的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品。
export const preferDomesticProducts = keyProductsRule<HezeParameter>({
  id: ruleId('art33-prefer-domestic-products'),
  title: '优先采购自主可控产品',
  citation: art(33),
  quote: '优先采购自主可控的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品',
  adjective: '自主可控',
  unrecorded:
    '尚未登记关键产品（信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等）是否自主可控；依第三十三条，应“优先采购自主可控的”关键产品，其安全可靠情况是验收的重要内容。',
  basis: '依第三十三条，应“优先采购自主可控的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品”。',
  action: '请登记关键产品的自主可控情况；未采用的，请在验收材料中说明原因和安全可靠措施。',
});

export const securityRules = [mlpsGraded, mlpsAssessed, securityAssessedPeriodically, cryptoPlanned, cryptoBuilt, cryptoAssessed, preferDomesticProducts];
