/**
 * What is particular to laohekou-2024; the generic meta-tests (citations, coverage, quotes,
 * parameters on every day, a describeRule per rule) run over every pack in
 * ../xichuan-2025/meta.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { packFor } from '../../../../../../shared/rules';
import { checkProject, projectDeadlines } from '../../../../../../shared/rules/framework/check';
import { ruleIds } from '../../../../../../shared/rules/framework/pack';
import { packStatus } from '../../../../../../shared/rules/framework/status';
import { laohekou2024 } from '../../../../../../shared/rules/packs/laohekou-2024';
import { testOptions } from '../../support/calendar';
import { facts, on } from '../../support/facts';

const pack = laohekou2024;

describe('laohekou-2024 pack', () => {
  it('is registered under its regulation id', () => {
    expect(packFor('laohekou-2024')).toBe(pack);
  });

  it('is in force from 2024-01-15 for five years: until 2029-01-15, both included', () => {
    expect(pack.meta).toMatchObject({ documentNumber: '河政规〔2024〕1号', dated: '2024-01-15', validityCitation: { article: 30 } });
    expect(packStatus(pack.meta, '2024-01-14').kind).toBe('notYetInForce');
    expect(packStatus(pack.meta, '2024-01-15').kind).toBe('inForce');
    expect(packStatus(pack.meta, '2028-10-16')).toEqual({ kind: 'inForce', validUntil: '2029-01-15', daysLeft: 91 });
    expect(packStatus(pack.meta, '2028-10-17')).toEqual({ kind: 'endingSoon', validUntil: '2029-01-15', daysLeft: 90 });
    expect(packStatus(pack.meta, '2029-01-15')).toEqual({ kind: 'endingSoon', validUntil: '2029-01-15', daysLeft: 0 });
    expect(packStatus(pack.meta, '2029-01-16').kind).toBe('expired');
  });

  it('before and after its validity a project gets only the validity finding, and no deadline', () => {
    const project = facts({ project: { stage: 'approved' } });
    expect(checkProject(pack, project, '2029-01-15', testOptions).map((f) => f.ruleId)).toContain('laohekou-2024/art7-unified-argument');
    for (const day of ['2024-01-14', '2029-01-16']) {
      expect(checkProject(pack, project, day, testOptions).map((f) => [f.ruleId, f.severity, f.article])).toEqual([['laohekou-2024/validity', 'warning', 30]]);
    }
    const bid = facts({ project: { stage: 'procurement' }, events: [on('bidResultDetermined', '2029-01-14')] });
    expect(projectDeadlines(pack, bid, '2029-01-15', testOptions)).toHaveLength(1);
    expect(projectDeadlines(pack, bid, '2029-01-16', testOptions)).toEqual([]);
  });

  it('every number comes from the 办法 itself: no parameter is left to the office', () => {
    expect(Object.values(pack.parameters).filter((p) => p.overridable)).toEqual([]);
    expect(Object.fromEntries(Object.entries(pack.parameters).map(([id, p]) => [id, [p.citation.article, p.unit, p.values.map((v) => v.value)]]))).toEqual({
      supervisionApplicationWorkingDays: [18, 'workingDays', [5]],
      trialRunMinimumMonths: [23, 'months', [1]],
      selfEvaluationOpensMonths: [26, 'months', [12]],
      selfEvaluationDueMonths: [26, 'months', [24]],
    });
  });

  it('every rule id names the article it cites', () => {
    const cited = new Map<string, number>([
      ...pack.rules.map((r) => [r.id, r.citation.article] as const),
      ...pack.deadlines.map((d) => [d.id, d.citation.article] as const),
      ...pack.checklists.map((c) => [c.id, c.citation.article] as const),
      ...pack.scopeExclusions.map((s) => [s.id, s.citation.article] as const),
    ]);
    for (const id of ruleIds(pack)) expect(id, id).toMatch(new RegExp(`^laohekou-2024/art${cited.get(id)}-[a-z0-9-]+$`));
  });

  it('lists the articles it does not encode, each with a reason', () => {
    expect(Object.keys(pack.notEncoded).map(Number)).toEqual([1, 3, 4, 5, 11, 19, 27, 29]);
  });
});
