import { fromDayNumber, isWeekend, toDayNumber, type IsoDay } from './iso-day';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * A calendar that answers beyond the holiday data: for a year the data does
 * not cover yet (the State Council publishes the next year's holidays each
 * November), Saturdays and Sundays are the days off. Dates computed so are an
 * estimate: `isProvisional(day)` tells a caller to say so next to them, and
 * the review office's policy update replaces the estimate with the real year.
 *
 * The strict calendar throws instead; this one keeps a project's whole check
 * running when one deadline reaches into the next year.
 */
export interface FallbackCalendar extends WorkingDayCalendar {
  isProvisional(day: IsoDay): boolean;
}

export function withWeekendFallback(calendar: WorkingDayCalendar): FallbackCalendar {
  const isWorkingDay = (day: IsoDay): boolean => (calendar.covers(day) ? calendar.isWorkingDay(day) : !isWeekend(toDayNumber(day)));

  function addWorkingDays(day: IsoDay, n: number): IsoDay {
    if (!Number.isInteger(n) || n === 0) return calendar.addWorkingDays(day, n); // the strict calendar's own refusal
    const step = n > 0 ? 1 : -1;
    let current = toDayNumber(day);
    for (let remaining = Math.abs(n); remaining > 0; ) {
      current += step;
      if (isWorkingDay(fromDayNumber(current))) remaining -= 1;
    }
    return fromDayNumber(current);
  }

  return {
    ...calendar,
    isProvisional: (day) => !calendar.covers(day),
    isWorkingDay,
    addWorkingDays,
    nextWorkingDay: (day) => addWorkingDays(day, 1),
    workingDayOnOrAfter: (day) => (isWorkingDay(day) ? day : addWorkingDays(day, 1)),
    workingDaysBetween(from, to) {
      let count = 0;
      const last = toDayNumber(to);
      for (let current = toDayNumber(from) + 1; current <= last; current += 1) if (isWorkingDay(fromDayNumber(current))) count += 1;
      return count;
    },
  };
}

/** The note a finding carries when its due date rests on the weekend estimate. */
export function provisionalNote(day: IsoDay): string {
  return `（${day.slice(0, 4)} 年节假日安排尚未导入，此期限暂按周末推算，导入后将自动更正）`;
}
