/**
 * FactsView: one project's facts indexed once per check, as of a day. Events
 * and materials dated after `asOf` are not there yet, so a check "as of" a
 * past day sees what was known then. Built once per `checkProject`; every
 * accessor is a lookup, with no allocation.
 */
import type { Day } from '../../domain/day';
import type { LifecycleStage } from '../../domain/enums';
import type { EventKind, EventOf, LifecycleEvent, ReviewKind } from '../../domain/lifecycle-events';
import type { MaterialCode } from '../../domain/materials';
import type { Project } from '../../domain/project';
import type { ComplianceFacts, ProjectAttributes, ProjectFacts } from './facts';
import { stageAtOrAfter } from './stages';

const NONE: readonly never[] = Object.freeze([]);

export class FactsView {
  readonly project: Project;
  readonly attributes: ProjectAttributes;
  readonly compliance: ComplianceFacts;
  readonly stage: LifecycleStage;
  private readonly byKind = new Map<EventKind, LifecycleEvent[]>();
  private readonly latestReviews = new Map<ReviewKind, EventOf<'review'>>();
  private readonly materials = new Set<MaterialCode>();

  constructor(
    readonly facts: ProjectFacts,
    readonly asOf: Day,
  ) {
    this.project = facts.project;
    this.attributes = facts.attributes;
    this.compliance = facts.compliance;
    this.stage = facts.project.stage;
    for (const event of sortedByDate(facts.events)) {
      if (event.date > asOf) continue;
      const list = this.byKind.get(event.kind);
      if (list) list.push(event);
      else this.byKind.set(event.kind, [event]);
      if (event.kind === 'review') this.latestReviews.set(event.review, event);
    }
    for (const material of facts.materials) {
      if (material.date === undefined || material.date <= asOf) this.materials.add(material.code);
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

  atOrAfter(stage: LifecycleStage): boolean {
    return stageAtOrAfter(this.stage, stage);
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
