/**
 * Table-driven rule tests: every rule gets cases where it holds (no finding
 * from it) and cases where it fires, each named after the article's words.
 * The meta-test requires a `describeRule('<rule id>', …)` for every rule.
 */
import { describe, expect, it } from 'vitest';
import type { Day } from '../../../../../shared/domain/day';
import type { RegulationId } from '../../../../../shared/domain/regulations';
import { checkProject } from '../../../../../shared/rules/framework/check';
import type { CheckOptions } from '../../../../../shared/rules/framework/context';
import type { ProjectFacts } from '../../../../../shared/rules/framework/facts';
import type { Finding, Severity } from '../../../../../shared/rules/framework/finding';
import { packFor } from '../../../../../shared/rules';
import { officeOptions } from './calendar';
import { quoteInArticle } from './regulation-text';

export interface RuleCase {
  readonly name: string;
  readonly facts: ProjectFacts;
  readonly asOf: Day;
  /** Default: the review office has set every open parameter to the pack's default (`officeOptions`). */
  readonly options?: CheckOptions;
}

export interface FiringCase extends RuleCase {
  readonly severity: Severity;
  /** Defaults to the article of the quote. */
  readonly article?: number;
  readonly dueDate?: Day;
  /** Number of findings from the rule; default 1. */
  readonly count?: number;
  /** Words the message must contain. */
  readonly says?: string;
}

export function findingsOf(ruleId: string, testCase: RuleCase): Finding[] {
  const regulation = ruleId.slice(0, ruleId.indexOf('/')) as RegulationId;
  const pack = packFor(regulation);
  return checkProject(pack, testCase.facts, testCase.asOf, testCase.options ?? officeOptions(pack)).filter(
    (finding) => finding.ruleId === ruleId,
  );
}

/**
 * `quote` is the article's words the cases are built from; it must be in the
 * text of `article`.
 */
export function describeRule(
  ruleId: string,
  article: number,
  quote: string,
  cases: { holds: readonly RuleCase[]; fires: readonly FiringCase[] },
): void {
  if (cases.holds.length === 0 || cases.fires.length === 0) throw new Error(`${ruleId}: 需要至少一个成立用例和一个触发用例`);
  const regulation = ruleId.slice(0, ruleId.indexOf('/')) as RegulationId;
  describe(`${ruleId} 第${article}条 “${quote}”`, () => {
    it('quotes the article word for word', () => {
      expect(quoteInArticle(regulation, article, quote)).toBe(true);
    });
    it.each(cases.holds.map((c) => [c.name, c] as const))('holds: %s', (_name, testCase) => {
      expect(findingsOf(ruleId, testCase)).toEqual([]);
    });
    it.each(cases.fires.map((c) => [c.name, c] as const))('fires: %s', (_name, testCase) => {
      const findings = findingsOf(ruleId, testCase);
      expect(findings).toHaveLength(testCase.count ?? 1);
      for (const finding of findings) {
        expect(finding.severity).toBe(testCase.severity);
        expect(finding.article).toBe(testCase.article ?? article);
        expect(finding.regulation).toBe(regulation);
        if (testCase.dueDate !== undefined) expect(finding.dueDate).toBe(testCase.dueDate);
        if (testCase.says !== undefined) expect(finding.message).toContain(testCase.says);
      }
    });
  });
}
