/**
 * “Before X” cases: the prerequisite a day before X, on X's day and a day after.
 * Same day counts as in time (framework/checkpoint.ts: the register records
 * days, and only a later day shows the prerequisite came after X).
 */
import { describe, expect, it } from 'vitest';
import type { Day } from '../../../../../shared/domain/day';
import { addDays } from '../../../../../shared/rules/framework/dates';
import type { ProjectFacts } from '../../../../../shared/rules/framework/facts';
import type { Severity } from '../../../../../shared/rules/framework/finding';
import { testOptions } from './calendar';
import { findingsOf } from './rule-cases';
import type { CheckOptions } from '../../../../../shared/rules/framework/context';

export function describeBeforeX(
  ruleId: string,
  what: string,
  spec: {
    /** X's day. */
    step: Day;
    /** The project with its prerequisite dated `prerequisiteOn`. */
    build: (prerequisiteOn: Day) => ProjectFacts;
    asOf: Day;
    severity: Severity;
    says?: string;
    options?: CheckOptions;
  },
): void {
  const run = (day: Day) => findingsOf(ruleId, { name: day, facts: spec.build(day), asOf: spec.asOf, options: spec.options ?? testOptions });
  describe(`${ruleId}: ${what}`, () => {
    it('a day before X: in time', () => {
      expect(run(addDays(spec.step, -1))).toEqual([]);
    });
    it('on the day of X: in time (days are the unit recorded)', () => {
      expect(run(spec.step)).toEqual([]);
    });
    it('a day after X: a finding', () => {
      const findings = run(addDays(spec.step, 1));
      expect(findings).toHaveLength(1);
      expect(findings[0]!.severity).toBe(spec.severity);
      if (spec.says) expect(findings[0]!.message).toContain(spec.says);
    });
  });
}
