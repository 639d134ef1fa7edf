/**
 * The approval path of one project, as the CLI's `path` verb and a filing
 * print it: every step in order (by the stage it must come before, then in the
 * article's order), with its citation and where it stands — the approval
 * steps the pack judges, and the other procedures an article lists on the way
 * (政府采购、绩效评价 in laohekou 第八条), which are shown, not judged, here.
 */
import type { Day } from '../../domain/day';
import { LIFECYCLE_STAGE_LABELS, type LifecycleStage } from '../../domain/enums';
import type { EventKind } from '../../domain/lifecycle-events';
import type { Citation } from '../../domain/regulations';
import { stepState } from './approval';
import { prepare, type CheckOptions } from './context';
import type { ProjectFacts } from './facts';
import type { RulePack } from './pack';
import type { RuleContext } from './rule';
import { STAGE_RANK } from './stages';
import { FactsView } from './view';

/** A step an article puts on the path that is not an approval (采购、绩效评价): shown on the path, judged elsewhere. */
export interface ProcedureStep {
  readonly label: string;
  readonly citation: Citation;
  readonly quote: string;
  /** The stage it comes before (or, for what follows the build, the stage it belongs to). */
  readonly before: LifecycleStage;
  /** The event that records it, when the register has one. */
  readonly event?: EventKind;
}

export type Procedures<P extends string = string> = (view: FactsView, ctx: RuleContext<P>) => readonly ProcedureStep[];

export interface PathEntry {
  readonly order: number;
  readonly kind: 'approval' | 'procedure';
  readonly label: string;
  readonly citation: Citation;
  readonly quote: string;
  readonly before: LifecycleStage;
  readonly beforeLabel: string;
  /** For approvals: 'required' or 'inPrinciple' (原则上). */
  readonly strength?: 'required' | 'inPrinciple';
  /** '已完成（2026-03-01）', '尚未办理', '结论为“不予通过”（…）', or '登记簿无此记录项' for a procedure without an event. */
  readonly state: string;
}

export interface ApprovalPathReport {
  /** The pack's validity article, always: the path is the regulation's only while it is in force. */
  readonly validity: { readonly citation: Citation; readonly quote: string; readonly status: string; readonly message: string | null };
  readonly steps: readonly PathEntry[];
}

export function approvalPathReport(pack: RulePack, facts: ProjectFacts, asOf: Day, options: CheckOptions): ApprovalPathReport {
  const { ctx, status, validity } = prepare(pack, asOf, options);
  const head = { citation: pack.meta.validityCitation, quote: pack.meta.validityQuote, status: status.kind, message: validity?.message ?? null };
  if (!ctx) return { validity: head, steps: [] };
  const view = new FactsView(facts, asOf);
  const entries: Omit<PathEntry, 'order'>[] = [];
  for (const step of pack.approvalPath(view, ctx)) {
    const state = stepState(view, step);
    const decision = view.review(step.review);
    entries.push({
      kind: 'approval',
      label: step.label,
      citation: step.citation,
      quote: step.quote,
      before: step.before,
      beforeLabel: LIFECYCLE_STAGE_LABELS[step.before],
      strength: step.strength,
      state: state ?? `已通过（${decision?.date ?? ''}）`,
    });
  }
  for (const step of pack.procedures?.(view, ctx) ?? []) {
    const done = step.event ? view.first(step.event) : undefined;
    entries.push({
      kind: 'procedure',
      label: step.label,
      citation: step.citation,
      quote: step.quote,
      before: step.before,
      beforeLabel: LIFECYCLE_STAGE_LABELS[step.before],
      state: step.event ? (done ? `已完成（${done.date}）` : '尚未办理') : '登记簿无此记录项',
    });
  }
  // Stable: within a stage, approvals keep the pack's (the article's) order, procedures follow.
  const ordered = entries.map((entry, index) => ({ entry, index })).sort((a, b) => STAGE_RANK[a.entry.before] - STAGE_RANK[b.entry.before] || a.index - b.index);
  return { validity: head, steps: ordered.map(({ entry }, i) => ({ order: i + 1, ...entry })) };
}
