/** Merging a newer data set: each year it contains replaces that year; the rest are kept. */
import { describe, expect, it } from 'vitest';
import {
  createWorkingDayCalendar,
  mergeHolidayCalendarData,
  shippedHolidayCalendarData,
  type HolidayCalendarData,
} from '../../../../shared/calendar';

const shipped2020 = shippedHolidayCalendarData.years['2020']!;

/**
 * 2020 as first published, before the extension:
 * 国务院办公厅关于2020年部分节假日安排的通知：春节 1月24日至30日放假调休，共7天。
 * 1月19日（星期日）、2月1日（星期六）上班。
 */
const before2020Extension: HolidayCalendarData = {
  ...shippedHolidayCalendarData,
  version: 'test-2019-11',
  years: {
    ...shippedHolidayCalendarData.years,
    '2020': {
      holidays: shipped2020.holidays.filter((day) => !['2020-01-31', '2020-02-01', '2020-02-02'].includes(day)),
      adjustedWorkdays: [...shipped2020.adjustedWorkdays, '2020-02-01'].sort(),
    },
  },
};

/**
 * 国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）：延长2020年春节假期至2月2日
 * （农历正月初九，星期日），2月3日（星期一）起正常上班。The update carries the whole year.
 */
const extensionUpdate: HolidayCalendarData = {
  version: 'test-2020-01-27',
  source: '国办发明电〔2020〕1号',
  years: { '2020': shipped2020 },
};

describe('mergeHolidayCalendarData', () => {
  it('a revised year replaces the old one: the 2020 春节 extension', () => {
    const before = createWorkingDayCalendar(before2020Extension);
    expect(before.isWorkingDay('2020-01-31')).toBe(true);
    expect(before.isWorkingDay('2020-02-01')).toBe(true); // 2月1日（星期六）上班, as first published
    expect(before.addWorkingDays('2020-01-23', 1)).toBe('2020-01-31');

    const after = createWorkingDayCalendar(mergeHolidayCalendarData(before2020Extension, extensionUpdate));
    expect(after.isWorkingDay('2020-01-31')).toBe(false);
    expect(after.isWorkingDay('2020-02-01')).toBe(false);
    expect(after.isWorkingDay('2020-02-02')).toBe(false);
    expect(after.addWorkingDays('2020-01-23', 1)).toBe('2020-02-03'); // 2月3日（星期一）起正常上班
    // Other years are untouched.
    expect(after.isWorkingDay('2019-10-12')).toBe(true);
  });

  it('a new year extends the coverage; years the update lacks are kept with their provenance', () => {
    // A made-up 2027 for the test only; it is not the official schedule.
    const update: HolidayCalendarData = {
      version: 'office-bundle-test',
      source: '审查办政策包（测试）',
      years: { '2027': { holidays: ['2027-01-01'], adjustedWorkdays: [] } },
    };
    const merged = mergeHolidayCalendarData(shippedHolidayCalendarData, update);
    expect(merged.version).toBe('office-bundle-test');
    expect(merged.source).toBe(
      `审查办政策包（测试）；2004–2026 年沿用 ${shippedHolidayCalendarData.version}（${shippedHolidayCalendarData.source}）`,
    );
    const calendar = createWorkingDayCalendar(merged);
    expect(calendar.coveredYears.at(-1)).toBe(2027);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04'); // Friday off, then the weekend
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
  });

  it('an update covering every base year keeps only its own source; inputs are not mutated', () => {
    const base = { version: 'a', source: 'A', years: { '2025': shippedHolidayCalendarData.years['2025']! } };
    const update = { version: 'b', source: 'B', years: { '2025': shippedHolidayCalendarData.years['2025']! } };
    const copy = JSON.parse(JSON.stringify(base));
    expect(mergeHolidayCalendarData(base, update)).toEqual(update);
    expect(base).toEqual(copy);
  });
});
