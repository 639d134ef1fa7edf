/**
 * 第五章 安全职责: 第二十三条 “严格执行政府信息系统的信息安全政策规定和技术标准”, read as the
 * national 网络安全等级保护 rules (grading, and testing from 第二级 up). 第二十一条 keeps the
 * responsibility with the unit when it uses the cloud, so cloud systems are checked the same way.
 * The 办法 does not name cryptography: no crypto rule is encoded for it.
 */
import { mlpsAssessedRule, mlpsGradedRule } from '../../framework/common/mlps';
import { art, ruleId } from './meta';
import type { XunyangParameter } from './parameters';

const quote = '所有参与项目的单位应严格执行政府信息系统的信息安全政策规定和技术标准';

// 第二十三条 区信息办和网络运营商以及所有参与项目的单位应严格执行政府信息系统的信息安全政策规定和技术标准。
export const mlpsGraded = mlpsGradedRule<XunyangParameter>({
  id: ruleId('art23-mlps-graded'),
  citation: art(23),
  article: '第二十三条',
  quote,
  basis: '依第二十三条，“所有参与项目的单位应严格执行政府信息系统的信息安全政策规定和技术标准”（含网络安全等级保护制度）。部署于政务云的系统，信息安全管理责任也不随使用云服务而转移（第二十一条）。',
});

// Under the national MLPS rules, systems of 第二级 and above are tested (测评).
export const mlpsAssessed = mlpsAssessedRule<XunyangParameter>({
  id: ruleId('art23-mlps-assessed'),
  citation: art(23),
  article: '第二十三条',
  quote,
  basis: '依第二十三条，应“严格执行政府信息系统的信息安全政策规定和技术标准”。',
});

export const securityRules = [mlpsGraded, mlpsAssessed];
