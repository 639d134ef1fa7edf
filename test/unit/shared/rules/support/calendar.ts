import { weekdayCalendar } from '../../../../../shared/rules/framework/calendar';
import type { CheckOptions } from '../../../../../shared/rules/framework/context';
import type { RulePack } from '../../../../../shared/rules/framework/pack';
import type { DatedValue, ParameterOverrides, ParameterTable } from '../../../../../shared/rules/framework/parameters';

/**
 * A test calendar (not the official one): Monday–Friday, with a made-up
 * National Day break 2026-10-01…10-07 and Saturday 2026-10-10 as a 调休 workday.
 */
export const testCalendar = weekdayCalendar({
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  adjustedWorkdays: ['2026-10-10'],
});

export const testOptions: CheckOptions = { calendar: testCalendar };

/**
 * The review office has set every parameter the regulation leaves open, to the
 * pack's default values: findings resting on them then keep their own severity.
 * (With `testOptions` the defaults are unset and such findings are info.)
 */
export function officeSetOverrides(pack: RulePack): ParameterOverrides {
  const overrides: Record<string, DatedValue[]> = {};
  for (const [id, definition] of Object.entries(pack.parameters as ParameterTable<string>)) {
    if (definition.overridable) overrides[id] = definition.values.map(({ from, until, value }) => ({ from, until, value, reference: '审查部门确认' }));
  }
  return overrides;
}

const officeSet = new Map<string, CheckOptions>();
/** One options object per pack (the framework caches per options object). */
export function officeOptions(pack: RulePack): CheckOptions {
  let options = officeSet.get(pack.meta.id);
  if (!options) officeSet.set(pack.meta.id, (options = { calendar: testCalendar, overrides: officeSetOverrides(pack) }));
  return options;
}
