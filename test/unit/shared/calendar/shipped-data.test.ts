/**
 * The shipped data file: what it covers, that it is what the generator makes
 * from the installed chinese-days, and that the calendar built from it answers
 * like chinese-days itself on every covered day.
 */
import { readFileSync } from 'node:fs';
import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { buildShippedData, formatHolidayData } from '../../../../scripts/generate-holiday-calendar';
import { createWorkingDayCalendar, shippedHolidayCalendarData } from '../../../../shared/calendar';

const calendar = createWorkingDayCalendar(shippedHolidayCalendarData);

// chinese-days parses 'YYYY-MM-DD' as UTC midnight and steps days with local
// setters, so west of UTC it answers for the wrong day (in New York its
// findWorkday(1, '2025-09-30') is '2025-10-08', a holiday). It is right at UTC
// and east of it, Beijing included. vitest.config.ts runs the tests in Beijing
// time (TZ=Asia/Shanghai), as the app's users are. Our calendar has no Date at
// all and passes in every zone.

describe('shared/calendar/data/cn-holidays.json', () => {
  it('covers 2004 to 2026 without gaps', () => {
    const years = Array.from({ length: 23 }, (_, i) => 2004 + i);
    expect(calendar.coveredYears).toEqual(years);
    expect(shippedHolidayCalendarData.version).toMatch(/^chinese-days@\d+\.\d+\.\d+$/);
  });

  it('is exactly what scripts/generate-holiday-calendar.ts makes from the installed chinese-days', () => {
    const committed = readFileSync(new URL('../../../../shared/calendar/data/cn-holidays.json', import.meta.url), 'utf8');
    // If this fails after upgrading chinese-days: npx tsx scripts/generate-holiday-calendar.ts
    expect(committed).toBe(formatHolidayData(buildShippedData()));
  });

  it('agrees with chinese-days isWorkday and findWorkday on every day from 2004-01-01 to 2026-12-31', () => {
    const mismatches: string[] = [];
    for (let day = '2004-01-01'; day <= '2026-12-31'; day = calendar.addDays(day, 1)) {
      if (calendar.isWorkingDay(day) !== chineseDays.isWorkday(day)) mismatches.push(`isWorkday ${day}`);
      // findWorkday(n, X) also counts from the day after X; stop short of the data's end.
      if (day < '2026-11-01' && calendar.addWorkingDays(day, 5) !== chineseDays.findWorkday(5, day)) {
        mismatches.push(`findWorkday ${day}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
