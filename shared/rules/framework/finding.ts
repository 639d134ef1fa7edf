/**
 * A finding: what a rule says about one project. It cannot exist without the
 * article it comes from: `regulation` and `article` are required, and the
 * only way rules make findings is `makeFinding`, which takes a `Citation`.
 */
import { z } from 'zod';
import { daySchema, type Day } from '../../domain/day';
import { REGULATION_IDS, type Citation, type RegulationId } from '../../domain/regulations';

/**
 * - `blocking`: the regulation forbids the situation or the next step
 *   (不得、不予、未经……不得): resolve it before the project goes on.
 * - `warning`: an obligation (应、应当、须) is unmet or overdue.
 * - `info`: a reminder, an upcoming deadline, a preference (优先) or an exception to note.
 */
export const SEVERITIES = ['blocking', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = {
  blocking: '阻断',
  warning: '警示',
  info: '提示',
};

export interface Finding {
  readonly ruleId: string;
  readonly projectId: string;
  readonly regulation: RegulationId;
  readonly article: number;
  readonly severity: Severity;
  /** Plain Chinese: what is wrong or coming, and why (the article's words). */
  readonly message: string;
  /** Plain Chinese: what to do. */
  readonly action: string;
  /** The last day to act, when there is one. */
  readonly dueDate?: Day;
}

/** What a rule reports; the framework adds the rule id, project id and citation. */
export interface FindingDraft {
  readonly severity: Severity;
  readonly message: string;
  readonly action: string;
  readonly dueDate?: Day;
  /** Cite another article of the same regulation than the rule's own (e.g. one approval step). */
  readonly citation?: Citation;
  /**
   * Parameters this finding rests on that the regulation does not fix (see
   * `Rule.parameters`, which marks every finding of a rule at once).
   */
  readonly restsOn?: readonly string[];
}

/**
 * `provisional`: the note of a finding resting on a parameter the review office
 * has not set (“……为本地默认值，非办法规定，请审查部门确认”): the finding is then
 * at most info and carries the note.
 */
export function makeFinding(ruleId: string, projectId: string, citation: Citation, draft: FindingDraft, provisional?: string): Finding {
  const cited = draft.citation ?? citation;
  const finding: Finding = {
    ruleId,
    projectId,
    regulation: cited.regulation,
    article: cited.article,
    severity: provisional === undefined ? draft.severity : 'info',
    message: provisional === undefined ? draft.message : draft.message + provisional,
    action: draft.action,
  };
  return draft.dueDate === undefined ? finding : { ...finding, dueDate: draft.dueDate };
}

/** For the IPC contract and the CLI's output. */
export const findingSchema = z.object({
  ruleId: z.string(),
  projectId: z.string(),
  regulation: z.enum(REGULATION_IDS),
  article: z.number().int().min(1),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  action: z.string(),
  dueDate: daySchema.optional(),
});

/** `{ regulation, article }` builder for one pack: `const art = citeIn('xichuan-2025'); art(17)`. */
export function citeIn(regulation: RegulationId): (article: number) => Citation {
  return (article) => ({ regulation, article });
}
