/**
 * What the rules need of the working-day calendar. The real calendar (China's
 * official holidays and 调休, in `shared/calendar/`) satisfies this interface
 * structurally; rules never import it, so a pack can be tested with
 * `weekdayCalendar()` below and run with the real one in the app.
 */
import type { Day } from '../../domain/day';
import { fromDayNumber, toDayNumber } from './dates';

export interface WorkingDayCalendar {
  /** Whether `day` is a working day (调休 Saturdays are; holidays are not). */
  isWorkingDay(day: Day): boolean;
  /**
   * The `n`-th working day after `day`, `day` itself not counted (n ≥ 1):
   * “X 后 N 个工作日内” is met by an act on or before `addWorkingDays(X, N)`.
   */
  addWorkingDays(day: Day, n: number): Day;
}

/** `day` if it is a working day, else the next working day (《民法典》第二百零三条). */
export function workingDayOnOrAfter(calendar: WorkingDayCalendar, day: Day): Day {
  return calendar.isWorkingDay(day) ? day : calendar.addWorkingDays(day, 1);
}

export interface WeekdayCalendarOptions {
  /** Weekdays that are days off (法定节假日). */
  holidays?: readonly Day[];
  /** Weekend days that are working days (调休上班). */
  adjustedWorkdays?: readonly Day[];
}

/**
 * Monday to Friday, with optional holiday and 调休 lists. For tests, the
 * benchmark and the headless CLI before the official calendar is loaded.
 */
export function weekdayCalendar(options: WeekdayCalendarOptions = {}): WorkingDayCalendar {
  const holidays = new Set(options.holidays ?? []);
  const adjusted = new Set(options.adjustedWorkdays ?? []);
  const isWorkingDay = (day: Day): boolean => {
    if (adjusted.has(day)) return true;
    if (holidays.has(day)) return false;
    const weekday = (((toDayNumber(day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    return weekday !== 0 && weekday !== 6;
  };
  return {
    isWorkingDay,
    addWorkingDays(day, n) {
      if (!Number.isInteger(n) || n < 1) throw new RangeError(`工作日数应为正整数：${String(n)}`);
      let current = toDayNumber(day);
      let remaining = n;
      while (remaining > 0) {
        current += 1;
        if (isWorkingDay(fromDayNumber(current))) remaining -= 1;
      }
      return fromDayNumber(current);
    },
  };
}
