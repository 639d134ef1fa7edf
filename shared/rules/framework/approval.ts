/**
 * Approval paths: which reviews and approvals a project needs, given its
 * class, kind, amount and attributes. Each pack supplies `approvalPath`, a
 * small pure function choosing among its `approvalSteps` (plain data).
 */
import type { LifecycleStage } from '../../domain/enums';
import { LIFECYCLE_STAGE_LABELS } from '../../domain/enums';
import { REVIEW_OUTCOME_LABELS, type ReviewKind } from '../../domain/lifecycle-events';
import type { Citation } from '../../domain/regulations';
import type { Rule, RuleContext } from './rule';
import { STAGE_RANK } from './stages';
import type { FactsView } from './view';

export interface ApprovalStep {
  readonly review: ReviewKind;
  /** Who does what, in the regulation's words: '县行政审批和政务信息管理局技术性审查'. */
  readonly label: string;
  readonly citation: Citation;
  readonly quote: string;
  /** The step must be approved before the project enters this stage. */
  readonly before: LifecycleStage;
  /** `inPrinciple` for 原则上: missing it warns, and transitions go on with a caution. */
  readonly strength: 'required' | 'inPrinciple';
}

export type ApprovalPath<P extends string = string> = (view: FactsView, ctx: RuleContext<P>) => readonly ApprovalStep[];

/** Steps that must be approved before a project may be in `stage`. */
export function stepsDueBy(path: readonly ApprovalStep[], stage: LifecycleStage): ApprovalStep[] {
  return path.filter((step) => STAGE_RANK[step.before] <= STAGE_RANK[stage]);
}

/** Plain Chinese on where a step stands: '尚未办理' or '结论为“不予通过”'. */
export function stepState(view: FactsView, step: ApprovalStep): string | null {
  const decision = view.review(step.review);
  if (!decision) return '尚未办理';
  if (decision.outcome === 'approved') return null;
  return `结论为“${REVIEW_OUTCOME_LABELS[decision.outcome]}”（${decision.date}）`;
}

/**
 * A rule reporting the steps of `path` that cite `citation.article` and are
 * missing although the project is already at or past the step's stage.
 */
export function approvalStepsRule<P extends string>(spec: {
  id: string;
  title: string;
  citation: Citation;
  quote: string;
  path: ApprovalPath<P>;
}): Rule<P> {
  return {
    id: spec.id,
    title: spec.title,
    citation: spec.citation,
    quote: spec.quote,
    check(view, ctx, report) {
      for (const step of spec.path(view, ctx)) {
        if (step.citation.article !== spec.citation.article || !view.atOrAfter(step.before)) continue;
        const state = stepState(view, step);
        if (state === null) continue;
        const stage = LIFECYCLE_STAGE_LABELS[view.stage];
        report(
          step.strength === 'required'
            ? {
                severity: 'blocking',
                message: `项目已处于“${stage}”阶段，但${step.label}${state}。依“${step.quote}”，须先完成该环节。`,
                action: `请补办${step.label}并登记结论；完成前不得进入“${LIFECYCLE_STAGE_LABELS[step.before]}”及以后阶段。`,
              }
            : {
                severity: 'warning',
                message: `项目已处于“${stage}”阶段，但${step.label}${state}。依“${step.quote}”，原则上应包括该环节。`,
                action: `请补办${step.label}；确属例外的，请在项目备注中记录不履行该环节的依据。`,
              },
        );
      }
    },
  };
}
