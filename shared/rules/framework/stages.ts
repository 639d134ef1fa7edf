/**
 * The order of the common lifecycle stages, so rules can say "at or after
 * acceptance". `rejected` ranks with `underReview` (it never reached
 * `approved`); `shutDown` ranks after `operation`.
 */
import type { LifecycleStage } from '../../domain/enums';

export const STAGE_RANK: Readonly<Record<LifecycleStage, number>> = {
  draft: 0,
  declared: 1,
  underReview: 2,
  rejected: 2,
  approved: 3,
  planned: 4,
  procurement: 5,
  construction: 6,
  trialRun: 7,
  acceptance: 8,
  operation: 9,
  shutDown: 10,
};

export function stageAtOrAfter(stage: LifecycleStage, reference: LifecycleStage): boolean {
  return STAGE_RANK[stage] >= STAGE_RANK[reference];
}

/** Stages where the project's lifecycle has ended (a rejected one may start over as a draft): only rules marked `checksClosedProjects` look at them. */
export function isClosedStage(stage: LifecycleStage): boolean {
  return stage === 'rejected' || stage === 'shutDown';
}
