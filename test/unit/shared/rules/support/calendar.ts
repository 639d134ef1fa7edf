import { weekdayCalendar } from '../../../../../shared/rules/framework/calendar';
import type { CheckOptions } from '../../../../../shared/rules/framework/context';

/**
 * A test calendar (not the official one): Monday–Friday, with a made-up
 * National Day break 2026-10-01…10-07 and Saturday 2026-10-10 as a 调休 workday.
 */
export const testCalendar = weekdayCalendar({
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  adjustedWorkdays: ['2026-10-10'],
});

export const testOptions: CheckOptions = { calendar: testCalendar };
