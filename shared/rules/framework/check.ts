/**
 * Checking projects. A project's findings depend only on its facts, the pack,
 * the parameters (with the office's layer) and `asOf`: recheck one project
 * when it changes, all of them when the pack, the parameters or the day do.
 */
import type { Day } from '../../domain/day';
import type { LifecycleStage } from '../../domain/enums';
import type { MaterialCode } from '../../domain/materials';
import type { Citation } from '../../domain/regulations';
import { applies } from './applicability';
import type { ChecklistItem } from './checklist';
import { checkpointDay } from './checkpoint';
import { compiledRulesOf, prepare, type CheckOptions } from './context';
import { deadlineStatus, judgedInstances, type DeadlineInstance, type DeadlineStatus } from './deadline';
import type { ProjectFacts } from './facts';
import { makeFinding, type Finding, type FindingDraft } from './finding';
import type { RulePack } from './pack';
import { STAGE_RANK, isClosedStage } from './stages';
import { FactsView } from './view';

/** The rule id of the finding about the pack's own validity. */
export function validityRuleId(pack: RulePack): string {
  return `${pack.meta.id}/validity`;
}

/** All findings for one project on `asOf`, in the pack's rule order. */
export function checkProject(pack: RulePack, facts: ProjectFacts, asOf: Day, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const projectId = facts.project.id;
  const { validity, ctx, provisional, noteFor } = prepare(pack, asOf, options);
  if (validity) findings.push(makeFinding(validityRuleId(pack), projectId, pack.meta.validityCitation, validity));
  if (!ctx) return findings;

  const view = new FactsView(facts, asOf);
  for (const exclusion of pack.scopeExclusions) {
    if (applies(view, exclusion.appliesTo)) {
      findings.push(
        makeFinding(exclusion.id, projectId, exclusion.citation, {
          severity: 'info',
          message: exclusion.message,
          action: exclusion.action,
        }),
      );
      return findings;
    }
  }

  let ruleId = '';
  let citation: Citation = pack.meta.validityCitation;
  let note: string | undefined;
  const report = (draft: FindingDraft): void => {
    const own = note ?? (draft.restsOn ? noteFor(draft.restsOn) : undefined);
    findings.push(makeFinding(ruleId, projectId, citation, draft, own));
  };
  const closed = isClosedStage(view.stage);
  for (const rule of compiledRulesOf(pack)) {
    if (closed && rule.checksClosedProjects !== true) continue;
    ruleId = rule.id;
    citation = rule.citation;
    const parameters = rule.parameters;
    note = parameters === undefined ? undefined : typeof parameters === 'function' ? noteFor(parameters(view, ctx)) : provisional.get(rule);
    rule.check(view, ctx, report);
  }
  return findings;
}

export type ProjectCheck =
  | { readonly projectId: string; readonly findings: Finding[] }
  | { readonly projectId: string; readonly error: string };

/**
 * Every project of an office. A project whose check throws (e.g. a date beyond
 * the holiday data) gets an error entry; the others are still checked.
 */
export function checkOffice(pack: RulePack, projects: readonly ProjectFacts[], asOf: Day, options: CheckOptions): ProjectCheck[] {
  prepare(pack, asOf, options); // fail once, loudly, on a parameter gap or bad overrides
  return projects.map((facts) => {
    try {
      return { projectId: facts.project.id, findings: checkProject(pack, facts, asOf, options) };
    } catch (error) {
      return { projectId: facts.project.id, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

export interface DeadlineEntry {
  readonly deadlineId: string;
  readonly title: string;
  readonly citation: Citation;
  readonly instance: DeadlineInstance;
  readonly status: DeadlineStatus;
}

/** The project's deadlines (open and closed), soonest due first: for "which deadline comes next". */
export function projectDeadlines(pack: RulePack, facts: ProjectFacts, asOf: Day, options: CheckOptions): DeadlineEntry[] {
  const { ctx } = prepare(pack, asOf, options);
  if (!ctx) return [];
  const view = new FactsView(facts, asOf);
  const entries: DeadlineEntry[] = [];
  for (const definition of pack.deadlines) {
    for (const instance of judgedInstances(definition, view, ctx)) {
      entries.push({
        deadlineId: definition.id,
        title: definition.title,
        citation: definition.citation,
        instance,
        status: deadlineStatus(instance, asOf, ctx.dueSoonDays),
      });
    }
  }
  return entries.sort((a, b) => (a.instance.dueDate < b.instance.dueDate ? -1 : a.instance.dueDate > b.instance.dueDate ? 1 : 0));
}

export interface ChecklistLine {
  readonly item: ChecklistItem;
  readonly material: MaterialCode;
  readonly present: boolean;
  /** The material's date when present; null: 日期不详 (attached without a date). */
  readonly date?: Day | null;
  /** The day of the event the item is bound to (`item.at`), once reached. */
  readonly dueAt?: Day;
}

/** The materials the project needs to enter `stage` (and every stage before it), each present or not. */
export function checklistFor(pack: RulePack, facts: ProjectFacts, stage: LifecycleStage, asOf: Day): ChecklistLine[] {
  const view = new FactsView(facts, asOf);
  const lines: ChecklistLine[] = [];
  for (const item of pack.checklists) {
    if (STAGE_RANK[item.gate] > STAGE_RANK[stage] || !applies(view, item.appliesTo)) continue;
    const dueAt = item.at ? checkpointDay(view, item.at) : undefined;
    for (const material of item.materials) {
      const date = view.materialDate(material);
      lines.push({
        item,
        material,
        present: date !== undefined,
        ...(date === undefined ? {} : { date }),
        ...(dueAt === undefined ? {} : { dueAt }),
      });
    }
  }
  return lines;
}
