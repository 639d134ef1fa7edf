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
import { fenToWanYuan } from '../../domain/money';
import {
  resolveParameters,
  validateOverrides,
  type ParameterDefinition,
  type ParameterOverrides,
  type ParameterTable,
  type ParameterUnit,
  type ParameterValue,
} from './parameters';
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
  /** Rules resting on a parameter still at the pack's default on `asOf`, with the note their findings carry. */
  readonly provisional: ReadonlyMap<Rule, string>;
  /** The note for findings resting on these parameters, or undefined when the office has set them all. */
  readonly noteFor: (parameters: readonly string[]) => string | undefined;
}

/** The words every finding resting on an unset office parameter carries. */
export const LOCAL_DEFAULT_NOTE = '本地默认值，非办法规定，请审查部门确认';

/** The parameter's name for a message: its description up to the first bracket. */
export function parameterName(definition: ParameterDefinition): string {
  const cut = definition.description.search(/[（(]/);
  return cut > 0 ? definition.description.slice(0, cut) : definition.description;
}

const UNIT_TEXT: Readonly<Record<ParameterUnit, string>> = {
  percent: '%',
  months: ' 个月',
  days: ' 天',
  workingDays: ' 个工作日',
  monthDay: '',
  fen: ' 万元',
};

/** A value as a message shows it: '200.00 万元', '20 个工作日', '12-31'. */
export function parameterValueText(unit: ParameterUnit, value: ParameterValue): string {
  return `${unit === 'fen' && typeof value === 'number' ? fenToWanYuan(value) : String(value)}${UNIT_TEXT[unit]}`;
}

/** Remembered per prepared day: the same few parameter lists recur on every finding of a run. */
function noteMaker(pack: RulePack, ctx: RuleContext | null): (parameters: readonly string[]) => string | undefined {
  const byList = new WeakMap<readonly string[], string | null>();
  const byKey = new Map<string, string | null>();
  const make = makeNote(pack, ctx);
  return (parameters) => {
    let note = byList.get(parameters);
    if (note === undefined) {
      const key = parameters.join('|');
      note = byKey.get(key);
      if (note === undefined) byKey.set(key, (note = make(parameters) ?? null));
      byList.set(parameters, note);
    }
    return note ?? undefined;
  };
}

function makeNote(pack: RulePack, ctx: RuleContext | null): (parameters: readonly string[]) => string | undefined {
  return (parameters) => {
    if (!ctx) return undefined;
    const unset = parameters.filter((id) => ctx.params.value(id).isDefault === true);
    if (unset.length === 0) return undefined;
    const table = pack.parameters as ParameterTable<string>;
    const values = unset.map((id) => {
      const definition = table[id]!;
      return `“${parameterName(definition)}”${parameterValueText(definition.unit, ctx.params.value(id).value)}`;
    });
    return `（${values.join('、')}为${LOCAL_DEFAULT_NOTE}）`;
  };
}

function provisionalRules(pack: RulePack, noteFor: (parameters: readonly string[]) => string | undefined): Map<Rule, string> {
  const provisional = new Map<Rule, string>();
  for (const rule of compiledRulesOf(pack)) {
    const note = Array.isArray(rule.parameters) ? noteFor(rule.parameters as readonly string[]) : undefined;
    if (note !== undefined) provisional.set(rule, note);
  }
  return provisional;
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
    const noteFor = noteMaker(pack, ctx);
    entry = { status, validity: validityDraft(pack.meta, status), ctx, provisional: provisionalRules(pack, noteFor), noteFor };
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
