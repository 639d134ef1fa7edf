/**
 * Checkpoints: the dated event an article ties an obligation to ("在报市大数据局
 * 立项前", "组织申报前", "验收材料"), so a checklist or an approval step is
 * judged at that event and by date, not by the register's stage field.
 *
 * "Before X" and the same day: the register records days, not hours. A
 * prerequisite dated on the day of X may have been done before X that day, and
 * nothing recorded shows otherwise, so it counts as in time; only a later day
 * shows it came after X. Every "before X" in the packs reads the day so.
 */
import type { Day } from '../../domain/day';
import type { EventKind, ReviewKind } from '../../domain/lifecycle-events';
import type { FactsView } from './view';

export interface Checkpoint {
  /** The event in the regulation's words: '提出立项申请', '提出竣工验收申请'. */
  readonly label: string;
  /** Any of these events is the checkpoint; the earliest counts. */
  readonly events: readonly EventKind[];
  /** A request for one of these reviews (`reviewRequested`) is the checkpoint too. */
  readonly requests?: readonly ReviewKind[];
  /** A decision (any outcome) of one of these reviews is the checkpoint too: the review itself. */
  readonly reviews?: readonly ReviewKind[];
}

/** The day the project first reached the checkpoint (up to `asOf`), or undefined. */
export function checkpointDay(view: FactsView, checkpoint: Checkpoint): Day | undefined {
  let day: Day | undefined;
  for (const kind of checkpoint.events) {
    const first = view.first(kind);
    if (first && (day === undefined || first.date < day)) day = first.date;
  }
  if (checkpoint.requests) {
    for (const request of view.all('reviewRequested')) {
      if (checkpoint.requests.includes(request.review)) {
        if (day === undefined || request.date < day) day = request.date;
        break; // oldest first
      }
    }
  }
  if (checkpoint.reviews) {
    for (const decision of view.all('review')) {
      if (checkpoint.reviews.includes(decision.review)) {
        if (day === undefined || decision.date < day) day = decision.date;
        break;
      }
    }
  }
  return day;
}

/** The first approved decision of `review` on or before `day`, else the first approved after it. */
export function approvalAround(view: FactsView, review: ReviewKind, day: Day): { inTime: boolean; date: Day } | undefined {
  for (const decision of view.all('review')) {
    if (decision.review === review && decision.outcome === 'approved') return { inTime: decision.date <= day, date: decision.date };
  }
  return undefined;
}

/** Shared checkpoints, named in the words the five texts use. Packs may define their own. */
export const CHECKPOINTS = {
  /** 报送申报材料 / 申报. */
  declaration: { label: '申报', events: ['declarationSubmitted'] },
  /** 提出竣工验收申请 or the acceptance itself, whichever comes first. */
  acceptance: {
    label: '验收（提出验收申请或组织验收）',
    events: ['finalAcceptanceApplied', 'acceptanceHeld', 'finalAcceptancePassed', 'finalAcceptanceFailed'],
    requests: ['acceptanceApplication'],
  },
} as const satisfies Record<string, Checkpoint>;
