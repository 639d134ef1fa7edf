import type Database from 'better-sqlite3';
import { z } from 'zod';
import { createWorkingDayCalendar, mergeHolidayCalendarData, shippedHolidayCalendarData, withWeekendFallback, type FallbackCalendar } from '../../shared/calendar';
import { holidayCalendarDataSchema, type HolidayCalendarData } from '../../shared/calendar/holiday-data';
import type { RegulationId } from '../../shared/domain/regulations';
import { REGULATION_IDS } from '../../shared/domain/regulations';
import type { PayloadOf } from '../../shared/exchange/payloads';
import { refuse } from '../../shared/exchange/refusals';
import { ParameterDefinitionError, validateOverrides, type DatedValue, type ParameterOverrides, type ParameterTable } from '../../shared/rules/framework/parameters';
import { readSetting, writeSetting } from './settings';

const KEY = 'policy.layer';
const datedValueSchema = z.object({ from: z.string(), until: z.string().nullable(), value: z.union([z.number(), z.string()]), reference: z.string().optional() });
const layerSchema = z.object({
  regulation: z.enum(REGULATION_IDS),
  overrides: z.record(z.string(), z.array(datedValueSchema)),
  calendar: holidayCalendarDataSchema.optional(),
  documentNos: z.array(z.string()),
});
export type PolicyLayer = z.infer<typeof layerSchema>;

/** The calendar the checks use: the shipped data, the review office's newer years over it, the weekend estimate beyond. */
export function calendarWith(update: HolidayCalendarData | undefined): FallbackCalendar {
  const data = update ? mergeHolidayCalendarData(shippedHolidayCalendarData, update) : shippedHolidayCalendarData;
  return withWeekendFallback(createWorkingDayCalendar(data));
}

export function readPolicyLayer(sqlite: Database.Database): PolicyLayer | null {
  return readSetting(sqlite, KEY, layerSchema);
}

/**
 * Lays a verified policy update from the review office over the current layer:
 * each parameter it names gets the update's dated values; calendar years are
 * replaced year by year. Refuses (changing nothing) an update for another
 * regulation, or values the pack does not let the office set.
 */
export function mergePolicyUpdate(
  current: PolicyLayer | null,
  update: PayloadOf<'policyUpdate'>,
  jurisdiction: RegulationId,
  table: ParameterTable<string>,
): PolicyLayer {
  if (update.regulation !== jurisdiction) {
    refuse('contentConflict', `该政策更新针对“${update.regulation}”，本单位适用“${jurisdiction}”，已拒绝。`);
  }
  const overrides: Record<string, DatedValue[]> = { ...(current?.overrides ?? {}) };
  for (const parameter of update.parameters) {
    overrides[parameter.id] = parameter.values.map((value) => ({ from: value.from, until: value.until, value: value.value, reference: value.reference ?? update.documentNo }));
  }
  try {
    validateOverrides(table, overrides as ParameterOverrides);
  } catch (error) {
    if (error instanceof ParameterDefinitionError) refuse('payloadInvalid', `政策更新中的参数不能采用：${error.message}。已拒绝。`);
    throw error;
  }
  const calendar = update.calendar && current?.calendar ? mergeHolidayCalendarData(current.calendar, update.calendar) : (update.calendar ?? current?.calendar);
  if (calendar) calendarWith(calendar); // refuses nothing silently: a bad year throws here, inside the import's transaction
  return { regulation: jurisdiction, overrides, calendar: calendar ? holidayCalendarDataSchema.parse(calendar) : undefined, documentNos: [...(current?.documentNos ?? []), ...(update.documentNo ? [update.documentNo] : [])] };
}

export function writePolicyLayer(sqlite: Database.Database, layer: PolicyLayer, at: string): void {
  writeSetting(sqlite, KEY, layer, at);
}
