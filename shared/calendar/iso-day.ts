/**
 * Calendar days as `YYYY-MM-DD` strings (Beijing civil days), converted to and
 * from day numbers for arithmetic.
 *
 * Why integers and not `Date`: a `Date` is an instant, and every conversion to a
 * day drags a time zone in (the renderer's local zone, the test machine's
 * zone). A civil day has no zone, so it is counted as whole days since
 * 1970-01-01 with Howard Hinnant's algorithms
 * (https://howardhinnant.github.io/date_algorithms.html), which are exact for
 * every proleptic Gregorian date and allocate nothing.
 */

/** A calendar day, `YYYY-MM-DD`. A plain string so it crosses IPC and JSON unchanged. */
export type IsoDay = string;

/** Day 0 is 1970-01-01. */
export type DayNumber = number;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDays(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The parts of a valid day, or null: `2025-02-29`, `2025-2-3` and `2025-02-03T00:00` are not days. */
export function parseCivilDate(text: string): CivilDate | null {
  const match = DAY_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDay(text: unknown): text is IsoDay {
  return typeof text === 'string' && parseCivilDate(text) !== null;
}

/** Parses a day or throws: a malformed day in a rule is a programming or data error, not a finding. */
export function requireCivilDate(text: IsoDay): CivilDate {
  const parsed = typeof text === 'string' ? parseCivilDate(text) : null;
  if (!parsed) throw new RangeError(`日期应为有效的 YYYY-MM-DD：${JSON.stringify(text)}`);
  return parsed;
}

export function toDayNumber(text: IsoDay): DayNumber {
  const { year, month, day } = requireCivilDate(text);
  return daysFromCivil(year, month, day);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatCivilDate({ year, month, day }: CivilDate): IsoDay {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function fromDayNumber(dayNumber: DayNumber): IsoDay {
  return formatCivilDate(civilFromDays(dayNumber));
}

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay`. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: DayNumber): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

export function requireInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} 应为整数：${String(value)}`);
}
