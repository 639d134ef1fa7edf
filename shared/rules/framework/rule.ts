import type { Day } from '../../domain/day';
import type { Citation } from '../../domain/regulations';
import type { WorkingDayCalendar } from './calendar';
import type { FindingDraft } from './finding';
import type { PackMeta } from './meta';
import type { ParameterReader } from './parameters';
import type { FactsView } from './view';

/** What every rule receives besides the facts. Built once per (pack, asOf, options). */
export interface RuleContext<P extends string = string> {
  readonly asOf: Day;
  readonly calendar: WorkingDayCalendar;
  /** Every parameter of the pack, resolved on `asOf`. */
  readonly params: ParameterReader<P>;
  /** How many days ahead a deadline counts as coming up (a product setting, not a regulation's). */
  readonly dueSoonDays: number;
  readonly meta: PackMeta;
}

export type Report = (draft: FindingDraft) => void;

/**
 * One rule: the code for one provision. Above each rule in a pack stands the
 * article's words (`quote`, exact, and a comment), Catala-style.
 */
export interface Rule<P extends string = string> {
  /** `<regulation>/art<N>-<what>`, e.g. `xichuan-2025/art17-change-within-15pct`. */
  readonly id: string;
  /** Short Chinese name. */
  readonly title: string;
  readonly citation: Citation;
  /** A short exact quote of the article's words this rule enforces. */
  readonly quote: string;
  /**
   * Closed projects (`rejected`, `shutDown`) are checked only by rules that
   * say so, e.g. “关停须经核准”. Default: not checked.
   */
  readonly checksClosedProjects?: boolean;
  /**
   * The parameters its findings depend on that the regulation does not fix
   * (overridable ones). While one of them is still the pack's default on the
   * check day, every finding of the rule is at most info and says so
   * (“本地默认值，非办法规定，请审查部门确认”): the number is the review
   * office's to set, not the regulation's.
   */
  readonly parameters?: readonly P[] | ((view: FactsView, ctx: RuleContext<P>) => readonly P[]);
  /** Reports zero or more findings; pure, never reads the clock. */
  check(view: FactsView, ctx: RuleContext<P>, report: Report): void;
}
