/**
 * Calendar-day arithmetic for periods counted in days, months and years. No
 * holidays are involved here; working days live in `working-day-calendar.ts`.
 */
import {
  daysInMonth,
  formatCivilDate,
  fromDayNumber,
  requireCivilDate,
  requireInteger,
  toDayNumber,
  type IsoDay,
} from './iso-day';

/** The day `n` calendar days after `day` (before it when `n` is negative). */
export function addDays(day: IsoDay, n: number): IsoDay {
  requireInteger(n, '天数');
  return fromDayNumber(toDayNumber(day) + n);
}

/**
 * The corresponding day `n` months later, clamped to the end of a shorter month:
 * 2025-08-31 + 6 months = 2026-02-28; 2024-02-29 + 12 months = 2025-02-28.
 *
 * 《中华人民共和国民法典》第二百零二条：“按照年、月计算期间的，到期月的对应日为期间的
 * 最后一日；没有对应日的，以月末日为期间的最后一日。”
 *
 * Whether the result is then moved off a rest day (第二百零三条) is the rule's
 * decision: see `WorkingDayCalendar.workingDayOnOrAfter`.
 */
export function addMonths(day: IsoDay, n: number): IsoDay {
  requireInteger(n, '月数');
  const { year, month, day: dayOfMonth } = requireCivilDate(day);
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatCivilDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)),
  });
}

/** The last day of the month `day` is in. */
export function endOfMonth(day: IsoDay): IsoDay {
  const { year, month } = requireCivilDate(day);
  return formatCivilDate({ year, month, day: daysInMonth(year, month) });
}

/** The last day of the year `day` is in (December 31). */
export function endOfYear(day: IsoDay): IsoDay {
  const { year } = requireCivilDate(day);
  return formatCivilDate({ year, month: 12, day: 31 });
}

/** Negative, zero or positive as `a` is before, the same as, or after `b`; usable in `Array.sort`. */
export function compareDays(a: IsoDay, b: IsoDay): -1 | 0 | 1 {
  const left = toDayNumber(a);
  const right = toDayNumber(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Calendar days from `from` to `to`: 1 for consecutive days, negative when `to` is earlier. */
export function calendarDaysBetween(from: IsoDay, to: IsoDay): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The year of a day, as a number. */
export function yearOf(day: IsoDay): number {
  return requireCivilDate(day).year;
}
