/** Shared facts for the laohekou-2024 tests. */
import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { review } from '../../support/facts';

/** 第七条 论证 → 第八条 发改审批 → 第九条 技术评审 → 第十二条 预算评审, all passed. */
export const FIXED_ASSET_APPROVALS: LifecycleEventInput[] = [
  review('preAssessment', '2024-03-01'),
  review('establishment', '2024-04-01'),
  review('technical', '2024-06-03'),
  review('finance', '2024-07-01'),
];

/** 第七条 论证 → 第八条 审查意见 → 第十二条 预算评审, all passed. */
export const SERVICE_APPROVALS: LifecycleEventInput[] = [
  review('preAssessment', '2024-03-01'),
  review('technical', '2024-04-01'),
  review('finance', '2024-05-06'),
];
