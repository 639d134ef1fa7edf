/**
 * The order of the common lifecycle stages, so rules can say "at or after
 * acceptance". `rejected` ranks with `underReview` (it never reached
 * `approved`); `shutDown` ranks after `operation`.
 */
import type { LifecycleStage } from '../../domain/enums';
import type { EventKind } from '../../domain/lifecycle-events';

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

/**
 * The stage an event shows the project has at least reached, so that a rule
 * keyed to a stage also fires on the dated event (a 立项 request recorded on a
 * project whose stage field still says 草稿). Reviews rank nowhere: some come
 * before the declaration (事前评估, 分管领导同意), and which one approves 立项
 * differs per pack.
 */
export const EVENT_STAGE: Readonly<Partial<Record<EventKind, LifecycleStage>>> = {
  declarationSubmitted: 'declared',
  includedInAnnualPlan: 'planned',
  bidResultDetermined: 'procurement',
  supervisionApplied: 'procurement',
  contractSigned: 'construction',
  contractFiled: 'construction',
  supervisionContracted: 'construction',
  constructionStarted: 'construction',
  changeRequested: 'construction',
  completed: 'trialRun',
  trialRunStarted: 'trialRun',
  preliminaryAcceptance: 'acceptance',
  finalAcceptanceApplied: 'acceptance',
  acceptanceHeld: 'acceptance',
  finalAcceptanceFailed: 'acceptance',
  finalAcceptancePassed: 'operation',
  acceptanceFiled: 'operation',
  operationStarted: 'operation',
  shutDown: 'shutDown',
};

/** The furthest stage the events (up to `asOf`) show; `draft` when none does. */
export function stageFromEvents(events: readonly { readonly kind: EventKind; readonly date: string }[], asOf?: string): LifecycleStage {
  let stage: LifecycleStage = 'draft';
  for (const event of events) {
    if (asOf !== undefined && event.date > asOf) continue;
    const shown = EVENT_STAGE[event.kind];
    if (shown !== undefined && STAGE_RANK[shown] > STAGE_RANK[stage]) stage = shown;
  }
  return stage;
}
