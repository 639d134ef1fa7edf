import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar, shippedHolidayCalendarData } from '../../../../shared/calendar';

describe('speed', () => {
  it('100,000 addWorkingDays with n ≤ 30 take well under a second', () => {
    const calendar = createWorkingDayCalendar(shippedHolidayCalendarData);
    const starts = Array.from({ length: 1000 }, (_, i) => calendar.addDays('2024-01-01', i));
    const begin = performance.now();
    let last = '';
    for (let i = 0; i < 100_000; i++) last = calendar.addWorkingDays(starts[i % 1000]!, (i % 30) + 1);
    const elapsed = performance.now() - begin;
    expect(last).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(elapsed).toBeLessThan(500);
  });

  it('building the calendar from the shipped data is cheap', () => {
    const begin = performance.now();
    createWorkingDayCalendar(shippedHolidayCalendarData);
    expect(performance.now() - begin).toBeLessThan(100);
  });
});
