import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayInYear, daysBetween, fromDayNumber, toDayNumber, yearOf } from '../../../../../shared/rules/framework/dates';

describe('calendar-day arithmetic', () => {
  it('counts days across months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2027-05-31', '2027-08-29')).toBe(90);
    expect(daysBetween('2026-01-02', '2026-01-01')).toBe(-1);
    expect(fromDayNumber(toDayNumber('2025-08-29'))).toBe('2025-08-29');
  });

  // 《民法典》第二百零二条：到期月的对应日为期间的最后一日；没有对应日的，以月末日为期间的最后一日。
  it.each([
    ['2026-03-16', 6, '2026-09-16'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2025-08-29', 24, '2027-08-29'],
  ])('%s + %i months = %s (对应日, or the month end)', (start, months, end) => {
    expect(addMonths(start, months)).toBe(end);
  });

  it('builds a day from a year and MM-DD, and refuses nonsense', () => {
    expect(dayInYear(2026, '06-30')).toBe('2026-06-30');
    expect(yearOf('2026-06-30')).toBe(2026);
    expect(() => dayInYear(2026, '02-30')).toThrow();
    expect(() => addDays('2026-2-3', 1)).toThrow(/YYYY-MM-DD/);
  });
});
