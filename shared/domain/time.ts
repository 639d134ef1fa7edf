/**
 * Dates are ISO strings in Beijing time (UTC+8, no daylight saving):
 * timestamps as `2026-11-24T09:30:00.000+08:00`, calendar days as `2026-11-24`.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that always says the same instant; for tests and benchmarks. */
export function fixedClock(iso: string): Clock {
  const instant = new Date(iso);
  return { now: () => new Date(instant) };
}

export function toBeijingIso(date: Date): string {
  return new Date(date.getTime() + BEIJING_OFFSET_MS).toISOString().replace('Z', '+08:00');
}

/** The Beijing calendar day of an instant, `YYYY-MM-DD`. */
export function beijingDay(date: Date): string {
  return toBeijingIso(date).slice(0, 10);
}
