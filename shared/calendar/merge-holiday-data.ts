/**
 * Lays a newer holiday data set over an older one, year by year: every year the
 * update contains replaces that year entirely (a year is the unit the State
 * Council publishes and, rarely, revises, as in 2020 when 春节 was extended);
 * years only in the base are kept.
 *
 * Which data set is newer is decided by whoever verified the update (the policy
 * bundle's signature and sequence), not here: versions from different sources
 * (`chinese-days@1.5.7`, an office bundle) have no common order to compare.
 */
import type { HolidayCalendarData } from './holiday-data';

export function mergeHolidayCalendarData(
  base: HolidayCalendarData,
  update: HolidayCalendarData,
): HolidayCalendarData {
  const years = { ...base.years, ...update.years };
  const keptYears = Object.keys(base.years)
    .filter((year) => !(year in update.years))
    .sort();
  // Keep the provenance of the years the update did not replace, so a finding
  // that cites the data does not credit the update with years it never held.
  const source =
    keptYears.length === 0
      ? update.source
      : `${update.source}；${describeYears(keptYears)}沿用 ${base.version}（${base.source}）`;
  return { version: update.version, source, years };
}

/** `2004–2025 年`, or a list when the years have gaps. */
function describeYears(sortedYears: readonly string[]): string {
  const numbers = sortedYears.map(Number);
  const first = numbers[0]!;
  const last = numbers[numbers.length - 1]!;
  const contiguous = last - first + 1 === numbers.length;
  if (numbers.length === 1) return `${first} 年`;
  return contiguous ? `${first}–${last} 年` : `${numbers.join('、')} 年`;
}
