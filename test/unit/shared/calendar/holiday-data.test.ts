/** The schema every holiday data set passes before it is used, shipped or imported. */
import { describe, expect, it } from 'vitest';
import {
  createWorkingDayCalendar,
  holidayCalendarDataSchema,
  type HolidayCalendarData,
} from '../../../../shared/calendar';

const valid: HolidayCalendarData = {
  version: 'test-1',
  source: '测试数据',
  years: {
    // 2025 国庆: 10月1日至8日放假，9月28日（周日）、10月11日（周六）上班 (excerpt).
    '2025': { holidays: ['2025-10-01', '2025-10-08'], adjustedWorkdays: ['2025-09-28', '2025-10-11'] },
  },
};

function withYear(entry: { holidays: string[]; adjustedWorkdays: string[] }): HolidayCalendarData {
  return { ...valid, years: { '2025': entry } };
}

function messages(data: unknown): string[] {
  const result = holidayCalendarDataSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('holidayCalendarDataSchema', () => {
  it('accepts plain data and survives a JSON round trip', () => {
    expect(messages(valid)).toEqual([]);
    expect(holidayCalendarDataSchema.parse(JSON.parse(JSON.stringify(valid)))).toEqual(valid);
  });

  it.each([
    ['an impossible date', withYear({ holidays: ['2025-02-29'], adjustedWorkdays: [] }), '日期应为有效的 YYYY-MM-DD'],
    ['a date without zero padding', withYear({ holidays: ['2025-10-1'], adjustedWorkdays: [] }), '日期应为有效的 YYYY-MM-DD'],
    ['a day filed under another year', withYear({ holidays: ['2024-10-01'], adjustedWorkdays: [] }), '2024-10-01 不属于 2025 年'],
    ['a weekday as adjusted workday', withYear({ holidays: [], adjustedWorkdays: ['2025-09-29'] }), '2025-09-29 不是周六或周日'],
    ['a day both off and working', withYear({ holidays: ['2025-09-28'], adjustedWorkdays: ['2025-09-28'] }), '同时被列为放假日和调休上班日'],
    ['a duplicated day', withYear({ holidays: ['2025-10-01', '2025-10-01'], adjustedWorkdays: [] }), '2025-10-01 重复出现'],
    ['no years', { ...valid, years: {} }, '至少应包含一个年度'],
    ['a two-digit year key', { ...valid, years: { '25': valid.years['2025'] } }, '年份应为四位数字'],
    ['an empty version', { ...valid, version: ' ' }, '节假日数据缺少版本号'],
    ['an empty source', { ...valid, source: '' }, '节假日数据缺少来源'],
  ])('refuses %s', (_name, data, message) => {
    expect(messages(data).join('\n')).toContain(message);
  });

  it('createWorkingDayCalendar validates too, so bad data never becomes a calendar', () => {
    expect(() => createWorkingDayCalendar(withYear({ holidays: [], adjustedWorkdays: ['2025-09-29'] }))).toThrow(
      '不是周六或周日',
    );
  });
});
