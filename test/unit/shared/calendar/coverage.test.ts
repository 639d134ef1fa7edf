/**
 * Outside the years in the data the calendar throws HolidayDataNotCoveredError
 * instead of guessing Monday to Friday; covers() lets a caller check first and
 * report a finding.
 */
import { describe, expect, it } from 'vitest';
import {
  createWorkingDayCalendar,
  HolidayDataNotCoveredError,
  isHolidayDataNotCoveredError,
  shippedHolidayCalendarData,
} from '../../../../shared/calendar';

const calendar = createWorkingDayCalendar(shippedHolidayCalendarData);

function caught(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('a year after the data (2027 is not in chinese-days@1.5.7)', () => {
  it('isWorkingDay throws a Chinese message naming the year', () => {
    const error = caught(() => calendar.isWorkingDay('2027-01-04'));
    expect(isHolidayDataNotCoveredError(error)).toBe(true);
    expect((error as HolidayDataNotCoveredError).year).toBe(2027);
    expect((error as HolidayDataNotCoveredError).code).toBe('HOLIDAY_DATA_NOT_COVERED');
    expect((error as Error).message).toContain('节假日数据未覆盖 2027 年，请导入最新的节假日安排');
    expect((error as Error).message).toContain(shippedHolidayCalendarData.version);
  });

  it('the last covered day answers, the next one throws (day of / day after)', () => {
    expect(calendar.isWorkingDay('2026-12-31')).toBe(true);
    expect(() => calendar.isWorkingDay('2027-01-01')).toThrow(HolidayDataNotCoveredError);
  });

  it('addWorkingDays throws as soon as the count leaves the data, even from a covered day', () => {
    expect(calendar.addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
    expect(() => calendar.addWorkingDays('2026-12-31', 1)).toThrow('节假日数据未覆盖 2027 年');
    // 12月28日至31日 are 4 working days; the 5th would be in 2027.
    expect(calendar.addWorkingDays('2026-12-25', 4)).toBe('2026-12-31');
    expect(() => calendar.addWorkingDays('2026-12-25', 5)).toThrow(HolidayDataNotCoveredError);
  });

  it('workingDaysBetween and nextWorkingDay throw across the edge', () => {
    expect(() => calendar.workingDaysBetween('2026-12-01', '2027-01-10')).toThrow('2027');
    expect(() => calendar.nextWorkingDay('2026-12-31')).toThrow(HolidayDataNotCoveredError);
    expect(() => calendar.workingDayOnOrAfter('2027-01-01')).toThrow(HolidayDataNotCoveredError);
  });

  it('covers() answers without throwing', () => {
    expect(calendar.covers('2026-12-31')).toBe(true);
    expect(calendar.covers('2027-01-01')).toBe(false);
    expect(calendar.covers('2003-12-31')).toBe(false);
  });
});

describe('a year before the data (2003)', () => {
  it('throws for 2003, counting backwards too', () => {
    expect(() => calendar.isWorkingDay('2003-12-31')).toThrow('节假日数据未覆盖 2003 年');
    // 2004-01-01 was a holiday, 2004-01-02 (Friday) a working day.
    expect(calendar.addWorkingDays('2004-01-05', -1)).toBe('2004-01-02');
    expect(() => calendar.addWorkingDays('2004-01-05', -2)).toThrow('节假日数据未覆盖 2003 年');
    expect(() => calendar.workingDaysBetween('2003-12-30', '2004-01-05')).toThrow('2003');
  });

  it('counting forward from an uncovered day works: the start day itself is never counted', () => {
    expect(calendar.addWorkingDays('2003-12-31', 1)).toBe('2004-01-02');
  });
});

describe('a gap between covered years', () => {
  const gapped = createWorkingDayCalendar({
    version: 'test-gap',
    source: '测试数据：2025 年与 2027 年之间缺 2026 年',
    years: {
      '2025': shippedHolidayCalendarData.years['2025']!,
      '2027': { holidays: ['2027-01-01'], adjustedWorkdays: [] },
    },
  });

  it('reports the missing middle year', () => {
    expect(gapped.coveredYears).toEqual([2025, 2027]);
    expect(() => gapped.isWorkingDay('2026-06-01')).toThrow('节假日数据未覆盖 2026 年');
    expect(() => gapped.addWorkingDays('2025-12-31', 1)).toThrow('节假日数据未覆盖 2026 年');
    expect(() => gapped.workingDaysBetween('2025-12-01', '2027-02-01')).toThrow('2026');
  });
});
