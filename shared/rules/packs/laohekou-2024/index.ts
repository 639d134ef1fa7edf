/**
 * The `laohekou-2024` rule pack: 老河口市本级信息化和智慧城市项目管理办法（河政规〔2024〕1号）.
 * Written after the model of xichuan-2025; see docs/rules-framework.md.
 */
import { definePack, type RulePack } from '../../framework/pack';
import { acceptanceRules } from './acceptance';
import { approvalRules, laohekouApprovalPath, laohekouApprovalSteps, laohekouProcedures } from './approval-path';
import { laohekouChecklists } from './checklists';
import { cloudRules } from './cloud';
import { designRules } from './design';
import { laohekouLifecycle, stageGateRules } from './lifecycle';
import { laohekouMeta } from './meta';
import { laohekouNotEncoded } from './not-encoded';
import { laohekouParameters, type LaohekouParameter } from './parameters';
import { selfEvaluationWindow } from './performance';
import { classifiedProjects, notGovernmentDepartment } from './scope';
import { supervisionApplicationDeadline, unifiedSupervision } from './supervision';
import { laohekouReads } from './reads';

export const laohekou2024: RulePack<LaohekouParameter> = definePack<LaohekouParameter>({
  meta: laohekouMeta,
  parameters: laohekouParameters,
  lifecycle: laohekouLifecycle,
  approvalSteps: laohekouApprovalSteps,
  approvalPath: laohekouApprovalPath,
  procedures: laohekouProcedures,
  checklists: laohekouChecklists,
  deadlines: [supervisionApplicationDeadline, selfEvaluationWindow],
  rules: [
    // articles otherwise enforced only by a lifecycle gate
    ...stageGateRules,
    // 第二章 统一规划评估、第三章 统一技术评审
    ...approvalRules,
    ...designRules,
    // 第四章 规范建设
    ...cloudRules,
    // 第五章 统一监理
    unifiedSupervision,
    // 第六章 统一验收
    ...acceptanceRules,
  ],
  scopeExclusions: [classifiedProjects, notGovernmentDepartment],
  notEncoded: laohekouNotEncoded,
  reads: laohekouReads,
});

export type { LaohekouParameter };
export { laohekouForms } from './forms';
