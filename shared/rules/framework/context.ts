/**
 * Per-pack and per-day preparation, done once and reused for every project:
 * the compiled rule list (per pack) and the rule context with all parameters
 * resolved (per options object and day). Caches are keyed by object identity,
 * so reuse one `CheckOptions` object for a whole run.
 */
import { isDay, type Day } from '../../domain/day';
import type { WorkingDayCalendar } from './calendar';
import { checklistRule } from './checklist';
import { deadlineRule } from './deadline';
import type { FindingDraft } from './finding';
import type { RulePack } from './pack';
import { resolveParameters, validateOverrides, type ParameterOverrides } from './parameters';
import type { Rule, RuleContext } from './rule';
import { isInForce, packStatus, validityDraft, type PackStatus } from './status';

/** A product setting: deadlines within this many days show as coming up. */
export const DEFAULT_DUE_SOON_DAYS = 30;

export interface CheckOptions {
  readonly calendar: WorkingDayCalendar;
  /** The office's parameter layer (only for parameters the pack marks overridable). */
  readonly overrides?: ParameterOverrides;
  readonly dueSoonDays?: number;
}

const compiledRules = new WeakMap<RulePack, readonly Rule[]>();

/** The pack's rules, deadlines and checklist items as one list of rules, in `ruleIds` order. */
export function compiledRulesOf(pack: RulePack): readonly Rule[] {
  let rules = compiledRules.get(pack);
  if (!rules) {
    rules = [...pack.rules, ...pack.deadlines.map((d) => deadlineRule(d)), ...pack.checklists.map(checklistRule)];
    compiledRules.set(pack, rules);
  }
  return rules;
}

/** Everything about (pack, asOf, options) that does not depend on the project. */
export interface Prepared {
  readonly status: PackStatus;
  /** The finding about the pack itself, or null while plainly in force. */
  readonly validity: FindingDraft | null;
  /** Null when the regulation is not in force on `asOf` (then no rule runs). */
  readonly ctx: RuleContext | null;
}

const prepared = new WeakMap<CheckOptions, Map<string, Prepared>>();

/**
 * Prepares a check on `asOf`: the pack status and, while in force, the rule
 * context with every parameter resolved (throws ParameterGapError on a gap).
 */
export function prepare(pack: RulePack, asOf: Day, options: CheckOptions): Prepared {
  let perOptions = prepared.get(options);
  if (!perOptions) {
    if (options.overrides) validateOverrides(pack.parameters, options.overrides);
    perOptions = new Map();
    prepared.set(options, perOptions);
  }
  const key = `${pack.meta.id}@${pack.meta.version}|${asOf}`;
  let entry = perOptions.get(key);
  if (!entry) {
    if (!isDay(asOf)) throw new RangeError(`检查日期应为有效的 YYYY-MM-DD：${JSON.stringify(asOf)}`);
    const status = packStatus(pack.meta, asOf);
    const ctx: RuleContext | null = isInForce(status)
      ? {
          asOf,
          calendar: options.calendar,
          params: resolveParameters(pack.parameters, asOf, options.overrides),
          dueSoonDays: options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
          meta: pack.meta,
        }
      : null;
    entry = { status, validity: validityDraft(pack.meta, status), ctx };
    perOptions.set(key, entry);
  }
  return entry;
}

/** The rule context on `asOf`; throws when the regulation is not in force then. */
export function ruleContext(pack: RulePack, asOf: Day, options: CheckOptions): RuleContext {
  const { ctx, validity } = prepare(pack, asOf, options);
  if (!ctx) throw new RangeError(validity?.message ?? `${pack.meta.id} 在 ${asOf} 不在施行期内`);
  return ctx;
}
