/**
 * FactsView: one project's facts indexed once per check, as of a day. Events
 * and materials dated after `asOf` are not there yet, so a check "as of" a
 * past day sees what was known then. Built once per `checkProject`; every
 * accessor is a lookup, with no allocation.
 *
 * A material counts from its date. An undated one is there (it was attached),
 * but `materialDate` says `null` (日期不详), so a rule judging "before X" does
 * not take it as present from the start.
 */
import type { Day } from '../../domain/day';
import type { LifecycleStage } from '../../domain/enums';
import type { EventKind, EventOf, LifecycleEvent, ReviewKind } from '../../domain/lifecycle-events';
import type { MaterialCode } from '../../domain/materials';
import type { Project } from '../../domain/project';
import type { ComplianceFacts, ProjectAttributes, ProjectFacts } from './facts';
import { EVENT_STAGE, STAGE_RANK } from './stages';

const NONE: readonly never[] = Object.freeze([]);

export class FactsView {
  readonly project: Project;
  readonly attributes: ProjectAttributes;
  readonly compliance: ComplianceFacts;
  /** The register's stage field (transitions and closed-project checks go by it). */
  readonly stage: LifecycleStage;
  /** The furthest of the stage field and the stage the dated events show (`atOrAfter` goes by it). */
  readonly reachedStage: LifecycleStage;
  private readonly byKind = new Map<EventKind, LifecycleEvent[]>();
  private readonly latestReviews = new Map<ReviewKind, EventOf<'review'>>();
  /** Per material: its earliest date up to `asOf`, or null when only undated copies are there. */
  private readonly materials = new Map<MaterialCode, Day | null>();

  constructor(
    readonly facts: ProjectFacts,
    readonly asOf: Day,
  ) {
    this.project = facts.project;
    this.attributes = facts.attributes;
    this.compliance = facts.compliance;
    this.stage = facts.project.stage;
    let reached = STAGE_RANK[this.stage];
    let reachedStage = this.stage;
    for (const event of sortedByDate(facts.events)) {
      if (event.date > asOf) continue;
      const shown = EVENT_STAGE[event.kind];
      if (shown !== undefined && STAGE_RANK[shown] > reached) {
        reached = STAGE_RANK[shown];
        reachedStage = shown;
      }
      const list = this.byKind.get(event.kind);
      if (list) list.push(event);
      else this.byKind.set(event.kind, [event]);
      if (event.kind === 'review') this.latestReviews.set(event.review, event);
    }
    this.reachedStage = reachedStage;
    for (const material of facts.materials) {
      const date = material.date ?? null;
      if (date !== null && date > asOf) continue;
      const known = this.materials.get(material.code);
      if (known === undefined || (date !== null && (known === null || date < known))) this.materials.set(material.code, date);
    }
  }

  /** Events of one kind up to `asOf`, oldest first. */
  all<K extends EventKind>(kind: K): readonly EventOf<K>[] {
    return (this.byKind.get(kind) as EventOf<K>[] | undefined) ?? NONE;
  }

  first<K extends EventKind>(kind: K): EventOf<K> | undefined {
    return this.all(kind)[0];
  }

  last<K extends EventKind>(kind: K): EventOf<K> | undefined {
    const list = this.all(kind);
    return list[list.length - 1];
  }

  /** The first event of `kind` on or after `day`. */
  firstOnOrAfter<K extends EventKind>(kind: K, day: Day): EventOf<K> | undefined {
    for (const event of this.all(kind)) if (event.date >= day) return event;
    return undefined;
  }

  /** The latest decision of one review kind (a later decision replaces an earlier one). */
  review(kind: ReviewKind): EventOf<'review'> | undefined {
    return this.latestReviews.get(kind);
  }

  approved(kind: ReviewKind): boolean {
    return this.latestReviews.get(kind)?.outcome === 'approved';
  }

  has(material: MaterialCode): boolean {
    return this.materials.has(material);
  }

  /** The material's earliest date up to `asOf`; null: attached without a date (日期不详); undefined: not there. */
  materialDate(material: MaterialCode): Day | null | undefined {
    return this.materials.get(material);
  }

  /** Whether the stage field or a dated event shows the project at or past `stage`. */
  atOrAfter(stage: LifecycleStage): boolean {
    return STAGE_RANK[this.reachedStage] >= STAGE_RANK[stage];
  }

  isIn(...stages: LifecycleStage[]): boolean {
    return stages.includes(this.stage);
  }
}

function sortedByDate(events: readonly LifecycleEvent[]): readonly LifecycleEvent[] {
  for (let i = 1; i < events.length; i++) {
    // Stable sort only when needed: registers usually hand events over in order.
    if (events[i]!.date < events[i - 1]!.date) return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return events;
}
