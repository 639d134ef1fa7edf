/**
 * The `xunyang-2022` rule pack: 浔阳区政务信息化建设项目管理办法 (试行, no end date).
 * See docs/rules-framework.md.
 */
import { definePack, type RulePack } from '../../framework/pack';
import { acceptanceRules, rectificationOrderDue } from './acceptance';
import { approvalRules, xunyangApprovalPath, xunyangApprovalSteps } from './approval-path';
import { xunyangChecklists } from './checklists';
import { constructionRules, yearlyPerformanceReport } from './construction';
import { declarationDeadline } from './declaration';
import { infrastructureRules } from './infrastructure';
import { xunyangLifecycle, stageGateRules } from './lifecycle';
import { xunyangMeta } from './meta';
import { xunyangNotEncoded } from './not-encoded';
import { xunyangParameters, type XunyangParameter } from './parameters';
import { classifiedProjects, noFiscalFunds, otherOwners } from './scope';
import { securityRules } from './security';
import { xunyangReads } from './reads';

export const xunyang2022: RulePack<XunyangParameter> = definePack<XunyangParameter>({
  meta: xunyangMeta,
  parameters: xunyangParameters,
  lifecycle: xunyangLifecycle,
  approvalSteps: xunyangApprovalSteps,
  approvalPath: xunyangApprovalPath,
  checklists: xunyangChecklists,
  deadlines: [declarationDeadline, yearlyPerformanceReport, rectificationOrderDue],
  rules: [
    // articles otherwise enforced only by a lifecycle gate
    ...stageGateRules,
    // 第二章 规划和审批
    ...approvalRules,
    // 第三章 建设和资金管理
    ...infrastructureRules,
    ...constructionRules,
    // 第四章 项目验收
    ...acceptanceRules,
    // 第五章 安全职责
    ...securityRules,
  ],
  scopeExclusions: [classifiedProjects, otherOwners, noFiscalFunds],
  notEncoded: xunyangNotEncoded,
  reads: xunyangReads,
});

export type { XunyangParameter };
export { xunyangForms } from './forms';
