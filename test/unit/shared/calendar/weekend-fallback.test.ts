import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar, HolidayDataNotCoveredError, provisionalNote, shippedHolidayCalendarData, withWeekendFallback } from '../../../../shared/calendar';

const strict = createWorkingDayCalendar(shippedHolidayCalendarData);
const calendar = withWeekendFallback(strict);

describe('the weekend fallback beyond the holiday data', () => {
  it('answers exactly as the strict calendar inside the data (国庆 2026 and its 调休)', () => {
    for (const day of ['2026-09-30', '2026-10-01', '2026-10-08', '2026-10-10', '2026-12-31']) {
      expect(calendar.isWorkingDay(day)).toBe(strict.isWorkingDay(day));
    }
    expect(calendar.addWorkingDays('2026-09-29', 5)).toBe(strict.addWorkingDays('2026-09-29', 5));
    expect(calendar.isProvisional('2026-12-31')).toBe(false);
  });

  it('counts weekends only in a year the data does not cover, where the strict calendar refuses', () => {
    expect(() => strict.isWorkingDay('2027-01-04')).toThrow(HolidayDataNotCoveredError);
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false); // a Saturday
    expect(calendar.isWorkingDay('2027-01-04')).toBe(true); // a Monday
    expect(calendar.isProvisional('2027-01-04')).toBe(true);
    // From Tuesday 2026-12-29: 12-30, 12-31 (covered), then 2027-01-01 (Fri, estimated working), 01-04, 01-05.
    expect(calendar.addWorkingDays('2026-12-29', 5)).toBe('2027-01-05');
    expect(calendar.workingDaysBetween('2026-12-29', '2027-01-05')).toBe(5);
    expect(calendar.workingDayOnOrAfter('2027-01-02')).toBe('2027-01-04');
  });

  it('says the date is an estimate', () => {
    expect(provisionalNote('2027-03-01')).toContain('2027 年节假日安排尚未导入');
  });
});
