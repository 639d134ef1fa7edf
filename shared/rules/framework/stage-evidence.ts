/**
 * What the dated events say about a project's stage, and whether the
 * register's stage agrees. An event implies the stage it opens or belongs
 * to (开始试运行 → 试运行); the furthest such stage is what the events prove.
 * Moves may jump over stages the events prove, each hop still checked by the
 * pack's state machine.
 */
import type { Day } from '../../domain/day';
import { LIFECYCLE_STAGE_LABELS, type LifecycleStage } from '../../domain/enums';
import { EVENT_KIND_LABELS, type EventKind, type LifecycleEvent, type ReviewKind } from '../../domain/lifecycle-events';
import type { Lifecycle } from './lifecycle';
import { STAGE_RANK } from './stages';

/** The stage an event puts the project in (at least). Events not listed say nothing about the stage. */
export const EVENT_STAGE: Partial<Record<EventKind, LifecycleStage>> = {
  declarationSubmitted: 'declared',
  reviewRequested: 'underReview',
  includedInAnnualPlan: 'planned',
  bidResultDetermined: 'procurement',
  contractSigned: 'procurement',
  contractFiled: 'procurement',
  supervisionContracted: 'construction',
  constructionStarted: 'construction',
  completed: 'construction',
  trialRunStarted: 'trialRun',
  preliminaryAcceptance: 'acceptance',
  finalAcceptanceApplied: 'acceptance',
  finalAcceptancePassed: 'operation',
  operationStarted: 'operation',
  shutDown: 'shutDown',
};

/** The approvals that make a project 已批复立项 (an approval of a 立项-type review). */
const ESTABLISHING_REVIEWS: readonly ReviewKind[] = ['establishment', 'proposal', 'feasibility', 'preliminaryDesign', 'governmentApproval'];

export function impliedStageOf(event: LifecycleEvent): LifecycleStage | null {
  if (event.kind === 'review') return event.outcome === 'approved' && ESTABLISHING_REVIEWS.includes(event.review) ? 'approved' : null;
  return EVENT_STAGE[event.kind] ?? null;
}

export interface StageEvidence {
  /** The furthest stage the events up to `asOf` prove, with the event that proves it. */
  stage: LifecycleStage;
  event: EventKind;
  date: Day;
}

/** The furthest stage proven by events dated up to `asOf`; the earliest event proving it. */
export function provenStage(events: readonly LifecycleEvent[], asOf: Day): StageEvidence | null {
  let best: StageEvidence | null = null;
  for (const event of events) {
    if (event.date > asOf) continue;
    const stage = impliedStageOf(event);
    if (!stage) continue;
    const better = !best || STAGE_RANK[stage] > STAGE_RANK[best.stage] || (STAGE_RANK[stage] === STAGE_RANK[best.stage] && event.date < best.date);
    if (better) best = { stage, event: event.kind, date: event.date };
  }
  return best;
}

/** Where the register's stage and the events disagree, in words; null when they agree. */
export function stageDisagreement(stage: LifecycleStage, evidence: StageEvidence | null): string | null {
  if (stage === 'rejected' || stage === 'shutDown') return null;
  const registered = `“${LIFECYCLE_STAGE_LABELS[stage]}”`;
  if (evidence && STAGE_RANK[evidence.stage] > STAGE_RANK[stage]) {
    return `事件表明项目已到${`“${LIFECYCLE_STAGE_LABELS[evidence.stage]}”`}阶段（${evidence.date}“${EVENT_KIND_LABELS[evidence.event]}”），登记的阶段仍为${registered}。`;
  }
  // A stage beyond the events is said only from construction on, where the events name the step (开工、试运行、验收、运行).
  if (STAGE_RANK[stage] >= STAGE_RANK.construction && (!evidence || STAGE_RANK[evidence.stage] < STAGE_RANK[stage])) {
    const proven = evidence ? `事件只表明到“${LIFECYCLE_STAGE_LABELS[evidence.stage]}”（${evidence.date}“${EVENT_KIND_LABELS[evidence.event]}”）` : '尚无事件记录表明项目所处阶段';
    return `登记的阶段为${registered}，但${proven}：请补记相应事件。`;
  }
  return null;
}

/**
 * The stages to pass through from `from` to `to` along the pack's forward
 * transitions, `to` last; null when `to` cannot be reached that way. Every
 * stage passed over (not `to` itself) must be proven by the events.
 */
export function stagePath(lifecycle: Lifecycle, from: LifecycleStage, to: LifecycleStage, proven: LifecycleStage | null): LifecycleStage[] | null {
  if (lifecycle.transitions.some((transition) => transition.from === from && transition.to === to)) return [to];
  if (!proven || STAGE_RANK[to] <= STAGE_RANK[from]) return null;
  // Breadth first over forward moves through stages the events prove: the shortest path.
  const previous = new Map<LifecycleStage, LifecycleStage>();
  const queue: LifecycleStage[] = [from];
  while (queue.length > 0) {
    const stage = queue.shift()!;
    for (const transition of lifecycle.transitions) {
      if (transition.from !== stage || previous.has(transition.to) || transition.to === from) continue;
      if (STAGE_RANK[transition.to] <= STAGE_RANK[stage] || transition.to === 'rejected' || transition.to === 'shutDown' && to !== 'shutDown') continue;
      if (transition.to !== to && STAGE_RANK[transition.to] > STAGE_RANK[proven]) continue;
      previous.set(transition.to, stage);
      if (transition.to === to) {
        const path: LifecycleStage[] = [to];
        for (let at = stage; at !== from; at = previous.get(at)!) path.unshift(at);
        return path;
      }
      queue.push(transition.to);
    }
  }
  return null;
}
