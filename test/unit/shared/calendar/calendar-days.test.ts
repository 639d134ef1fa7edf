/** Calendar-day helpers: no holidays involved. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDaysBetween,
  compareDays,
  endOfMonth,
  endOfYear,
  isIsoDay,
} from '../../../../shared/calendar';
import { daysFromCivil, fromDayNumber, toDayNumber, weekdayOf } from '../../../../shared/calendar/iso-day';

describe('addMonths — 《民法典》第二百零二条：到期月的对应日为期间的最后一日；没有对应日的，以月末日为期间的最后一日', () => {
  it.each([
    ['2025-08-31', 6, '2026-02-28', '没有对应日，以月末日'],
    ['2023-08-31', 6, '2024-02-29', '闰年2月'],
    ['2024-02-29', 12, '2025-02-28', '闰日加一年'],
    ['2024-02-29', 48, '2028-02-29', '闰日加四年'],
    ['2025-01-31', 1, '2025-02-28', ''],
    ['2025-01-31', 3, '2025-04-30', ''],
    ['2025-01-30', 1, '2025-02-28', ''],
    ['2025-02-28', 1, '2025-03-28', '对应日，不跳到月末'],
    ['2025-11-15', 2, '2026-01-15', '跨年'],
    ['2025-03-31', -1, '2025-02-28', '往前'],
    ['2026-01-15', -13, '2024-12-15', '往前跨年'],
    ['2025-05-10', 0, '2025-05-10', ''],
  ])('%s + %i 个月 = %s（%s）', (day, n, expected) => {
    expect(addMonths(day, n)).toBe(expected);
  });
});

describe('addDays, endOfMonth, endOfYear, compareDays', () => {
  it('addDays crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-01-01', 365)).toBe('2026-01-01');
    expect(calendarDaysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('endOfMonth and endOfYear', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2100-02-10')).toBe('2100-02-28'); // not a leap year
    expect(endOfMonth('2000-02-01')).toBe('2000-02-29'); // a leap year
    expect(endOfMonth('2025-04-30')).toBe('2025-04-30');
    expect(endOfYear('2025-03-15')).toBe('2025-12-31');
  });

  it('compareDays sorts days', () => {
    expect(compareDays('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareDays('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareDays('2026-01-01', '2025-12-31')).toBe(1);
    expect(['2025-10-08', '2024-10-08', '2025-01-01'].sort(compareDays)).toEqual([
      '2024-10-08',
      '2025-01-01',
      '2025-10-08',
    ]);
  });

  it.each(['2025-02-29', '2025-2-3', '2025-02-03T00:00', '20250203', '', '2025-13-01', '2025-00-10'])(
    'refuses %j as a day',
    (text) => {
      expect(isIsoDay(text)).toBe(false);
      expect(() => addDays(text, 1)).toThrow(RangeError);
      expect(() => compareDays(text, '2025-01-01')).toThrow('YYYY-MM-DD');
    },
  );

  it('refuses fractional counts', () => {
    expect(() => addDays('2025-01-01', 0.5)).toThrow(RangeError);
    expect(() => addMonths('2025-01-01', Number.NaN)).toThrow(RangeError);
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC and getUTCDay for every day from 1900 to 2100', () => {
    const start = Date.UTC(1900, 0, 1) / 86_400_000;
    const end = Date.UTC(2101, 0, 1) / 86_400_000;
    expect(daysFromCivil(1900, 1, 1)).toBe(start);
    for (let n = start; n < end; n++) {
      const date = new Date(n * 86_400_000);
      const text = date.toISOString().slice(0, 10);
      if (fromDayNumber(n) !== text || toDayNumber(text) !== n || weekdayOf(n) !== date.getUTCDay()) {
        expect({ n, text }).toEqual({ n, text: fromDayNumber(n) });
      }
    }
  });
});
