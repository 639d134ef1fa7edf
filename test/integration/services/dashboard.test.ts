/**
 * dashboard.summary through the contract's dispatcher, on a seeded register:
 * the counts and sums are right, each bar's count is what project.list finds
 * with the filter the bar opens, deadlines fall in the right bucket on each
 * boundary day, and one unit's dashboard counts that unit only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/rpc/dispatch';
import type { Services } from '../../../electron/services';
import type { DashboardSummary } from '../../../shared/contract/dashboard';
import type { ProjectPage } from '../../../shared/contract/project';
import { FUNDING_SOURCES, LIFECYCLE_STAGES } from '../../../shared/domain/enums';
import { fixedClock } from '../../../shared/domain/time';
import { generateProjects } from '../../../bench/fixtures';
import { DASHBOARD_SQL } from '../../../db/queries/dashboard';
import { openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';
import { envelopeValue as value } from '../../support/envelope';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let call: Dispatch;

const summary = async (unitName: string | null = null) => value<DashboardSummary>(await call('dashboard.summary', { unitName }));
const listTotal = async (query: Record<string, unknown>) => value<ProjectPage>(await call('project.list', { ...query, pageSize: 1 })).total;

const SEEDED = generateProjects(240, { seed: 7, firstYear: 2022, years: 5 });

// 2026-11-24 in Beijing (02:00Z is 10:00 there).
beforeAll(async () => {
  data = tempDataDir();
  services = await openServices(data.dir, fixedClock('2026-11-24T02:00:00Z'));
  call = createDispatcher(services.handlers, () => {});
  services.office.completeSetup({ ...testOffice, role: 'reviewOffice', name: '淅川县政务服务和大数据管理局' });
  services.projects.importMany(SEEDED);
  await services.compliance.recheckAll();
});
afterAll(() => {
  services.close();
  data.cleanup();
});

describe('dashboard.summary over the whole register', () => {
  it('counts every project and sums its money, by stage, by unit and by planned year', async () => {
    const result = await summary();
    expect(result.projects).toBe(SEEDED.length);
    expect(result.totalInvestmentFen).toBe(SEEDED.reduce((sum, project) => sum + project.totalInvestmentFen, 0));
    expect(result.byStage.map((row) => row.stage)).toEqual([...LIFECYCLE_STAGES]);
    for (const stage of LIFECYCLE_STAGES) {
      expect(result.byStage.find((row) => row.stage === stage)!.projects, stage).toBe(SEEDED.filter((project) => project.stage === stage).length);
    }
    expect(result.byUnit.reduce((sum, row) => sum + row.projects, 0)).toBe(SEEDED.length);
    expect(result.byUnit.map((row) => row.projects)).toEqual([...result.byUnit.map((row) => row.projects)].sort((a, b) => b - a));
    expect(result.otherUnits).toEqual({ units: 0, projects: 0 });

    expect(result.moneyByYear.map((row) => row.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    for (const row of result.moneyByYear) {
      const ofYear = SEEDED.filter((project) => project.plannedYear === row.year);
      expect(row.projects).toBe(ofYear.length);
      expect(row.totalInvestmentFen).toBe(ofYear.reduce((sum, project) => sum + project.totalInvestmentFen, 0));
      for (const source of FUNDING_SOURCES) {
        expect(row.funding[source], `${row.year} ${source}`).toBe(ofYear.reduce((sum, project) => sum + project.funding[source], 0));
      }
    }
  });

  it('gives each bar the count the project list shows when the bar is clicked', async () => {
    const result = await summary();
    for (const row of result.byStage) expect(await listTotal({ stages: [row.stage] }), row.stage).toBe(row.projects);
    for (const row of result.byUnit.slice(0, 5)) expect(await listTotal({ unitName: row.unitName }), row.unitName).toBe(row.projects);
    for (const row of result.moneyByYear) expect(await listTotal({ plannedYear: row.year }), String(row.year)).toBe(row.projects);
  });

  it('counts the stored findings by severity and the deadlines as the compliance overview lists them', async () => {
    const result = await summary();
    const findings = value<{ bySeverity: Record<string, number> }>(await call('rules.officeFindings', { severity: null, page: 1, pageSize: 1 }));
    expect(result.findingsBySeverity).toEqual([
      { severity: 'blocking', findings: findings.bySeverity.blocking },
      { severity: 'warning', findings: findings.bySeverity.warning },
      { severity: 'info', findings: findings.bySeverity.info },
    ]);
    expect(findings.bySeverity.blocking! + findings.bySeverity.warning!).toBeGreaterThan(0);

    const deadlines = value<{ overdue: unknown[]; upcoming: unknown[] }>(await call('rules.officeDeadlines', { withinDays: 30, limit: 500 }));
    const bucket = (name: string) => result.deadlines.buckets.find((row) => row.bucket === name)!.findings;
    expect(result.deadlines.windowDays).toBe(30);
    expect(bucket('overdue')).toBe(deadlines.overdue.length);
    expect(bucket('soon') + bucket('later')).toBe(deadlines.upcoming.length);
    // Under the list's limit, so the lists are whole.
    expect(deadlines.overdue.length).toBeLessThan(500);
    expect(deadlines.upcoming.length).toBeLessThan(500);
    expect(bucket('overdue')).toBeGreaterThan(0);
  });
});

describe('dashboard deadlines on the boundary days', () => {
  it('puts yesterday in overdue, today to day 7 in soon, day 8 to day 30 in later, and leaves out day 31', async () => {
    const project = services.projects.create(sampleProject({ name: '期限边界测试项目', unitName: '期限边界测试单位' }));
    const { sqlite } = services.context.handle;
    sqlite.prepare('DELETE FROM findings WHERE project_id = ?').run(project.id);
    const insert = sqlite.prepare(
      "INSERT INTO findings (project_id, rule_id, regulation, article, severity, message, action, due_date, as_of) VALUES (?, 'test/boundary', 'xichuan-2025', 18, ?, '测试', '测试', ?, '2026-11-24')",
    );
    const days = { '2026-11-23': 'warning', '2026-11-24': 'blocking', '2026-12-01': 'warning', '2026-12-02': 'info', '2026-12-24': 'info', '2026-12-25': 'info' } as const;
    for (const [day, severity] of Object.entries(days)) insert.run(project.id, severity, day);
    insert.run(project.id, 'info', null);

    const result = await summary('期限边界测试单位');
    expect(result.asOf).toBe('2026-11-24');
    expect(result.deadlines.buckets).toEqual([
      { bucket: 'overdue', findings: 1 },
      { bucket: 'soon', findings: 2 },
      { bucket: 'later', findings: 2 },
    ]);
    expect(result.findingsBySeverity).toEqual([
      { severity: 'blocking', findings: 1 },
      { severity: 'warning', findings: 2 },
      { severity: 'info', findings: 4 },
    ]);
  });
});

describe('dashboard.summary for one unit', () => {
  it('counts that unit’s projects and findings only, as the list filtered by the unit does', async () => {
    const unit = SEEDED[0]!.unitName;
    const own = SEEDED.filter((project) => project.unitName === unit);
    const result = await summary(unit);
    expect(result.unitName).toBe(unit);
    expect(result.projects).toBe(own.length);
    expect(result.byUnit).toEqual([{ unitName: unit, projects: own.length }]);
    expect(result.byStage.reduce((sum, row) => sum + row.projects, 0)).toBe(own.length);
    for (const row of result.byStage.filter((entry) => entry.projects > 0)) {
      expect(await listTotal({ unitName: unit, stages: [row.stage] })).toBe(row.projects);
    }
    const { sqlite } = services.context.handle;
    const stored = sqlite
      .prepare('SELECT count(*) FROM findings f JOIN projects p ON p.id = f.project_id WHERE p.unit_name = ?')
      .pluck()
      .get(unit) as number;
    expect(result.findingsBySeverity.reduce((sum, row) => sum + row.findings, 0)).toBe(stored);
  });

  it('shows an empty dashboard, not an error, for a unit with no projects', async () => {
    const result = await summary('没有项目的单位');
    expect(result.projects).toBe(0);
    expect(result.totalInvestmentFen).toBe(0);
    expect(result.byUnit).toEqual([]);
    expect(result.moneyByYear).toEqual([]);
    expect(result.byStage.every((row) => row.projects === 0)).toBe(true);
  });

  it('refuses a unit name longer than the register allows, in Chinese', async () => {
    const refused = await call('dashboard.summary', { unitName: '单'.repeat(101) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'unitName', message: '单位名称不能超过 100 个字' }] } });
  });
});

describe('the dashboard’s queries read their indexes, not the tables', () => {
  function plan(query: string): string {
    const params = { unit: 'x', today: '2026-11-24', soonUntil: '2026-12-01', windowUntil: '2026-12-24' };
    const statement = services.context.handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`);
    const used = Object.fromEntries(Object.entries(params).filter(([name]) => query.includes(`@${name}`)));
    return (statement.all(used) as { detail: string }[]).map((row) => row.detail).join(' | ');
  }

  it.each([
    ['byStage', 'COVERING INDEX projects_stage_idx', 'projects_unit_idx'],
    ['byUnit', 'COVERING INDEX projects_unit_idx', 'projects_unit_idx'],
    ['moneyByYear', 'COVERING INDEX projects_year_money_idx', 'projects_unit_idx'],
    ['deadlines', 'COVERING INDEX findings_due_idx', 'findings_project_idx'],
    ['bySeverity', 'COVERING INDEX findings_severity_idx', 'findings_project_idx'],
  ] as const)('%s', (name, whole, unit) => {
    expect(plan(DASHBOARD_SQL[name].all)).toContain(whole);
    expect(plan(DASHBOARD_SQL[name].unit)).toContain(unit);
    expect(plan(DASHBOARD_SQL[name].unit)).not.toMatch(/SCAN (projects|findings)(?! USING)/);
  });
});
