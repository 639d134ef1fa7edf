/**
 * The `xichuan-2025` rule pack: 淅川县政务信息化项目建设管理暂行办法.
 * The model for the other packs; see docs/rules-framework.md.
 */
import { definePack, type RulePack } from '../../framework/pack';
import { acceptanceDeadlines, reacceptAfterRectification } from './acceptance';
import { approvalRules, xichuanApprovalPath, xichuanApprovalSteps } from './approval-path';
import { changeControlRules } from './change-control';
import { xichuanChecklists } from './checklists';
import { contractClauses, serviceNotSubcontracted } from './contract';
import { civilWorksException, declarationDeadline } from './declaration';
import { xichuanLifecycle } from './lifecycle';
import { xichuanMeta } from './meta';
import { xichuanNotEncoded } from './not-encoded';
import { operationRules } from './operation';
import { oversightRules, rectificationWithinLimit } from './oversight';
import { xichuanParameters, type XichuanParameter } from './parameters';
import { xichuanReads } from './reads';
import { classifiedProjects, notPublicBody } from './scope';
import { securityRules } from './security';
import { sharingRules, yearlyInventory } from './sharing';
import { seriousDelay } from './supervision';

export const xichuan2025: RulePack<XichuanParameter> = definePack<XichuanParameter>({
  meta: xichuanMeta,
  parameters: xichuanParameters,
  lifecycle: xichuanLifecycle,
  approvalSteps: xichuanApprovalSteps,
  approvalPath: xichuanApprovalPath,
  checklists: xichuanChecklists,
  deadlines: [declarationDeadline, ...acceptanceDeadlines, yearlyInventory, rectificationWithinLimit],
  rules: [
    // 第二章 项目申报与审批管理
    ...approvalRules,
    civilWorksException,
    // 第三章 项目建设和资金管理
    contractClauses,
    serviceNotSubcontracted,
    ...changeControlRules,
    reacceptAfterRectification,
    // 第四章 运行维护
    ...operationRules,
    // 第五章 信息资源共享管理
    ...sharingRules,
    // 第六章 网络与信息安全管理
    ...securityRules,
    // 第七章 监督管理
    seriousDelay,
    // 第十一条、第十六条、第三十条: facts recorded since issue 12
    ...oversightRules,
  ],
  scopeExclusions: [classifiedProjects, notPublicBody],
  notEncoded: xichuanNotEncoded,
  reads: xichuanReads,
});

export type { XichuanParameter };
export { xichuanForms } from './forms';
