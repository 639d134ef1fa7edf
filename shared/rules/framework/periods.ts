/**
 * THE date convention of every rule pack (see docs/rules-framework.md):
 *
 * 1. The day of the starting event is not counted; the period starts the next
 *    day (《民法典》第二百零一条).
 * 2. “N 个月内 / N 日内 / N 个工作日内” ends on the period's last day, which is
 *    included: an act ON the due date is on time, an act the day after is late.
 *    Months end on the corresponding day, or the month's last day when there is
 *    none (第二百零二条).
 * 3. A period in months or days whose last day is not a working day ends on the
 *    next working day instead (第二百零三条). Working-day periods end on a
 *    working day by construction.
 * 4. A fixed date (“每年6月底前”) is a date, not a period: it is never moved.
 * 5. 以上、以下、以内、届满 include the number; 不满、超过、以外 do not
 *    (《民法典》第一千二百五十九条; helpers in `comparisons.ts`).
 */
import type { Day } from '../../domain/day';
import { workingDayOnOrAfter, type WorkingDayCalendar } from './calendar';
import { addDays, addMonths, dayInYear } from './dates';

/** Last day of “`start` 后 `months` 个月内”. */
export function monthsPeriodEnd(start: Day, months: number, calendar: WorkingDayCalendar): Day {
  return workingDayOnOrAfter(calendar, addMonths(start, months));
}

/** Last day of “`start` 后 `days` 日内”. */
export function daysPeriodEnd(start: Day, days: number, calendar: WorkingDayCalendar): Day {
  return workingDayOnOrAfter(calendar, addDays(start, days));
}

/** Last day of “`start` 后 `n` 个工作日内”. */
export function workingDaysPeriodEnd(start: Day, n: number, calendar: WorkingDayCalendar): Day {
  return calendar.addWorkingDays(start, n);
}

/** A fixed date in a year (“每年6月底前” → `fixedDate(2026, '06-30')`); never moved. */
export function fixedDate(year: number, monthDay: string): Day {
  return dayInYear(year, monthDay);
}
