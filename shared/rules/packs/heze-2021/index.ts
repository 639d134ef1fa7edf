/**
 * The `heze-2021` rule pack: 菏泽市市级政务信息化项目管理办法（试行）（菏政办字〔2021〕1号）.
 * In force 2021-01-11 … 2022-12-27 (第四十一条); out of force since: the
 * framework then reports that and runs no rule. Written after the model of
 * xichuan-2025; see docs/rules-framework.md.
 */
import { definePack, type RulePack } from '../../framework/pack';
import { acceptanceApplicationDeadline, acceptanceRules } from './acceptance';
import { approvalRules, hezeApprovalPath, hezeApprovalSteps } from './approval-path';
import { hezeChecklists } from './checklists';
import { contractFilingDeadline } from './contract';
import { declarationRules } from './declaration';
import { implementationRules } from './implementation';
import { hezeLifecycle, stageGateRules } from './lifecycle';
import { hezeMeta } from './meta';
import { hezeNotEncoded } from './not-encoded';
import { oversightRules, rectificationWithinLimit } from './oversight';
import { hezeParameters, type HezeParameter } from './parameters';
import { selfEvaluationWindow } from './performance';
import { hezeScopeExclusions } from './scope';
import { securityRules } from './security';
import { sharingRules } from './sharing';
import { hezeReads } from './reads';

export const heze2021: RulePack<HezeParameter> = definePack<HezeParameter>({
  meta: hezeMeta,
  parameters: hezeParameters,
  lifecycle: hezeLifecycle,
  approvalSteps: hezeApprovalSteps,
  approvalPath: hezeApprovalPath,
  checklists: hezeChecklists,
  deadlines: [contractFilingDeadline, acceptanceApplicationDeadline, selfEvaluationWindow, rectificationWithinLimit],
  rules: [
    // articles otherwise enforced only by a lifecycle gate
    ...stageGateRules,
    // 第二章 规划和审批管理
    ...approvalRules,
    ...declarationRules,
    // 第三章 建设和资金管理
    ...implementationRules,
    ...acceptanceRules,
    // 第四章 信息资源共享管理
    ...sharingRules,
    // 第五章 网络与信息安全管理
    ...securityRules,
    // 第十四条、第三十一条: facts recorded since issue 12
    ...oversightRules,
  ],
  scopeExclusions: hezeScopeExclusions,
  notEncoded: hezeNotEncoded,
  reads: hezeReads,
});

export type { HezeParameter };
export { hezeForms } from './forms';
