import { createWorkingDayCalendar, shippedHolidayCalendarData } from '../../../../../shared/calendar';
import type { CheckOptions } from '../../../../../shared/rules/framework/context';

/**
 * The official calendar as shipped (国务院 holidays and 调休, 2004–2026), for
 * tests on real holiday dates. Outside those years it throws, so cases using
 * it keep every computed day within them.
 */
export const officialCalendar = createWorkingDayCalendar(shippedHolidayCalendarData);

export const officialOptions: CheckOptions = { calendar: officialCalendar };
