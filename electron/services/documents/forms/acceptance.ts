/** What the acceptance application and the acceptance report share: the checks and the materials. */
import type { MaterialCode } from '../../../../shared/domain/materials';
import { MATERIAL_LABELS } from '../../../../shared/domain/materials';
import { eventsOf, hasMaterial, lastEvent, type ProjectBundle } from '../data';
import { chineseDate } from '../layout';
import { tick } from './common';

/** xichuan-2025 第十八条 "验收材料应包括项目建设总结、财务报告、审计报告、安全风险评估报告等", then the usual others. */
export const ACCEPTANCE_MATERIALS: readonly MaterialCode[] = [
  'constructionSummary',
  'financialReport',
  'auditReport',
  'securityRiskAssessment',
  'preliminaryAcceptanceReport',
  'trialRunReport',
  'userReport',
  'trainingRecord',
  'softwareTestReport',
  'dataQualityReport',
];

/** "■项目建设总结  □审计报告 …", two to a line. */
export function materialTicks(bundle: ProjectBundle): string {
  const ticks = ACCEPTANCE_MATERIALS.map((code) => tick(hasMaterial(bundle, code), MATERIAL_LABELS[code]));
  const lines: string[] = [];
  for (let index = 0; index < ticks.length; index += 2) lines.push(ticks.slice(index, index + 2).join('\u3000\u3000'));
  return lines.join('\n');
}

/** The dated milestones of construction, as recorded. */
export function milestones(bundle: ProjectBundle): { started: string; completed: string; preliminary: string; trialRun: string } {
  const preliminary = lastEvent(bundle, 'preliminaryAcceptance');
  return {
    started: chineseDate(lastEvent(bundle, 'constructionStarted')?.date),
    completed: chineseDate(lastEvent(bundle, 'completed')?.date),
    preliminary: preliminary ? `${chineseDate(preliminary.date)}（${preliminary.passed ? '通过' : '未通过'}）` : '',
    trialRun: chineseDate(lastEvent(bundle, 'trialRunStarted')?.date),
  };
}

/** laohekou-2024 第二十三条 (一)–(八), each ticked where the facts show it. */
export function acceptanceConditions(bundle: ProjectBundle): string {
  const { project, attributes, compliance } = bundle;
  const preliminary = lastEvent(bundle, 'preliminaryAcceptance');
  return [
    tick(eventsOf(bundle, 'completed').length > 0, '（一）完成全部建设内容，技术指标达到设计要求'),
    tick(Boolean(preliminary?.passed) && eventsOf(bundle, 'trialRunStarted').length > 0, '（二）通过初验并经过不少于一个月的安全稳定试运行'),
    tick(ACCEPTANCE_MATERIALS.slice(0, 4).every((code) => hasMaterial(bundle, code)), '（三）项目验收文件资料齐全'),
    tick(compliance.contractObligationsFulfilled === true, '（四）合同义务履行完毕（不含售后服务部分）'),
    tick(hasMaterial(bundle, 'userReport'), '（五）使用单位出具了满足使用需求的用户报告'),
    tick(hasMaterial(bundle, 'trainingRecord'), '（六）已完成相关培训工作'),
    tick(project.cloudDeployment === 'govCloud' && project.dataSharing === 'shared', '（七）部署在政务云，实现了数据资源共享'),
    tick(
      (!attributes.platformProject || hasMaterial(bundle, 'softwareTestReport')) && (!attributes.collectsData || hasMaterial(bundle, 'dataQualityReport')),
      '（八）平台类项目软件测评、数据采集质检（不涉及的视为满足）',
    ),
  ].join('\n');
}
