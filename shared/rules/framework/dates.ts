/**
 * Calendar-day arithmetic on `YYYY-MM-DD` days, as whole days since 1970-01-01
 * (UTC arithmetic on civil days: no time zone can creep in). Days compare
 * correctly as strings, so rules write `a <= b` directly.
 *
 * The period convention built on these lives in `periods.ts`.
 */
import { isDay, type Day } from '../../domain/day';

const MS_PER_DAY = 86_400_000;

function parts(day: Day): [number, number, number] {
  if (!isDay(day)) throw new RangeError(`日期应为有效的 YYYY-MM-DD：${JSON.stringify(day)}`);
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

function format(year: number, month: number, day: number): Day {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function toDayNumber(day: Day): number {
  const [y, m, d] = parts(day);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): Day {
  const date = new Date(dayNumber * MS_PER_DAY);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(day: Day, n: number): Day {
  return fromDayNumber(toDayNumber(day) + n);
}

/** Days from `from` to `to`: 1 for consecutive days, negative when `to` is earlier. */
export function daysBetween(from: Day, to: Day): number {
  return toDayNumber(to) - toDayNumber(from);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The corresponding day `n` months later; the month's last day when there is
 * none (2025-08-31 + 6 months = 2026-02-28). 《民法典》第二百零二条.
 */
export function addMonths(day: Day, n: number): Day {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(d, lastDayOfMonth(year, month)));
}

export function yearOf(day: Day): number {
  return parts(day)[0];
}

/** `MM-DD` such as `06-30`: a day of the year without the year. */
export function isMonthDay(text: unknown): text is string {
  return typeof text === 'string' && /^\d{2}-\d{2}$/.test(text) && isDay(`2024-${text}`) && text !== '02-29';
}

/** The day `MM-DD` in `year`. */
export function dayInYear(year: number, monthDay: string): Day {
  const day = `${String(year).padStart(4, '0')}-${monthDay}`;
  if (!isMonthDay(monthDay) || !isDay(day)) throw new RangeError(`无效的月日：${monthDay}`);
  return day;
}

export function minDay(a: Day, b: Day): Day {
  return a <= b ? a : b;
}
