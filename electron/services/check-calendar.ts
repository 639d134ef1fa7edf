import { createWorkingDayCalendar, provisionalNote, shippedHolidayCalendarData, withWeekendFallback, type FallbackCalendar } from '../../shared/calendar';
import type { Finding } from '../../shared/rules';

/**
 * The calendar checks run on: the shipped official holidays, with the weekend
 * estimate beyond them, so a deadline in a year not yet published does not
 * stop a project's whole check. (Later, policy bundles from the review office
 * merge newer years into the data.)
 */
export function createCheckCalendar(): FallbackCalendar {
  return withWeekendFallback(createWorkingDayCalendar(shippedHolidayCalendarData));
}

/** Says so in the finding when its due date rests on the weekend estimate. */
export function markProvisional(findings: readonly Finding[], calendar: FallbackCalendar): Finding[] {
  return findings.map((finding) =>
    finding.dueDate && calendar.isProvisional(finding.dueDate) ? { ...finding, message: `${finding.message}${provisionalNote(finding.dueDate)}` } : finding,
  );
}
