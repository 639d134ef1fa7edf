/**
 * 第十四条 network security and cryptography, and the 安全可靠要求 of 第九条.
 * Pure equipment purchases carry no system of their own and are left out of 第十四条.
 * MLPS grading is read into “按照《中华人民共和国网络安全法》等法律法规” (网络安全法 第二十一条,
 * 网络安全等级保护制度); the 办法 names no level or test of its own.
 */
import { cryptoBuiltRule, cryptoPlannedRule } from '../../framework/common/crypto';
import { mlpsGradedRule } from '../../framework/common/mlps';
import { periodicAssessmentRule } from '../../framework/common/periodic';
import { keyProductsRule } from '../../framework/common/products';
import { art, ruleId } from './meta';
import type { ChenzhouParameter } from './parameters';

// 第十四条 项目建设单位应当按照《中华人民共和国网络安全法》等法律法规，建立网络安全管理制度
export const mlpsGraded = mlpsGradedRule<ChenzhouParameter>({
  id: ruleId('art14-mlps-graded'),
  citation: art(14),
  article: '第十四条',
  quote: '按照《中华人民共和国网络安全法》等法律法规，建立网络安全管理制度',
  basis: '依第十四条，应“按照《中华人民共和国网络安全法》等法律法规，建立网络安全管理制度”（网络安全法实行网络安全等级保护制度）。',
});

// 第十四条 ……定期开展网络安全检测与风险评估，保障信息系统安全稳定运行
// A 网络安全检测与风险评估 (`securityAssessed`) or an 等级保护测评 (`mlpsAssessed`) counts; the period is an office parameter.
export const securityAssessment = periodicAssessmentRule<ChenzhouParameter>({
  id: ruleId('art14-security-assessment'),
  title: '定期开展网络安全检测与风险评估',
  citation: art(14),
  quote: '定期开展网络安全检测与风险评估',
  intervalMonths: 'securityAssessmentIntervalMonths',
  lastDone(view) {
    const security = view.last('securityAssessed')?.date;
    const mlps = view.last('mlpsAssessed')?.date;
    return security && mlps ? (security > mlps ? security : mlps) : (security ?? mlps);
  },
  missing: {
    message: '系统已投入运行，尚无网络安全检测与风险评估（或等级保护测评）的记录；依第十四条，应“定期开展网络安全检测与风险评估”。',
    action: '请开展网络安全检测与风险评估，上传报告并登记日期。',
  },
  next: { what: '网络安全检测与风险评估', done: '开展', rhythm: '“定期开展”', action: '请按期开展网络安全检测与风险评估并登记日期。' },
});

// 第十四条 ……应当落实国家密码管理有关法律法规和标准规范的工作要求。
const cryptoQuote = '应当落实国家密码管理有关法律法规和标准规范的工作要求';

export const cryptoPlanned = cryptoPlannedRule<ChenzhouParameter>({
  id: ruleId('art14-crypto-planned'),
  title: '落实密码管理要求：编制密码应用方案',
  citation: art(14),
  article: '第十四条',
  quote: cryptoQuote,
  from: 'planned',
  reached: '项目已列入年度计划',
  basis: '依第十四条，“应当落实国家密码管理有关法律法规和标准规范的工作要求”。',
  action: '请编制密码应用方案（供市委办前置审查），上传并将密码应用情况更新为“已编制密码应用方案”。',
});

export const cryptoBuilt = cryptoBuiltRule<ChenzhouParameter>({
  id: ruleId('art14-crypto-built'),
  title: '落实密码管理要求：密码保障系统建成',
  citation: art(14),
  article: '第十四条',
  quote: cryptoQuote,
  basis: '依第十四条，“应当落实国家密码管理有关法律法规和标准规范的工作要求”。',
  action: '请按密码应用方案完成建设，并将密码应用情况更新为“已同步建设”。',
});

// 第九条 市委办开展对国家密码管理政策法规标准、安全可靠要求、国家电子文件管理政策等情况的前置审查和实施、验收、运行等全过程监督指导
export const secureReliableProducts = keyProductsRule<ChenzhouParameter>({
  id: ruleId('art9-secure-reliable-products'),
  title: '安全可靠要求',
  citation: art(9),
  quote: '安全可靠要求',
  adjective: '安全可靠',
  unrecorded: '尚未登记关键产品（安全设备、核心网络设备、基础软件等）是否安全可靠；依第九条，市委办对“安全可靠要求”开展前置审查和实施、验收、运行等全过程监督指导。',
  basis: '依第九条，“安全可靠要求”在实施、验收、运行全过程受市委办监督指导。',
  action: '请登记关键产品的安全可靠情况；未采用的，请准备说明材料供市委办审查。',
});

export const securityRules = [secureReliableProducts, mlpsGraded, securityAssessment, cryptoPlanned, cryptoBuilt];
