/**
 * What is particular to xunyang-2022; the generic meta-tests (citations, coverage, quotes,
 * parameters on every day, a describeRule per rule) run over every pack in
 * ../xichuan-2025/meta.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { packFor } from '../../../../../../shared/rules';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { lookupParameter } from '../../../../../../shared/rules/framework/parameters';
import { packStatus } from '../../../../../../shared/rules/framework/status';
import { xunyang2022 } from '../../../../../../shared/rules/packs/xunyang-2022';
import { testOptions } from '../../support/calendar';
import { facts } from '../../support/facts';

describe('xunyang-2022 pack', () => {
  it('is registered under its regulation id', () => {
    expect(packFor('xunyang-2022')).toBe(xunyang2022);
  });

  it('is in force from 2022-10-14 (试行) with no end date', () => {
    expect(packStatus(xunyang2022.meta, '2022-10-13').kind).toBe('notYetInForce');
    expect(packStatus(xunyang2022.meta, '2022-10-14')).toEqual({ kind: 'inForce', validUntil: null, daysLeft: null });
    expect(packStatus(xunyang2022.meta, '2040-01-01').kind).toBe('inForce');
    expect(checkProject(xunyang2022, facts(), '2022-10-13', testOptions).map((f) => [f.ruleId, f.severity])).toEqual([['xunyang-2022/validity', 'warning']]);
  });

  it('its two dates are fixed by the 办法 and run without end, like the 办法', () => {
    for (const [id, definition] of Object.entries(xunyang2022.parameters)) {
      expect(definition.overridable, id).toBe(false);
      expect(lookupParameter(id, definition, '2040-12-31').until, id).toBeNull();
    }
  });

  it('lists the articles it does not encode, each with a reason', () => {
    expect(Object.keys(xunyang2022.notEncoded).map(Number)).toEqual([1, 4, 5, 6, 21, 22, 24, 25, 26]);
  });
});
