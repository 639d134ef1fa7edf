import { z } from 'zod';

/**
 * A calendar day in Beijing time, `YYYY-MM-DD`. A plain string so it crosses
 * IPC and JSON unchanged; two days compare correctly as strings.
 */
export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `text` is a real day: `2025-02-29` and `2025-2-3` are not. */
export function isDay(text: unknown): text is Day {
  if (typeof text !== 'string') return false;
  const match = DAY_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export const daySchema = z.string({ error: '日期为必填项' }).refine(isDay, '日期应为有效的 YYYY-MM-DD');
