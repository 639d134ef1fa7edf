/**
 * The working-day calendar used by rule packs. Typical use:
 *
 *   const calendar = createWorkingDayCalendar(
 *     mergeHolidayCalendarData(shippedHolidayCalendarData, bundle.holidays),
 *   );
 *   const deadline = calendar.addWorkingDays(receivedOn, 5); // “5 个工作日内”
 *
 * Days are `YYYY-MM-DD` strings throughout.
 */
export {
  addDays,
  addMonths,
  calendarDaysBetween,
  compareDays,
  endOfMonth,
  endOfYear,
  yearOf,
} from './calendar-days';
export {
  holidayCalendarDataSchema,
  parseHolidayCalendarData,
  type HolidayCalendarData,
  type HolidayYear,
} from './holiday-data';
export { isIsoDay, type IsoDay } from './iso-day';
export { mergeHolidayCalendarData } from './merge-holiday-data';
export { HolidayDataNotCoveredError, isHolidayDataNotCoveredError } from './not-covered-error';
export { shippedHolidayCalendarData } from './shipped';
export { createWorkingDayCalendar, type WorkingDayCalendar } from './working-day-calendar';
export { provisionalNote, withWeekendFallback, type FallbackCalendar } from './weekend-fallback';
