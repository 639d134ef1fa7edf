import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServices } from '../../electron/services';
import { createWorkingDayCalendar, shippedHolidayCalendarData } from '../../shared/calendar';
import { availablePacks, checkOffice, type CheckOptions } from '../../shared/rules';
import { syntheticFacts } from '../../test/unit/shared/rules/support/synthetic';
import { generateProjects } from '../fixtures';
import { median, percentile, time, timeAsync, type BenchRow } from '../stats';

const PROJECTS = 100_000;
const AS_OF = '2026-11-20';

/**
 * Issue 3: a whole-office check over 100,000 projects (projects/s, pure rules
 * on the official holiday calendar), and an incremental recheck after one edit
 * through the services (p95), on the register suite's 100k database.
 */
export async function rulesSuite(workDir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const options: CheckOptions = { calendar: createWorkingDayCalendar(shippedHolidayCalendarData) };
  const facts = syntheticFacts(PROJECTS, 42);
  for (const pack of availablePacks()) {
    const asOf = pack.meta.validUntil && pack.meta.validUntil < AS_OF ? pack.meta.validUntil : AS_OF;
    checkOffice(pack, facts.slice(0, 2_000), asOf, options);
    const rates = [0, 1, 2].map(() => PROJECTS / (time(() => checkOffice(pack, facts, asOf, options)).ms / 1000));
    rows.push({ suite: 'rules', name: `${pack.meta.id}: check ${PROJECTS.toLocaleString('en')} projects (median of 3)`, value: median(rates), unit: 'projects/s', target: '≥ 20,000', met: median(rates) >= 20_000 });
  }

  const dataDir = join(workDir, 'register');
  const migrationsFolder = join(process.cwd(), 'db', 'migrations');
  const services = await createServices({ dataDir, migrationsFolder });
  if (!existsSync(join(dataDir, 'govit.sqlite3')) || services.projects.count() === 0) {
    services.office.completeSetup({ name: '基准测试审查办', code: 'BENCH000001', role: 'reviewOffice', jurisdiction: 'xichuan-2025', operator: '基准' });
    services.projects.importMany(generateProjects(20_000));
  }
  const recheck = await timeAsync(() => services.compliance.recheckAll());
  rows.push({ suite: 'rules', name: `whole-office recheck with stored findings (${recheck.value.checked.toLocaleString('en')} projects, ${recheck.value.findings.toLocaleString('en')} findings)`, value: recheck.value.checked / (recheck.ms / 1000), unit: 'projects/s' });

  const ids = services.context.handle.sqlite.prepare('SELECT id FROM projects ORDER BY random() LIMIT 300').pluck().all() as string[];
  const editTimes: number[] = [];
  const recheckTimes: number[] = [];
  for (const [index, id] of ids.entries()) {
    editTimes.push(time(() => services.facts.recordEvent(id, { kind: 'completed', date: `2026-0${1 + (index % 9)}-15` })).ms);
    recheckTimes.push(time(() => services.compliance.recheckProject(id)).ms);
  }
  rows.push({ suite: 'rules', name: 'incremental recheck of one project (read facts, check, store) p50', value: percentile(recheckTimes, 50), unit: 'ms' });
  rows.push({ suite: 'rules', name: 'incremental recheck of one project (read facts, check, store) p95', value: percentile(recheckTimes, 95), unit: 'ms', target: '≤ 5', met: percentile(recheckTimes, 95) <= 5 });
  rows.push({ suite: 'rules', name: 'one edit (record an event + history + recheck, one transaction) p95', value: percentile(editTimes, 95), unit: 'ms' });
  services.close();
  return rows;
}
