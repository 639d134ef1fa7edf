/**
 * Working days (工作日) under China's official schedule: Monday to Friday, minus
 * the days off the State Council declares, plus the Saturdays and Sundays it
 * declares working days (调休上班).
 *
 * Convention for "N 个工作日内" / "X 后 N 个工作日": the day of X is not counted;
 * counting starts the next day, and the deadline is the N-th working day after X
 * (`addWorkingDays(X, N)`), whatever kind of day X itself is. This is how
 * Chinese administrative practice counts and what 《民法典》第二百零一条 states for
 * periods in general: “按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。”
 * A rule that says “N 个工作日内” is met by an act on or before that day.
 *
 * Outside the years in the data every question throws
 * `HolidayDataNotCoveredError` rather than guessing (see `not-covered-error.ts`);
 * `covers(day)` lets a caller ask first.
 */
import { addDays, addMonths, compareDays, endOfMonth, endOfYear } from './calendar-days';
import { parseHolidayCalendarData, type HolidayCalendarData } from './holiday-data';
import {
  civilFromDays,
  daysFromCivil,
  fromDayNumber,
  isWeekend,
  requireInteger,
  toDayNumber,
  type DayNumber,
  type IsoDay,
} from './iso-day';
import { HolidayDataNotCoveredError } from './not-covered-error';

export interface WorkingDayCalendar {
  /** The loaded data's version and source, for citing in findings. */
  readonly version: string;
  readonly source: string;
  /** Years the data covers, ascending. Not necessarily contiguous after a merge. */
  readonly coveredYears: readonly number[];

  /** Whether the data covers the year of `day`; never throws for a valid day. */
  covers(day: IsoDay): boolean;
  isWorkingDay(day: IsoDay): boolean;
  /**
   * The `n`-th working day after `day`, counting from the next day (`day` itself
   * never counts). Negative `n` counts back from the day before: the `|n|`-th
   * working day before `day` (“会前 5 个工作日”). `n = 0` is refused, because
   * “0 个工作日” has no agreed meaning.
   */
  addWorkingDays(day: IsoDay, n: number): IsoDay;
  /**
   * Working days in (from, to] when `to` is later: the inverse of `addWorkingDays`,
   * so `workingDaysBetween(x, addWorkingDays(x, n)) === n`. When `to` is earlier,
   * minus the working days in [to, from). 0 when the days are equal.
   */
  workingDaysBetween(from: IsoDay, to: IsoDay): number;
  /** The first working day after `day`; same as `addWorkingDays(day, 1)`. */
  nextWorkingDay(day: IsoDay): IsoDay;
  /**
   * `day` if it is a working day, else the first working day after it.
   * 《民法典》第二百零三条：“期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。”
   */
  workingDayOnOrAfter(day: IsoDay): IsoDay;

  /** Calendar-day helpers, the same functions as in `calendar-days.ts`. */
  addDays(day: IsoDay, n: number): IsoDay;
  addMonths(day: IsoDay, n: number): IsoDay;
  endOfMonth(day: IsoDay): IsoDay;
  endOfYear(day: IsoDay): IsoDay;
  compareDays(a: IsoDay, b: IsoDay): -1 | 0 | 1;
}

const NOT_COVERED = 0;
const WORKING = 1;
const REST = 2;

export function createWorkingDayCalendar(input: HolidayCalendarData): WorkingDayCalendar {
  // Validate even typed input: a merged or hand-built data set gets the same checks as a bundle.
  const data = parseHolidayCalendarData(input);
  const coveredYears = Object.keys(data.years)
    .map(Number)
    .sort((a, b) => a - b);
  const firstYear = coveredYears[0]!;
  const lastYear = coveredYears[coveredYears.length - 1]!;

  // One byte per day from Jan 1 of the first covered year to Dec 31 of the last:
  // every question becomes an array read, with no string hashing on the hot path.
  const origin = daysFromCivil(firstYear, 1, 1);
  const length = daysFromCivil(lastYear + 1, 1, 1) - origin;
  const kinds = new Uint8Array(length);
  for (const year of coveredYears) {
    const start = daysFromCivil(year, 1, 1);
    const end = daysFromCivil(year + 1, 1, 1);
    for (let day = start; day < end; day++) kinds[day - origin] = isWeekend(day) ? REST : WORKING;
    const entry = data.years[String(year)]!;
    for (const day of entry.holidays) kinds[toDayNumber(day) - origin] = REST;
    for (const day of entry.adjustedWorkdays) kinds[toDayNumber(day) - origin] = WORKING;
  }

  // Prefix counts make workingDaysBetween O(1) over any span.
  const workingBefore = new Int32Array(length + 1);
  const uncoveredBefore = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    workingBefore[i + 1] = workingBefore[i]! + (kinds[i] === WORKING ? 1 : 0);
    uncoveredBefore[i + 1] = uncoveredBefore[i]! + (kinds[i] === NOT_COVERED ? 1 : 0);
  }

  function kindOf(day: DayNumber): number {
    const index = day - origin;
    return index >= 0 && index < length ? kinds[index]! : NOT_COVERED;
  }

  function notCovered(day: DayNumber): HolidayDataNotCoveredError {
    return new HolidayDataNotCoveredError(civilFromDays(day).year, data.version);
  }

  function requireKind(day: DayNumber): number {
    const kind = kindOf(day);
    if (kind === NOT_COVERED) throw notCovered(day);
    return kind;
  }

  /** Working days in the inclusive span [low, high], or throws for its first uncovered day. */
  function countWorking(low: DayNumber, high: DayNumber): number {
    const lowIndex = low - origin;
    const highIndex = high - origin;
    if (lowIndex < 0) throw notCovered(low);
    if (highIndex >= length || uncoveredBefore[highIndex + 1]! > uncoveredBefore[lowIndex]!) {
      let day = low;
      while (kindOf(day) !== NOT_COVERED) day++;
      throw notCovered(day);
    }
    return workingBefore[highIndex + 1]! - workingBefore[lowIndex]!;
  }

  function stepWorkingDays(start: DayNumber, n: number): DayNumber {
    const step = n > 0 ? 1 : -1;
    let remaining = Math.abs(n);
    let day = start;
    // Terminates: each step either reaches a working day or walks towards the
    // edge of the data, where requireKind throws.
    while (remaining > 0) {
      day += step;
      if (requireKind(day) === WORKING) remaining--;
    }
    return day;
  }

  return {
    version: data.version,
    source: data.source,
    coveredYears,
    covers: (day) => kindOf(toDayNumber(day)) !== NOT_COVERED,
    isWorkingDay: (day) => requireKind(toDayNumber(day)) === WORKING,
    addWorkingDays(day, n) {
      requireInteger(n, '工作日数');
      if (n === 0) throw new RangeError('工作日数不能为 0：期限按“某日后第 N 个工作日”计算，N 至少为 1');
      return fromDayNumber(stepWorkingDays(toDayNumber(day), n));
    },
    workingDaysBetween(from, to) {
      const start = toDayNumber(from);
      const end = toDayNumber(to);
      if (end > start) return countWorking(start + 1, end);
      if (end < start) return -countWorking(end, start - 1);
      return 0;
    },
    nextWorkingDay: (day) => fromDayNumber(stepWorkingDays(toDayNumber(day), 1)),
    workingDayOnOrAfter(day) {
      const start = toDayNumber(day);
      return fromDayNumber(requireKind(start) === WORKING ? start : stepWorkingDays(start, 1));
    },
    addDays,
    addMonths,
    endOfMonth,
    endOfYear,
    compareDays,
  };
}
