/**
 * The holiday calendar as plain data. It is not code because the State Council
 * publishes each year's schedule (《国务院办公厅关于××××年部分节假日安排的通知》)
 * every November, after the app has shipped: a newer data set arrives later in a
 * signed policy bundle and is merged over the shipped one (`merge-holiday-data.ts`).
 * The data is untrusted until it has passed `holidayCalendarDataSchema`.
 */
import { z } from 'zod';
import { parseCivilDate, daysFromCivil, isWeekend } from './iso-day';

/** One calendar year of official arrangements. Days are `YYYY-MM-DD` within that year. */
export interface HolidayYear {
  /**
   * Every official day off (放假) in the year, weekend days inside a holiday
   * period included (2025-10-04, a Saturday, is listed for 国庆). Only a listed
   * weekday changes the outcome; the weekends are kept so the list reads like the
   * notice and can be shown to the user.
   */
  readonly holidays: readonly string[];
  /** Saturdays and Sundays declared working days (调休上班). Never a weekday. */
  readonly adjustedWorkdays: readonly string[];
}

export interface HolidayCalendarData {
  /** Identifies this data set in findings and the about screen, e.g. `chinese-days@1.5.7`. */
  readonly version: string;
  /** Where the data comes from, in words a reviewer can check. */
  readonly source: string;
  /**
   * Keyed by the four-digit year the days fall in. A day is filed under its own
   * year even when another year's notice declared it (2011-12-31 was a working
   * Saturday under the notice for 2012). A year present here is complete: days
   * of that year not listed follow the ordinary week.
   */
  readonly years: Readonly<Record<string, HolidayYear>>;
}

const daySchema = z.string().refine((text) => parseCivilDate(text) !== null, {
  message: '日期应为有效的 YYYY-MM-DD',
});

const yearSchema = z.object({
  holidays: z.array(daySchema),
  adjustedWorkdays: z.array(daySchema),
});

function findDuplicate(days: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const day of days) {
    if (seen.has(day)) return day;
    seen.add(day);
  }
  return undefined;
}

export const holidayCalendarDataSchema = z
  .object({
    version: z.string().trim().min(1, '节假日数据缺少版本号'),
    source: z.string().trim().min(1, '节假日数据缺少来源'),
    years: z.record(z.string(), yearSchema),
  })
  .superRefine((data, ctx) => {
    if (Object.keys(data.years).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['years'], message: '节假日数据至少应包含一个年度' });
    }
    for (const [year, entry] of Object.entries(data.years)) {
      // Checked here rather than as the record's key schema, whose message zod replaces with its own.
      if (!/^\d{4}$/.test(year)) {
        ctx.addIssue({ code: 'custom', path: ['years', year], message: `年份应为四位数字：${year}` });
        continue;
      }
      for (const field of ['holidays', 'adjustedWorkdays'] as const) {
        entry[field].forEach((day, index) => {
          if (!day.startsWith(`${year}-`)) {
            ctx.addIssue({
              code: 'custom',
              path: ['years', year, field, index],
              message: `${day} 不属于 ${year} 年`,
            });
          }
        });
        const duplicate = findDuplicate(entry[field]);
        if (duplicate !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['years', year, field],
            message: `${duplicate} 重复出现`,
          });
        }
      }
      const holidays = new Set(entry.holidays);
      entry.adjustedWorkdays.forEach((day, index) => {
        const parsed = parseCivilDate(day);
        // A weekday "adjusted" to a working day would change nothing, so it can
        // only be a typo for a nearby weekend; refuse rather than guess.
        if (parsed && !isWeekend(daysFromCivil(parsed.year, parsed.month, parsed.day))) {
          ctx.addIssue({
            code: 'custom',
            path: ['years', year, 'adjustedWorkdays', index],
            message: `${day} 不是周六或周日，不能作为调休上班日`,
          });
        }
        if (holidays.has(day)) {
          ctx.addIssue({
            code: 'custom',
            path: ['years', year, 'adjustedWorkdays', index],
            message: `${day} 同时被列为放假日和调休上班日`,
          });
        }
      });
    }
  }) satisfies z.ZodType<HolidayCalendarData>;

/** Validates untrusted data (a bundle, a file); throws a `ZodError` with Chinese messages. */
export function parseHolidayCalendarData(input: unknown): HolidayCalendarData {
  return holidayCalendarDataSchema.parse(input);
}
