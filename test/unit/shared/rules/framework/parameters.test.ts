import { describe, expect, it } from 'vitest';
import {
  ParameterDefinitionError,
  ParameterGapError,
  lookupParameter,
  resolveParameters,
  validateOverrides,
  validateParameterTable,
  type ParameterDefinition,
  type ParameterTable,
} from '../../../../../shared/rules/framework/parameters';

const fixed: ParameterDefinition = {
  description: '验收期限（月）',
  unit: 'months',
  citation: { regulation: 'xichuan-2025', article: 18 },
  quote: '政务信息化项目建成6个月内',
  overridable: false,
  values: [{ from: '2025-08-29', until: '2027-08-29', value: 6 }],
};
const open: ParameterDefinition = {
  description: '基础目录清单报备截止日',
  unit: 'monthDay',
  citation: { regulation: 'xichuan-2025', article: 28 },
  quote: '每年编制本部门政务信息系统基础目录清单',
  overridable: true,
  values: [{ from: '2025-08-29', until: '2027-08-29', value: '12-31', isDefault: true }],
};
const table: ParameterTable<'window' | 'inventory'> = { window: fixed, inventory: open };

describe('dated parameter values', () => {
  it.each([
    ['2025-08-28', null],
    ['2025-08-29', 6],
    ['2026-06-01', 6],
    ['2027-08-29', 6],
    ['2027-08-30', null],
  ])('on %s the value is %s (both ends included; nothing carried past the end)', (day, value) => {
    if (value === null) expect(() => lookupParameter('window', fixed, day)).toThrow(ParameterGapError);
    else expect(lookupParameter('window', fixed, day).value).toBe(value);
  });

  it('the office layer comes first, and falls through to the pack outside its own period', () => {
    const overrides = { inventory: [{ from: '2026-01-01', until: '2026-12-31', value: '03-31' }] };
    expect(lookupParameter('inventory', open, '2026-05-01', overrides).value).toBe('03-31');
    expect(lookupParameter('inventory', open, '2025-12-31', overrides)).toMatchObject({ value: '12-31', isDefault: true });
    expect(lookupParameter('inventory', open, '2027-01-01', overrides).value).toBe('12-31');
  });

  it('an office value for a parameter the regulation fixes is refused', () => {
    expect(() => validateOverrides(table, { window: [{ from: '2026-01-01', until: null, value: 3 }] })).toThrow(/不能另行设定/);
    expect(() => validateOverrides(table, { nonsense: [] })).toThrow(/没有参数/);
    expect(() => validateOverrides(table, { inventory: [{ from: '2026-01-01', until: null, value: '13-01' }] })).toThrow(ParameterDefinitionError);
  });

  it('resolves every parameter at once, typed, and fails loudly on any gap', () => {
    const reader = resolveParameters(table, '2026-01-01');
    expect(reader.number('window')).toBe(6);
    expect(reader.monthDay('inventory')).toBe('12-31');
    expect(reader.value('inventory').isDefault).toBe(true);
    expect(() => reader.number('inventory')).toThrow(/不是数值/);
    expect(() => resolveParameters(table, '2028-01-01')).toThrow(ParameterGapError);
  });

  it('checks tables: overlapping periods, defaults marked exactly when overridable, units', () => {
    expect(() => validateParameterTable(table)).not.toThrow();
    const overlap = { ...fixed, values: [...fixed.values, { from: '2027-01-01', until: null, value: 7 }] };
    expect(() => validateParameterTable({ overlap })).toThrow(/重叠/);
    expect(() => validateParameterTable({ unmarked: { ...open, values: [{ ...open.values[0]!, isDefault: false }] } })).toThrow(/默认值/);
    expect(() => validateParameterTable({ marked: { ...fixed, values: [{ ...fixed.values[0]!, isDefault: true }] } })).toThrow(/默认值/);
    expect(() => validateParameterTable({ badUnit: { ...fixed, values: [{ ...fixed.values[0]!, value: '6' }] } })).toThrow(/单位/);
  });
});

describe('unsetParameters: what the review office still has to set', () => {
  it('lists chenzhou’s open amounts and limits until the office sets them, day by day', async () => {
    const { chenzhou2022 } = await import('../../../../../shared/rules/packs/chenzhou-2022');
    const { unsetParameters } = await import('../../../../../shared/rules/framework/parameters');
    const all = unsetParameters(chenzhou2022.parameters, '2026-06-01').map((p) => p.id);
    expect(all).toEqual(['procurementLimitFen', 'establishmentThresholdFen', 'reviewTimeLimitWorkingDays', 'securityAssessmentIntervalMonths', 'seriousDelayDays']);
    const overrides = { establishmentThresholdFen: [{ from: '2026-06-01', until: null, value: 300_000_000 }] };
    expect(unsetParameters(chenzhou2022.parameters, '2026-06-01', overrides).map((p) => p.id)).not.toContain('establishmentThresholdFen');
    // the day before the office's value starts, the default is still unset
    expect(unsetParameters(chenzhou2022.parameters, '2026-05-31', overrides).map((p) => p.id)).toContain('establishmentThresholdFen');
    expect(unsetParameters(chenzhou2022.parameters, '2026-06-01')[0]?.defaultValue).toMatchObject({ value: 50_000_000, isDefault: true });
  });
});
