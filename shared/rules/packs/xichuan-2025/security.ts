/**
 * 第六章 网络与信息安全管理: cryptography (第三十一条), MLPS (第三十二条),
 * domestically controllable products (第三十三条; its acceptance part is a
 * checklist item). Pure equipment purchases carry no system of their own and
 * are left out of 第三十一条、第三十二条.
 */
import { cryptoAssessedRule, cryptoBuiltRule, cryptoPlannedRule } from '../../framework/common/crypto';
import { mlpsAssessedRule, mlpsGradedRule } from '../../framework/common/mlps';
import { keyProductsRule } from '../../framework/common/products';
import { art, ruleId } from './meta';
import type { XichuanParameter } from './parameters';

// 第三十一条 项目建设单位应当按照《中华人民共和国密码法》等有关法律、法规、政策和标准规范的要求,
// 同步规划、同步建设、同步运行密码保障系统并定期评估。
export const cryptoPlanned = cryptoPlannedRule<XichuanParameter>({
  id: ruleId('art31-crypto-planned'),
  citation: art(31),
  article: '第三十一条',
  quote: '同步规划、同步建设、同步运行密码保障系统',
});

export const cryptoBuilt = cryptoBuiltRule<XichuanParameter>({
  id: ruleId('art31-crypto-built'),
  citation: art(31),
  article: '第三十一条',
  quote: '同步规划、同步建设、同步运行密码保障系统',
});

export const cryptoAssessed = cryptoAssessedRule<XichuanParameter>({
  id: ruleId('art31-crypto-assessed'),
  citation: art(31),
  article: '第三十一条',
  quote: '同步运行密码保障系统并定期评估',
  intervalMonths: 'cryptoAssessmentIntervalMonths',
  next: { done: '通过', rhythm: '“定期评估”', action: '请按期开展密码应用安全性评估并登记结论。' },
});

// 第三十二条 项目建设单位应当按照国家和省关于网络与信息安全风险评估的有关规定,严格落实等级保护要求。
export const mlpsGraded = mlpsGradedRule<XichuanParameter>({
  id: ruleId('art32-mlps-graded'),
  citation: art(32),
  article: '第三十二条',
  quote: '严格落实等级保护要求',
});

// Under the national MLPS rules the article points to, systems of 第二级 and above are assessed (测评).
export const mlpsAssessed = mlpsAssessedRule<XichuanParameter>({
  id: ruleId('art32-mlps-assessed'),
  citation: art(32),
  article: '第三十二条',
  quote: '严格落实等级保护要求',
});

// 第三十三条 项目建设单位应当优先采购自主可靠的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品。
export const preferDomesticProducts = keyProductsRule<XichuanParameter>({
  id: ruleId('art33-prefer-domestic-products'),
  title: '优先采购自主可靠产品',
  citation: art(33),
  quote: '优先采购自主可靠的信息安全设备',
  adjective: '自主可靠',
  unrecorded:
    '尚未登记关键产品（信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等）是否自主可靠；依第三十三条，应“优先采购自主可靠的”关键产品，且其安全可靠情况是验收的重要内容。',
  basis: '依第三十三条，应“优先采购自主可靠的信息安全设备、核心网络设备、基础软件、系统软件和业务应用软件等关键产品”。',
  action: '请登记关键产品的自主可靠情况；未采用的，请在验收材料中说明原因和安全可靠措施。',
});

export const securityRules = [cryptoPlanned, cryptoBuilt, cryptoAssessed, mlpsGraded, mlpsAssessed, preferDomesticProducts];
