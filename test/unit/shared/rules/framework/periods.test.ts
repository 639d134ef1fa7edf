import { describe, expect, it } from 'vitest';
import { weekdayCalendar, workingDayOnOrAfter } from '../../../../../shared/rules/framework/calendar';
import { daysPeriodEnd, fixedDate, monthsPeriodEnd, workingDaysPeriodEnd } from '../../../../../shared/rules/framework/periods';
import { testCalendar } from '../support/calendar';

describe('the date convention (periods.ts)', () => {
  it('the starting day is not counted: 6 months from 2026-03-16 end on 2026-09-16 (a Wednesday)', () => {
    expect(monthsPeriodEnd('2026-03-16', 6, testCalendar)).toBe('2026-09-16');
  });

  // 《民法典》第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。
  it('a last day on a weekend moves to the next working day', () => {
    expect(monthsPeriodEnd('2025-08-31', 6, testCalendar)).toBe('2026-03-02'); // 2026-02-28 is a Saturday
  });

  it('a last day in a holiday moves past the holiday', () => {
    expect(monthsPeriodEnd('2026-04-01', 6, testCalendar)).toBe('2026-10-08'); // 10-01…10-07 off
  });

  it('a 调休 Saturday is a working day: the period ends on it', () => {
    expect(daysPeriodEnd('2026-10-03', 7, testCalendar)).toBe('2026-10-10');
  });

  it('working-day periods count from the next day', () => {
    // From Mon 09-28 (not counted): Tue 29, Wed 30, Thu 10-08, Fri 10-09, Sat 10-10 (调休).
    expect(workingDaysPeriodEnd('2026-09-28', 5, testCalendar)).toBe('2026-10-10');
    // From Fri 09-25: Mon 28, Tue 29, Wed 30, Thu 10-08, Fri 10-09.
    expect(workingDaysPeriodEnd('2026-09-25', 5, testCalendar)).toBe('2026-10-09');
  });

  it('a fixed date is never moved, even onto a weekend', () => {
    expect(fixedDate(2026, '06-30')).toBe('2026-06-30');
    expect(fixedDate(2029, '06-30')).toBe('2029-06-30'); // a Saturday
  });

  it('weekdayCalendar: weekends off, holidays off, 调休 on; n must be ≥ 1', () => {
    const calendar = weekdayCalendar({ holidays: ['2026-10-01'], adjustedWorkdays: ['2026-10-10'] });
    expect(calendar.isWorkingDay('2026-09-30')).toBe(true);
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-03')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(workingDayOnOrAfter(calendar, '2026-10-03')).toBe('2026-10-05');
    expect(() => calendar.addWorkingDays('2026-10-03', 0)).toThrow();
  });
});
