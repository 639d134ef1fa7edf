/**
 * Parameters, OpenFisca-style: every number a rule uses is data, with a
 * description, a unit, the article it comes from, and dated values.
 *
 * - Each value has an explicit period `[from, until]` (both days included;
 *   `until: null` is "no end", written on purpose). A parameter ends when its
 *   last value ends: there is no carry-over past it.
 * - A value the regulation names but does not fix is a default, marked
 *   `isDefault: true`, and the parameter is `overridable`: the office's own
 *   dated values form one more layer, consulted first.
 * - Looking a parameter up on a day without a value throws
 *   `ParameterGapError`; it never falls back to a neighbouring value.
 */
import type { Day } from '../../domain/day';
import type { Citation } from '../../domain/regulations';
import { isMonthDay } from './dates';

export const PARAMETER_UNITS = ['percent', 'months', 'days', 'workingDays', 'monthDay', 'fen'] as const;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];
export type ParameterValue = number | string;

export interface DatedValue {
  readonly from: Day;
  readonly until: Day | null;
  readonly value: ParameterValue;
  /** True when the regulation leaves the amount open and this is our default. */
  readonly isDefault?: boolean;
  /** Where the value comes from, when not the citation's words (e.g. an office decision number). */
  readonly reference?: string;
}

export interface ParameterDefinition {
  /** Chinese, for the parameter screen. */
  readonly description: string;
  readonly unit: ParameterUnit;
  readonly citation: Citation;
  /** The article's words the value comes from. */
  readonly quote: string;
  /** Whether the office may set its own values (only for amounts the regulation leaves open). */
  readonly overridable: boolean;
  readonly values: readonly DatedValue[];
}

export type ParameterTable<P extends string> = Readonly<Record<P, ParameterDefinition>>;

/** The office's layer: parameter id → its own dated values. */
export type ParameterOverrides = Readonly<Record<string, readonly DatedValue[]>>;

export class ParameterGapError extends Error {
  constructor(
    readonly parameter: string,
    readonly day: Day,
  ) {
    super(`参数“${parameter}”在 ${day} 没有取值（不沿用相邻期间的值）`);
    this.name = 'ParameterGapError';
  }
}

export class ParameterDefinitionError extends Error {
  override name = 'ParameterDefinitionError';
}

function covers(value: DatedValue, day: Day): boolean {
  return value.from <= day && (value.until === null || day <= value.until);
}

function valueOn(values: readonly DatedValue[] | undefined, day: Day): DatedValue | undefined {
  if (!values) return undefined;
  for (const value of values) if (covers(value, day)) return value;
  return undefined;
}

/** The value in force on `day`: the office's layer first, then the pack's. Throws on a gap. */
export function lookupParameter(
  id: string,
  definition: ParameterDefinition,
  day: Day,
  overrides?: ParameterOverrides,
): DatedValue {
  const found = (definition.overridable ? valueOn(overrides?.[id], day) : undefined) ?? valueOn(definition.values, day);
  if (!found) throw new ParameterGapError(id, day);
  return found;
}

function checkValue(id: string, unit: ParameterUnit, value: ParameterValue): void {
  const ok = unit === 'monthDay' ? isMonthDay(value) : typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  if (!ok) throw new ParameterDefinitionError(`参数“${id}”的取值 ${JSON.stringify(value)} 不符合单位 ${unit}`);
}

function checkPeriods(id: string, values: readonly DatedValue[]): void {
  const sorted = [...values].sort((a, b) => (a.from < b.from ? -1 : 1));
  sorted.forEach((value, i) => {
    if (value.until !== null && value.until < value.from) {
      throw new ParameterDefinitionError(`参数“${id}”的取值期间 ${value.from}–${value.until} 无效`);
    }
    const next = sorted[i + 1];
    if (next && (value.until === null || value.until >= next.from)) {
      throw new ParameterDefinitionError(`参数“${id}”的取值期间重叠（${value.from} 与 ${next.from}）`);
    }
  });
}

/** Checks a pack's table: units, periods, defaults marked. Throws ParameterDefinitionError. */
export function validateParameterTable(table: ParameterTable<string>): void {
  for (const [id, definition] of Object.entries(table)) {
    checkPeriods(id, definition.values);
    for (const value of definition.values) {
      checkValue(id, definition.unit, value.value);
      if (definition.overridable !== (value.isDefault === true)) {
        throw new ParameterDefinitionError(
          `参数“${id}”：可由审查部门设定的参数，其取值须标为默认值（isDefault: true）；本办法确定的参数则不得标为默认值`,
        );
      }
    }
  }
}

/** Checks an office's layer against the pack's table. Throws ParameterDefinitionError. */
export function validateOverrides(table: ParameterTable<string>, overrides: ParameterOverrides): void {
  for (const [id, values] of Object.entries(overrides)) {
    const definition = (table as Record<string, ParameterDefinition | undefined>)[id];
    if (!definition) throw new ParameterDefinitionError(`本规则包没有参数“${id}”`);
    if (!definition.overridable) throw new ParameterDefinitionError(`参数“${id}”由本办法确定，审查部门不能另行设定`);
    checkPeriods(id, values);
    for (const value of values) checkValue(id, definition.unit, value.value);
  }
}

/** Typed access to the parameters resolved for one day. Unknown ids throw. */
export interface ParameterReader<P extends string> {
  number(id: P): number;
  monthDay(id: P): string;
  /** The full dated value (to show whether it is a default). */
  value(id: P): DatedValue;
}

/** Resolves EVERY parameter of the table on `day` (so a gap fails the whole check, loudly). */
export function resolveParameters<P extends string>(
  table: ParameterTable<P>,
  day: Day,
  overrides?: ParameterOverrides,
): ParameterReader<P> {
  const resolved = new Map<string, DatedValue>();
  for (const id of Object.keys(table) as P[]) resolved.set(id, lookupParameter(id, table[id], day, overrides));
  const get = (id: string): DatedValue => {
    const value = resolved.get(id);
    if (!value) throw new ParameterDefinitionError(`本规则包没有参数“${id}”`);
    return value;
  };
  return {
    number(id) {
      const { value } = get(id);
      if (typeof value !== 'number') throw new ParameterDefinitionError(`参数“${id}”不是数值`);
      return value;
    },
    monthDay(id) {
      const { value } = get(id);
      if (typeof value !== 'string') throw new ParameterDefinitionError(`参数“${id}”不是月日`);
      return value;
    },
    value: get,
  };
}

/** A parameter the regulation leaves to the review office, still at the pack's default on a day. */
export interface UnsetParameter {
  readonly id: string;
  readonly description: string;
  readonly unit: ParameterUnit;
  readonly citation: Citation;
  readonly quote: string;
  /** The pack's default in force on the day, and where it comes from. */
  readonly defaultValue: DatedValue;
}

/**
 * The parameters the office has not set for `day`: overridable, and no value of
 * the office's layer covers the day. For the review office's system page (“待审查
 * 部门确定的参数”) and the CLI; findings resting on them are info until set.
 */
export function unsetParameters(table: ParameterTable<string>, day: Day, overrides?: ParameterOverrides): UnsetParameter[] {
  const unset: UnsetParameter[] = [];
  for (const [id, definition] of Object.entries(table)) {
    if (!definition.overridable || valueOn(overrides?.[id], day)) continue;
    const defaultValue = valueOn(definition.values, day);
    if (!defaultValue) continue; // outside the regulation's period: nothing to set
    unset.push({ id, description: definition.description, unit: definition.unit, citation: definition.citation, quote: definition.quote, defaultValue });
  }
  return unset;
}
