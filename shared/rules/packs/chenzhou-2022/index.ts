/**
 * The `chenzhou-2022` rule pack: 郴州市本级财政投资类信息化项目管理暂行办法
 * (郴政办发〔2022〕31号). See docs/rules-framework.md.
 */
import { definePack, type RulePack } from '../../framework/pack';
import { acceptanceRules } from './acceptance';
import { approvalRules, chenzhouApprovalPath, chenzhouApprovalSteps } from './approval-path';
import { chenzhouChecklists } from './checklists';
import { declarationDeadline, undeclaredNotApproved } from './declaration';
import { chenzhouLifecycle, stageGateRules } from './lifecycle';
import { chenzhouMeta } from './meta';
import { chenzhouNotEncoded } from './not-encoded';
import { chenzhouParameters, type ChenzhouParameter } from './parameters';
import { reviewMaterialsProvided, reviewTimeLimit } from './review';
import { classifiedProjects, municipalFunds } from './scope';
import { securityRules } from './security';
import { sharingRules } from './sharing';
import { seriousDelayReported, supervisorQualified } from './supervision';
import { chenzhouReads } from './reads';

export const chenzhou2022: RulePack<ChenzhouParameter> = definePack<ChenzhouParameter>({
  meta: chenzhouMeta,
  parameters: chenzhouParameters,
  lifecycle: chenzhouLifecycle,
  approvalSteps: chenzhouApprovalSteps,
  approvalPath: chenzhouApprovalPath,
  checklists: chenzhouChecklists,
  deadlines: [declarationDeadline, reviewTimeLimit],
  rules: [
    // articles otherwise enforced only by a lifecycle gate
    ...stageGateRules,
    // 第一章 总则
    // 第二章 项目申报与评审管理
    undeclaredNotApproved,
    ...approvalRules,
    reviewMaterialsProvided,
    // 第一章 第四条、第三章 项目建设管理
    ...sharingRules,
    ...securityRules,
    seriousDelayReported,
    supervisorQualified,
    // 第四章 验收管理
    ...acceptanceRules,
  ],
  scopeExclusions: [classifiedProjects, municipalFunds],
  notEncoded: chenzhouNotEncoded,
  reads: chenzhouReads,
});

export type { ChenzhouParameter };
export { chenzhouForms } from './forms';
