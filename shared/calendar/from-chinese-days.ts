/**
 * Converts the data file of the npm package `chinese-days`
 * (`dist/chinese-days.json`, https://github.com/vsme/chinese-days) into our
 * `HolidayCalendarData`. That package transcribes every 国务院办公厅 notice since
 * 2004 and is kept current by its maintainers, so we generate from it instead
 * of retyping the notices. Pure: the script in `scripts/` does the file reading.
 *
 * Its shape: `holidays` maps each official day off to "English,中文,n";
 * `workdays` maps each 调休 working weekend day the same way; `inLieuDays`
 * (the days off that are paid back by working weekends) is not needed here.
 */
import type { HolidayCalendarData, HolidayYear } from './holiday-data';

export interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export function fromChineseDays(
  raw: ChineseDaysData,
  meta: { version: string; source: string },
): HolidayCalendarData {
  const years = new Map<string, { holidays: string[]; adjustedWorkdays: string[] }>();
  const entryFor = (day: string) => {
    // Filed under the day's own year: 2011-12-31 (from the notice for 2012) is in 2011.
    const year = day.slice(0, 4);
    let entry = years.get(year);
    if (!entry) {
      entry = { holidays: [], adjustedWorkdays: [] };
      years.set(year, entry);
    }
    return entry;
  };
  for (const day of Object.keys(raw.holidays)) entryFor(day).holidays.push(day);
  for (const day of Object.keys(raw.workdays)) entryFor(day).adjustedWorkdays.push(day);

  // A year is only usable when its whole notice is in: every notice since 2004
  // gives days off for 春节 and 国庆节. A year without them is a fragment (say, a
  // 元旦 working Sunday of the next notice) and would pass for "covered".
  for (const year of years.keys()) {
    const labels = Object.entries(raw.holidays)
      .filter(([day]) => day.startsWith(`${year}-`))
      .map(([, label]) => label);
    for (const festival of ['春节', '国庆']) {
      if (!labels.some((label) => label.includes(festival))) {
        throw new Error(`chinese-days 的 ${year} 年数据缺少${festival}假期，可能不完整，未生成`);
      }
    }
  }

  // Sorted so the committed file is stable and diffs show only real changes.
  const sorted: Record<string, HolidayYear> = {};
  for (const year of [...years.keys()].sort()) {
    const entry = years.get(year)!;
    sorted[year] = { holidays: entry.holidays.sort(), adjustedWorkdays: entry.adjustedWorkdays.sort() };
  }
  return { version: meta.version, source: meta.source, years: sorted };
}
