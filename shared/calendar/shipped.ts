/**
 * The holiday data shipped with the app, generated from `chinese-days` by
 * `scripts/generate-holiday-calendar.ts`. Validated on load like any bundle, so
 * a bad regeneration fails at startup and in tests, not in a deadline.
 */
import shippedJson from './data/cn-holidays.json' with { type: 'json' };
import { parseHolidayCalendarData, type HolidayCalendarData } from './holiday-data';

export const shippedHolidayCalendarData: HolidayCalendarData = parseHolidayCalendarData(shippedJson);
