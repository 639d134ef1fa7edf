/**
 * Meta-tests over every pack in the registry: citations exist, every article
 * is encoded or says why not, quotes are the article's words, parameters have
 * values throughout the validity, every rule has its table of cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { availablePacks } from '../../../../../../shared/rules';
import { articleExists } from '../../../../../../shared/rules/article-counts';
import { checkProject } from '../../../../../../shared/rules/framework/check';
import { articleCoverage, citationsOf, reportingCitationsOf } from '../../../../../../shared/rules/framework/coverage';
import { ruleContext } from '../../../../../../shared/rules/framework/context';
import { addDays } from '../../../../../../shared/rules/framework/dates';
import { ruleIds } from '../../../../../../shared/rules/framework/pack';
import { ParameterGapError, lookupParameter } from '../../../../../../shared/rules/framework/parameters';
import { FactsView } from '../../../../../../shared/rules/framework/view';
import { testOptions } from '../../support/calendar';
import { facts } from '../../support/facts';
import { quoteInArticle } from '../../support/regulation-text';
import { syntheticFacts } from '../../support/synthetic';

/** The tests of one pack: the `.test.ts` files in its own folder, test/unit/shared/rules/packs/<id>/. */
function testSourcesOf(id: string): string {
  const testFolder = fileURLToPath(new URL(`../${id}/`, import.meta.url));
  return readdirSync(testFolder)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => readFileSync(testFolder + name, 'utf8'))
    .join('\n');
}

describe.each(availablePacks().map((pack) => [pack.meta.id, pack] as const))('pack %s', (id, pack) => {
  const cited = citationsOf(pack);

  it('every citation names this regulation and an article that exists', () => {
    for (const { where, citation } of cited) {
      expect(citation.regulation, where).toBe(id);
      expect(articleExists(citation.regulation, citation.article), `${where} 第${citation.article}条`).toBe(true);
    }
  });

  it('every article has a rule that can report a finding (rule, deadline, checklist, scope, validity) or a stated reason for none', () => {
    // A lifecycle transition, an approval step or a parameter alone never reports: an article
    // they cite is not counted as encoded unless one of its rules can produce a finding.
    const reporting = new Set(reportingCitationsOf(pack).map((c) => c.citation.article));
    const reasons = pack.notEncoded;
    for (let article = 1; articleExists(id, article); article++) {
      const hasReason = typeof reasons[article] === 'string' && reasons[article]!.length > 0;
      expect(reporting.has(article) || hasReason, `第${article}条 has no rule that can report a finding and no reason`).toBe(true);
      expect(reporting.has(article) && hasReason, `第${article}条 both reported by a rule and listed as not encoded`).toBe(false);
    }
  });

  it('the coverage counts an article as encoded only through a rule that can report (and that rule has firing cases)', () => {
    const testSources = testSourcesOf(id);
    const numbers: number[] = [];
    for (let article = 1; articleExists(id, article); article++) numbers.push(article);
    for (const row of articleCoverage(pack, numbers)) {
      if (row.reason !== null) continue;
      expect(row.reportedBy.length, `第${row.article}条`).toBeGreaterThan(0);
      const ruleFires = row.reportedBy.some((where) => where === 'validity' || testSources.includes(`describeRule('${id}/${where}'`));
      expect(ruleFires, `第${row.article}条: ${row.reportedBy.join(' ')}`).toBe(true);
    }
  });

  it('every quote is the cited article’s own words', () => {
    const results = cited.filter((c) => c.quote !== undefined).map((c) => [c.where, c.citation.article, quoteInArticle(id, c.citation.article, c.quote!)] as const);
    for (const [where, article, found] of results) expect(found, `${where} 第${article}条`).toBe(true);
  });

  it('every parameter has a value on every day the regulation is in force, and none outside it', () => {
    const until = pack.meta.validUntil ?? addDays(pack.meta.validFrom, 5 * 366);
    for (const [name, definition] of Object.entries(pack.parameters)) {
      for (let day = pack.meta.validFrom; day <= until; day = addDays(day, 1)) {
        expect(() => lookupParameter(name, definition, day)).not.toThrow();
      }
      expect(() => lookupParameter(name, definition, addDays(pack.meta.validFrom, -1))).toThrow(ParameterGapError);
      if (pack.meta.validUntil) expect(() => lookupParameter(name, definition, addDays(pack.meta.validUntil!, 1))).toThrow(ParameterGapError);
    }
  });

  it('defaults are marked as defaults exactly where the office may set the value', () => {
    for (const definition of Object.values(pack.parameters)) {
      for (const value of definition.values) expect(value.isDefault === true).toBe(definition.overridable);
    }
  });

  it('every rule has a table of cases that hold and that fire (describeRule in the tests)', () => {
    const testSources = testSourcesOf(id);
    for (const ruleId of ruleIds(pack)) expect(testSources.includes(`describeRule('${ruleId}'`), ruleId).toBe(true);
  });

  it('the approval path only ever picks the pack’s declared steps', () => {
    const declared = new Set(pack.approvalSteps);
    const ctx = ruleContext(pack, pack.meta.validFrom, testOptions);
    for (const f of syntheticFacts(300, 7)) {
      for (const step of pack.approvalPath(new FactsView(f, pack.meta.validFrom), ctx)) expect(declared.has(step)).toBe(true);
    }
  });

  it('no rule fails on any day of the validity, and every finding cites an existing article of this regulation', () => {
    const known = new Set([...ruleIds(pack), `${id}/validity`]);
    const sample = syntheticFacts(200, 11);
    for (let day = pack.meta.validFrom; day <= (pack.meta.validUntil ?? addDays(pack.meta.validFrom, 730)); day = addDays(day, 37)) {
      for (const f of sample) {
        for (const finding of checkProject(pack, f, day, testOptions)) {
          expect(known.has(finding.ruleId), finding.ruleId).toBe(true);
          expect(finding.regulation).toBe(id);
          expect(articleExists(id, finding.article)).toBe(true);
          expect(finding.message.length).toBeGreaterThan(0);
          expect(finding.action.length).toBeGreaterThan(0);
        }
      }
    }
    expect(checkProject(pack, facts(), pack.meta.validFrom, testOptions)).toBeDefined();
  });
});
