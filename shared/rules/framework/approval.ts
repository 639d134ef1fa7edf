/**
 * Approval paths: which reviews and approvals a project needs, given its
 * class, kind, amount and attributes. Each pack supplies `approvalPath`, a
 * small pure function choosing among its `approvalSteps` (plain data).
 */
import type { LifecycleStage } from '../../domain/enums';
import { LIFECYCLE_STAGE_LABELS } from '../../domain/enums';
import { REVIEW_KIND_LABELS, REVIEW_OUTCOME_LABELS, type ReviewKind } from '../../domain/lifecycle-events';
import type { Citation } from '../../domain/regulations';
import { approvalAround, checkpointDay, type Checkpoint } from './checkpoint';
import type { FindingDraft } from './finding';
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
  /**
   * The event the article says the step comes before (“在报市大数据局立项前”): once
   * it is recorded, the step must have been approved on or before its day.
   */
  readonly at?: Checkpoint;
  /** Reviews the article puts after this step: each approved one must be dated on or after it. */
  readonly precedes?: readonly ReviewKind[];
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

/** A step not approved by the day of its checkpoint (approved later, or not at all), or null. */
function lateAtCheckpoint(view: FactsView, step: ApprovalStep): FindingDraft | null {
  const day = step.at ? checkpointDay(view, step.at) : undefined;
  if (!step.at || day === undefined) return null;
  const approval = approvalAround(view, step.review, day);
  if (approval?.inTime) return null;
  const what = approval ? `${step.label}于 ${approval.date} 才通过，晚于${step.at.label}（${day}）` : `${step.at.label}（${day}）时${step.label}尚未通过`;
  return step.strength === 'required'
    ? {
        severity: 'blocking',
        message: `${what}。依“${step.quote}”，该环节须在${step.at.label}之前完成。`,
        action: approval
          ? `请说明${step.label}晚于${step.at.label}的原因；${step.at.label}所依据的前置条件不成立的，应按程序重新办理。`
          : `请补办${step.label}并登记结论；完成前不得继续办理${step.at.label}后的环节。`,
      }
    : {
        severity: 'warning',
        message: `${what}。依“${step.quote}”，原则上应在${step.at.label}之前完成。`,
        action: `请补办${step.label}或在项目备注中记录例外的依据。`,
      };
}

/** The reviews approved before this step although the article puts them after it. */
function outOfOrder(view: FactsView, step: ApprovalStep): FindingDraft | null {
  if (!step.precedes) return null;
  const own = view.all('review').find((decision) => decision.review === step.review && decision.outcome === 'approved');
  const early: string[] = [];
  for (const later of step.precedes) {
    const decision = view.all('review').find((d) => d.review === later && d.outcome === 'approved');
    // Same day: in order (see checkpoint.ts); only an earlier day shows the order broken.
    if (decision && (!own || decision.date < own.date)) early.push(`${REVIEW_KIND_LABELS[later]}（${decision.date}）`);
  }
  if (early.length === 0) return null;
  const when = own ? `${step.label}于 ${own.date} 通过` : `${step.label}尚未通过`;
  return {
    severity: step.strength === 'required' ? 'blocking' : 'warning',
    message: `${when}，但${early.join('、')}已在此前通过；依“${step.quote}”，${step.label}应在先。`,
    action: `请核对各环节的日期；确未按顺序办理的，请按程序补办${step.label}并说明原因。`,
  };
}

/**
 * A rule reporting the steps of `path` that cite `citation.article` and are
 * missing although the project is already at or past the step's stage (or
 * its checkpoint event), approved after their checkpoint, or taken out of the
 * article's order.
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
        if (step.citation.article !== spec.citation.article) continue;
        const late = lateAtCheckpoint(view, step);
        if (late) {
          report(late);
          continue;
        }
        const order = outOfOrder(view, step);
        if (order) {
          report(order);
          continue;
        }
        if (!view.atOrAfter(step.before)) continue;
        const state = stepState(view, step);
        if (state === null) continue;
        const stage = LIFECYCLE_STAGE_LABELS[view.reachedStage];
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
