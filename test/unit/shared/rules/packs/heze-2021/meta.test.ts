/**
 * What is particular to heze-2021, above all that it is out of force; the generic meta-tests
 * (citations, coverage, quotes, parameters on every day, a describeRule per rule) run over
 * every pack in ../xichuan-2025/meta.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { packFor } from '../../../../../../shared/rules';
import { articleExists } from '../../../../../../shared/rules/article-counts';
import { checkProject, projectDeadlines } from '../../../../../../shared/rules/framework/check';
import { addDays } from '../../../../../../shared/rules/framework/dates';
import type { ProjectFacts } from '../../../../../../shared/rules/framework/facts';
import { ruleIds } from '../../../../../../shared/rules/framework/pack';
import { packStatus } from '../../../../../../shared/rules/framework/status';
import { heze2021 } from '../../../../../../shared/rules/packs/heze-2021';
import { testOptions } from '../../support/calendar';
import { facts } from '../../support/facts';
import { officialOptions } from '../../support/official-calendar';
import { syntheticFacts } from '../../support/synthetic';

const pack = heze2021;

/** A project with every kind of finding on its last day in force. */
const busy = facts({
  project: { stage: 'construction', dataSharing: 'none' },
  attributes: { plannedCompletionDate: '2022-06-30' },
  events: [{ kind: 'contractSigned', date: '2022-12-20', clauses: [] }],
});

/** The synthetic projects' events lie in 2025–2027; moved back by `days` they fall within heze's validity. */
function shifted(f: ProjectFacts, days: number): ProjectFacts {
  return { ...f, events: f.events.map((event) => ({ ...event, date: addDays(event.date, days) })) };
}

describe('heze-2021 pack', () => {
  it('is registered under its regulation id', () => {
    expect(packFor('heze-2021')).toBe(pack);
  });

  it('第四十一条: in force from its print date 2021-01-11 to 2022-12-27, both included; expired since 2022-12-28', () => {
    expect(pack.meta).toMatchObject({ documentNumber: '菏政办字〔2021〕1号', dated: '2021-01-11', validFrom: '2021-01-11', validUntil: '2022-12-27' });
    expect(packStatus(pack.meta, '2021-01-10').kind).toBe('notYetInForce');
    expect(packStatus(pack.meta, '2021-01-11').kind).toBe('inForce');
    expect(packStatus(pack.meta, '2022-09-27')).toEqual({ kind: 'inForce', validUntil: '2022-12-27', daysLeft: 91 });
    expect(packStatus(pack.meta, '2022-09-28')).toEqual({ kind: 'endingSoon', validUntil: '2022-12-27', daysLeft: 90 });
    expect(packStatus(pack.meta, '2022-12-27')).toEqual({ kind: 'endingSoon', validUntil: '2022-12-27', daysLeft: 0 });
    expect(packStatus(pack.meta, '2022-12-28')).toEqual({ kind: 'expired', validUntil: '2022-12-27' });
    expect(packStatus(pack.meta, '2026-01-01').kind).toBe('expired');
  });

  it('on 2022-12-27 the rules run and the app says the 办法 ends that day', () => {
    const findings = checkProject(pack, busy, '2022-12-27', officialOptions);
    expect(findings[0]).toMatchObject({ ruleId: 'heze-2021/validity', severity: 'info', article: 41, dueDate: '2022-12-27' });
    expect(findings[0]?.message).toContain('还剩 0 天');
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['heze-2021/art16-contract-filing-5-working-days', 'heze-2021/art20-report-serious-delay']));
    expect(projectDeadlines(pack, busy, '2022-12-27', officialOptions).length).toBeGreaterThan(0);
  });

  it('from 2022-12-28 (and today) the app says it has expired, and no rule runs', () => {
    for (const day of ['2022-12-28', '2025-06-03']) {
      const findings = checkProject(pack, busy, day, testOptions);
      expect(findings.map((f) => [f.ruleId, f.severity, f.article])).toEqual([['heze-2021/validity', 'warning', 41]]);
      expect(findings[0]?.message).toBe('《菏泽市市级政务信息化项目管理办法（试行）》已于 2022-12-27 届满失效（“本办法自印发之日起施行，有效期至2022年12月27日”），本项目未再按其检查。');
      expect(projectDeadlines(pack, busy, day, testOptions)).toEqual([]);
    }
  });

  it('the numbers the 办法 leaves open are office parameters with marked defaults; the rest are fixed', () => {
    const open = Object.entries(pack.parameters).filter(([, p]) => p.overridable).map(([id, p]) => [id, p.values[0]?.value, p.values[0]?.isDefault]);
    expect(open).toEqual([
      ['seriousDelayDays', 90, true],
      ['cryptoAssessmentIntervalMonths', 12, true],
      ['securityAssessmentIntervalMonths', 12, true],
    ]);
    expect(pack.parameters.contractFilingWorkingDays.values).toEqual([{ from: '2021-01-11', until: '2022-12-27', value: 5 }]);
    expect(pack.parameters.acceptanceApplicationMonths.values[0]?.value).toBe(6);
  });

  it('synthetic projects with their events moved into the validity never fail, and every finding cites an existing article', () => {
    const sample = syntheticFacts(150, 5).map((f) => shifted(f, -1500));
    for (let day = pack.meta.validFrom; day <= pack.meta.validUntil!; day = addDays(day, 29)) {
      for (const f of sample) {
        for (const finding of checkProject(pack, f, day, officialOptions)) {
          expect(finding.regulation).toBe('heze-2021');
          expect(articleExists('heze-2021', finding.article), finding.ruleId).toBe(true);
        }
      }
    }
  });

  it('every rule id names the article it cites', () => {
    const cited = new Map<string, number>([
      ...pack.scopeExclusions.map((s) => [s.id, s.citation.article] as const),
      ...pack.rules.map((r) => [r.id, r.citation.article] as const),
      ...pack.deadlines.map((d) => [d.id, d.citation.article] as const),
      ...pack.checklists.map((c) => [c.id, c.citation.article] as const),
    ]);
    for (const id of ruleIds(pack)) expect(id, id).toMatch(new RegExp(`^heze-2021/art${cited.get(id)}-[a-z0-9-]+$`));
  });

  it('lists the articles it does not encode, each with a reason', () => {
    expect(Object.keys(pack.notEncoded).map(Number)).toEqual([1, 3, 5, 6, 13, 15, 21, 25, 28, 34, 36, 37, 38, 39, 40]);
  });
});
