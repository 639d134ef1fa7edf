import { join } from 'node:path';
import { createDispatcher } from '../../electron/rpc/dispatch';
import { createServices } from '../../electron/services';
import { createDashboardQueries } from '../../db/queries/dashboard';
import { addDays } from '../../shared/calendar';
import { SEVERITIES } from '../../shared/rules/framework/finding';
import { fixedClock } from '../../shared/domain/time';
import { generateProjects, random, UNITS } from '../fixtures';
import { median, percentile, time, timeAsync, type BenchRow } from '../stats';

const PROJECTS = 100_000;
/** Findings with a due date spread from 180 days before today to 60 after, on top of what the rules find. */
const DATED_FINDINGS = 100_000;
const RUNS = 20;
const TODAY = '2026-11-24';
const TARGET_MS = 100;

/**
 * Issue 5: the dashboard over 100,000 projects (200 units, their findings as
 * the rules store them, plus 100,000 dated findings so the deadline buckets
 * have work): each query, over the whole register and for one unit, median
 * and p95 of 20 runs; and the whole dashboard.summary call through the contract.
 */
export async function dashboardSuite(workDir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const services = await createServices({
    dataDir: join(workDir, 'dashboard'),
    migrationsFolder: join(process.cwd(), 'db', 'migrations'),
    clock: fixedClock('2026-11-24T01:30:00Z'),
  });
  try {
    services.office.completeSetup({ name: '基准测试审查办', code: 'BENCH000001', role: 'reviewOffice', jurisdiction: 'xichuan-2025', operator: '基准' });
    const seeding = await timeAsync(async () => {
      services.projects.importMany(generateProjects(PROJECTS));
      return services.compliance.recheckAll();
    });
    const { sqlite } = services.context.handle;
    const ids = sqlite.prepare('SELECT id FROM projects').pluck().all() as string[];
    const next = random(5);
    const insert = sqlite.prepare(
      "INSERT INTO findings (project_id, rule_id, regulation, article, severity, message, action, due_date, as_of) VALUES (?, 'bench/dated', 'xichuan-2025', 18, ?, '基准测试期限', '基准测试', ?, ?)",
    );
    sqlite.transaction(() => {
      for (let index = 0; index < DATED_FINDINGS; index += 1) {
        insert.run(ids[Math.floor(next() * ids.length)], SEVERITIES[Math.floor(next() * 3)], addDays(TODAY, Math.floor(next() * 241) - 180), TODAY);
      }
    })();
    sqlite.pragma('optimize');
    const findings = sqlite.prepare('SELECT count(*) FROM findings').pluck().get() as number;
    rows.push({ suite: 'dashboard', name: `seed ${PROJECTS.toLocaleString('en')} projects and recheck (${findings.toLocaleString('en')} findings incl. dated)`, value: seeding.ms / 1000, unit: 's' });

    const queries = createDashboardQueries(sqlite);
    const window = { today: TODAY, soonUntil: addDays(TODAY, 7), windowUntil: addDays(TODAY, 30) };
    const unit = UNITS[17]!;
    const cases: [string, (unitName: string | null) => unknown][] = [
      ['totals', (unitName) => queries.totals(unitName)],
      ['projects by stage', (unitName) => queries.byStage(unitName)],
      ['projects by unit', (unitName) => queries.byUnit(unitName)],
      ['money by year and funding source', (unitName) => queries.moneyByYear(unitName)],
      ['deadlines overdue / 7 / 30 days', (unitName) => queries.deadlines(unitName, window)],
      ['findings by severity', (unitName) => queries.bySeverity(unitName)],
    ];
    for (const [name, query] of cases) {
      query(null);
      const all = Array.from({ length: RUNS }, () => time(() => query(null)).ms);
      const one = Array.from({ length: RUNS }, () => time(() => query(unit)).ms);
      rows.push({ suite: 'dashboard', name: `${name}, whole register (median of ${RUNS})`, value: median(all), unit: 'ms', target: `≤ ${TARGET_MS}`, met: median(all) <= TARGET_MS });
      rows.push({ suite: 'dashboard', name: `${name}, whole register p95`, value: percentile(all, 95), unit: 'ms' });
      rows.push({ suite: 'dashboard', name: `${name}, one unit p95`, value: percentile(one, 95), unit: 'ms', target: `≤ ${TARGET_MS}`, met: percentile(one, 95) <= TARGET_MS });
    }

    const call = createDispatcher(services.handlers, () => {});
    await call('dashboard.summary', { unitName: null });
    const whole: number[] = [];
    for (let run = 0; run < RUNS; run += 1) whole.push((await timeAsync(() => call('dashboard.summary', { unitName: null }))).ms);
    rows.push({ suite: 'dashboard', name: `dashboard.summary via the contract, whole register (median of ${RUNS})`, value: median(whole), unit: 'ms' });
    rows.push({ suite: 'dashboard', name: 'dashboard.summary via the contract, whole register p95', value: percentile(whole, 95), unit: 'ms' });
  } finally {
    services.close();
  }
  return rows;
}
