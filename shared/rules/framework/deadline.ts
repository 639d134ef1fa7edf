/**
 * Deadlines: a due date computed from the facts (per the convention in
 * `periods.ts`), whether and when the act happened, and findings by status.
 */
import type { Day } from '../../domain/day';
import type { Citation } from '../../domain/regulations';
import type { WorkingDayCalendar } from './calendar';
import { addDays, daysBetween, fromDayNumber, toDayNumber } from './dates';
import type { FindingDraft } from './finding';
import type { Rule, RuleContext } from './rule';
import type { FactsView } from './view';

export interface DeadlineInstance {
  /** What is due, in Chinese: '竣工验收'. */
  readonly label: string;
  /** The event the period runs from (null for fixed dates). */
  readonly startedOn: Day | null;
  /**
   * For windows (“验收后12至24个月内”): the first day on which the act counts
   * (inclusive). An act before it is `early`. Absent for plain deadlines.
   */
  readonly opensOn?: Day;
  /** The last day on which the act is on time (inclusive). */
  readonly dueDate: Day;
  /** When the act happened, if it has (up to asOf). */
  readonly doneOn: Day | null;
}

/**
 * - `met`: done on or before the due date; `metLate`: done after it;
 *   `early`: done before the window opened (`opensOn`).
 * - not done: `overdue` after the due date; `dueSoon` within `dueSoonDays`
 *   days of it (the due date itself included); `pending` earlier.
 */
export type DeadlineStatus = 'met' | 'metLate' | 'early' | 'pending' | 'dueSoon' | 'overdue';

export function deadlineStatus(instance: DeadlineInstance, asOf: Day, dueSoonDays: number): DeadlineStatus {
  if (instance.doneOn !== null) {
    if (instance.opensOn !== undefined && instance.doneOn < instance.opensOn) return 'early';
    return instance.doneOn <= instance.dueDate ? 'met' : 'metLate';
  }
  if (asOf > instance.dueDate) return 'overdue';
  return daysBetween(asOf, instance.dueDate) <= dueSoonDays ? 'dueSoon' : 'pending';
}

export interface DeadlineDefinition<P extends string = string> {
  /** Rule id, `<regulation>/art<N>-<what>`. */
  readonly id: string;
  readonly title: string;
  readonly citation: Citation;
  readonly quote: string;
  /** The review office's parameters (unset defaults) its findings depend on; see `Rule.parameters`. */
  readonly parameters?: readonly P[];
  /** The deadlines this project has now (usually none or one). */
  instances(view: FactsView, ctx: RuleContext<P>): readonly DeadlineInstance[];
  /** The finding for a status, or null for none. `dueDate` defaults to the instance's while open. */
  describe(instance: DeadlineInstance, status: DeadlineStatus, view: FactsView, ctx: RuleContext<P>): FindingDraft | null;
}

/**
 * The instances a pack may judge: a deadline whose due date falls before the
 * regulation came into force was never an obligation under it.
 */
export function judgedInstances<P extends string>(
  definition: DeadlineDefinition<P>,
  view: FactsView,
  ctx: RuleContext<P>,
): readonly DeadlineInstance[] {
  return definition.instances(view, ctx).filter((instance) => instance.dueDate >= ctx.meta.validFrom);
}

/**
 * Per calendar and year, how many working days the year has up to each of its
 * days (`table[i]` = working days among its first i days): counting the days
 * between two dates is then two lookups, not a walk over every day, which
 * matters when a whole office has deadlines met late.
 */
const yearTables = new WeakMap<WorkingDayCalendar, Map<number, Uint16Array>>();

function yearTable(calendar: WorkingDayCalendar, year: number): Uint16Array {
  let tables = yearTables.get(calendar);
  if (!tables) yearTables.set(calendar, (tables = new Map()));
  let table = tables.get(year);
  if (!table) {
    const first = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
    const days = toDayNumber(`${String(year + 1).padStart(4, '0')}-01-01`) - first;
    table = new Uint16Array(days + 1);
    for (let i = 0; i < days; i++) table[i + 1] = table[i]! + (calendar.isWorkingDay(fromDayNumber(first + i)) ? 1 : 0);
    tables.set(year, table);
  }
  return table;
}

/** Working days from the start of `day`'s year up to and including `day`. */
function workingDaysIntoYear(calendar: WorkingDayCalendar, day: Day): number {
  const year = Number(day.slice(0, 4));
  return yearTable(calendar, year)[toDayNumber(day) - toDayNumber(`${day.slice(0, 4)}-01-01`) + 1]!;
}

/** Working days in (from, to], by the year tables. */
function workingDaysBetween(calendar: WorkingDayCalendar, from: Day, to: Day): number {
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  let count = workingDaysIntoYear(calendar, to) - workingDaysIntoYear(calendar, from);
  for (let year = fromYear; year < toYear; year++) {
    const table = yearTable(calendar, year);
    count += table[table.length - 1]!;
  }
  return count;
}

/**
 * How many working days after `dueDate` the act came on `doneOn` (> dueDate):
 * the working days in (dueDate, doneOn], and the day of the act itself when it
 * fell on a rest day (an act one day late is never “0 个工作日” late).
 */
export function workingDaysLate(dueDate: Day, doneOn: Day, calendar: WorkingDayCalendar): number {
  let late: number;
  try {
    late = workingDaysBetween(calendar, dueDate, doneOn);
  } catch {
    // A strict calendar without data for part of a year: walk only the days in question.
    late = 0;
    for (let day = addDays(dueDate, 1); day <= doneOn; day = addDays(day, 1)) if (calendar.isWorkingDay(day)) late += 1;
  }
  return calendar.isWorkingDay(doneOn) ? late : late + 1;
}

/**
 * A deadline met late stays visible, as info, saying by how much: “逾期 N 个工作日完成”.
 * The pack's own wording is kept and the note added; a pack that says nothing still gets one.
 */
export function metLateDraft(
  title: string,
  instance: DeadlineInstance,
  draft: FindingDraft | null,
  calendar: WorkingDayCalendar,
): FindingDraft {
  const doneOn = instance.doneOn ?? instance.dueDate;
  const note = `逾期 ${workingDaysLate(instance.dueDate, doneOn, calendar)} 个工作日完成`;
  if (!draft) {
    return {
      severity: 'info',
      message: `${title}：期限为 ${instance.dueDate}，于 ${doneOn} 完成，${note}。`,
      action: '无需处理；如监督检查问及，请说明逾期原因。',
    };
  }
  return { ...draft, severity: 'info', message: `${draft.message}${note}。` };
}

export function deadlineRule<P extends string>(definition: DeadlineDefinition<P>): Rule<P> {
  return {
    id: definition.id,
    title: definition.title,
    citation: definition.citation,
    quote: definition.quote,
    ...(definition.parameters ? { parameters: definition.parameters } : {}),
    check(view, ctx, report) {
      for (const instance of judgedInstances(definition, view, ctx)) {
        const status = deadlineStatus(instance, ctx.asOf, ctx.dueSoonDays);
        const described = definition.describe(instance, status, view, ctx);
        const draft = status === 'metLate' ? metLateDraft(definition.title, instance, described, ctx.calendar) : described;
        if (!draft) continue;
        const open = status === 'pending' || status === 'dueSoon' || status === 'overdue';
        report(open && draft.dueDate === undefined ? { ...draft, dueDate: instance.dueDate } : draft);
      }
    },
  };
}
