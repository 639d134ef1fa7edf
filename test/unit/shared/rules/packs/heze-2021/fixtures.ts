/** Shared facts for the heze-2021 tests: every date lies within the validity (2021-01-11 … 2022-12-27). */
import type { LifecycleEventInput } from '../../../../../../shared/domain/lifecycle-events';
import { review } from '../../support/facts';
import { heze2021 } from '../../../../../../shared/rules/packs/heze-2021';
import { officeSetOverrides } from '../../support/calendar';
import { officialOptions } from '../../support/official-calendar';

/** A day well inside the validity. */
export const ASOF = '2022-06-01';

/**
 * Heze cases run on the official calendar (2021–2022 are covered), with the
 * open parameters set by the review office to the pack's defaults.
 */
export const OFFICIAL = { options: { ...officialOptions, overrides: officeSetOverrides(heze2021) } } as const;

/** The official calendar with the open parameters still unset (findings resting on them are info). */
export const OFFICIAL_UNSET = { options: officialOptions } as const;

/** 第八条 事前绩效评估 → 第十一条 市大数据局审核意见 → 第四条 市发展改革委投资立项审批, all passed. */
export const LOCAL_APPROVALS: LifecycleEventInput[] = [
  review('preAssessment', '2021-03-01'),
  review('technical', '2021-04-01'),
  review('establishment', '2021-05-06'),
];
