/**
 * The lifecycle state machine of a pack: which transitions between the common
 * LIFECYCLE_STAGES the regulation allows, and what each needs. A transition
 * not listed is refused, naming the article that says how the target stage
 * is reached.
 *
 * On top of a transition's own `needs`, the framework always adds:
 * - every approval step due by the target stage (`ApprovalStep.before`), and
 * - every checklist item whose gate is at or before the target stage.
 */
import type { LifecycleStage } from '../../domain/enums';
import type { EventKind, ReviewKind } from '../../domain/lifecycle-events';
import type { MaterialCode } from '../../domain/materials';
import type { Citation } from '../../domain/regulations';
import type { Applicability } from './applicability';
import type { RuleContext } from './rule';
import type { FactsView } from './view';

interface RequirementBase {
  readonly citation: Citation;
  readonly appliesTo?: Applicability;
}

export type Requirement =
  | (RequirementBase & { readonly kind: 'event'; readonly event: EventKind })
  | (RequirementBase & { readonly kind: 'material'; readonly material: MaterialCode })
  | (RequirementBase & { readonly kind: 'review'; readonly review: ReviewKind })
  | (RequirementBase & {
      readonly kind: 'condition';
      /** What must hold, in Chinese: '属于单纯设备和软件类采购项目或政府购买服务类项目'. */
      readonly label: string;
      test(view: FactsView, ctx: RuleContext): boolean;
    });

export interface Transition {
  readonly from: LifecycleStage;
  readonly to: LifecycleStage;
  readonly citation: Citation;
  readonly quote: string;
  readonly needs: readonly Requirement[];
}

export interface Lifecycle {
  readonly transitions: readonly Transition[];
}

/** A reason a transition is refused (or, for a caution, allowed with a note). */
export interface Refusal {
  readonly citation: Citation;
  readonly message: string;
}

export interface TransitionCheck {
  readonly allowed: boolean;
  readonly refusals: readonly Refusal[];
  /** Steps required only “原则上”: the transition goes on, but the note stands. */
  readonly cautions: readonly Refusal[];
}

export function transitionsFrom(lifecycle: Lifecycle, stage: LifecycleStage): Transition[] {
  return lifecycle.transitions.filter((transition) => transition.from === stage);
}
