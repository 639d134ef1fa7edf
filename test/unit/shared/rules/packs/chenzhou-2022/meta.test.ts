/**
 * What is particular to chenzhou-2022; the generic meta-tests (citations, coverage, quotes,
 * parameters on every day, a describeRule per rule) run over every pack in
 * ../xichuan-2025/meta.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { packStatus } from '../../../../../../shared/rules/framework/status';
import { packFor } from '../../../../../../shared/rules';
import { chenzhou2022 } from '../../../../../../shared/rules/packs/chenzhou-2022';
import { testOptions } from '../../support/calendar';
import { facts } from '../../support/facts';

describe('chenzhou-2022 pack', () => {
  it('is registered under its regulation id', () => {
    expect(packFor('chenzhou-2022')).toBe(chenzhou2022);
  });

  it('is in force from 2022-09-28 to the 信息时效期 2027-09-28, both included', () => {
    expect(packStatus(chenzhou2022.meta, '2022-09-27').kind).toBe('notYetInForce');
    expect(packStatus(chenzhou2022.meta, '2022-09-28').kind).toBe('inForce');
    expect(packStatus(chenzhou2022.meta, '2027-06-29').kind).toBe('inForce');
    expect(packStatus(chenzhou2022.meta, '2027-06-30')).toEqual({ kind: 'endingSoon', validUntil: '2027-09-28', daysLeft: 90 });
    expect(packStatus(chenzhou2022.meta, '2027-09-28')).toEqual({ kind: 'endingSoon', validUntil: '2027-09-28', daysLeft: 0 });
    expect(packStatus(chenzhou2022.meta, '2027-09-29').kind).toBe('expired');
  });

  it('after 2027-09-28 a project gets only the validity warning', () => {
    const findings = checkProject(chenzhou2022, facts({ project: { stage: 'approved' } }), '2027-09-29', testOptions);
    expect(findings.map((f) => [f.ruleId, f.severity, f.article])).toEqual([['chenzhou-2022/validity', 'warning', 22]]);
  });

  it('the amounts 第八条 names but does not fix are office parameters with marked defaults', () => {
    const open = Object.entries(chenzhou2022.parameters).filter(([, p]) => p.overridable).map(([id]) => id);
    expect(open).toEqual(['procurementLimitFen', 'establishmentThresholdFen', 'reviewTimeLimitWorkingDays', 'securityAssessmentIntervalMonths', 'seriousDelayDays']);
    for (const id of open) {
      const value = chenzhou2022.parameters[id as keyof typeof chenzhou2022.parameters].values[0]!;
      expect(value.isDefault, id).toBe(true);
      expect(value.reference, id).toMatch(/^默认值/);
    }
    expect(chenzhou2022.parameters.procurementLimitFen.values[0]!.value).toBe(50_000_000);
    expect(chenzhou2022.parameters.establishmentThresholdFen.values[0]!.value).toBe(200_000_000);
  });

  it('lists the articles it does not encode, each with a reason', () => {
    expect(Object.keys(chenzhou2022.notEncoded).map(Number)).toEqual([1, 3, 5, 10, 18, 19, 20, 21]);
  });
});
