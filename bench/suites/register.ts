import { v7 as timeOrderedUuid } from 'uuid';
import { join } from 'node:path';
import { openDatabaseFile } from '../../db/client';
import { migrateWithBackup } from '../../db/migrate';
import { createProjectWriter } from '../../db/queries/project-write';
import { createDispatcher } from '../../electron/rpc/dispatch';
import { createServices, DATABASE_FILE } from '../../electron/services';
import { projectListQuerySchema, type ProjectListQueryInput } from '../../shared/contract/project';
import { LIFECYCLE_STAGES } from '../../shared/domain/enums';
import { projectInputSchema, type Project } from '../../shared/domain/project';
import { generateProjects, random, UNITS } from '../fixtures';
import { median, percentile, time, timeAsync, type BenchRow } from '../stats';

const PROJECTS = 100_000;
const BATCH = 10_000;
const SORTS = ['updatedAt', 'name', 'plannedYear', 'totalInvestmentFen', 'stage', 'unitName'] as const;

function randomQuery(next: () => number): ProjectListQueryInput {
  const query: ProjectListQueryInput = {
    sortBy: SORTS[Math.floor(next() * SORTS.length)]!,
    sortDir: next() < 0.5 ? 'asc' : 'desc',
    page: 1 + Math.floor(next() * 5),
    pageSize: 20,
  };
  const filters = Math.floor(next() * 4) + 1;
  for (let index = 0; index < filters; index += 1) {
    switch (Math.floor(next() * 5)) {
      case 0: query.plannedYear = 2017 + Math.floor(next() * 10); break;
      case 1: query.stages = [LIFECYCLE_STAGES[Math.floor(next() * LIFECYCLE_STAGES.length)]!]; break;
      case 2: query.unitName = UNITS[Math.floor(next() * UNITS.length)]!; break;
      case 3: query.projectClass = next() < 0.5 ? 'investment' : 'service'; break;
      default: query.minFen = 100_000_000; query.maxFen = 1_000_000_000; break;
    }
  }
  return query;
}

const SEARCHES = ['教育', '医保', '政务', '公安', '水利', '平台', '智慧教育', '数据中心', '一体化平台', '医疗保障局', '应急指挥调度', '不动产', '（123）', '淅川县教育局', '云平台'];

export async function registerSuite(workDir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const migrationsFolder = join(process.cwd(), 'db', 'migrations');
  const dataDir = join(workDir, 'register');
  const fields = generateProjects(PROJECTS);

  const fresh = await timeAsync(() => createServices({ dataDir, migrationsFolder }));
  const services = fresh.value;
  rows.push({ suite: 'register', name: 'open + migrate (new, empty database)', value: fresh.ms, unit: 'ms' });
  services.office.completeSetup({ name: '基准测试审查办', code: 'BENCH000001', role: 'reviewOffice', jurisdiction: 'xichuan-2025', operator: '基准' });

  // Seeding through the service (validate each row as an import does, write it with its history row),
  // beside raw prepared-statement inserts of the same rows into a fresh, migrated database (same
  // indexes and FTS triggers). Batches alternate between the two, so machine noise hits both alike.
  const rawHandle = openDatabaseFile(join(workDir, 'raw.sqlite3'));
  await migrateWithBackup(rawHandle, { migrationsFolder, backupDir: join(workDir, 'raw-backups'), now: new Date(), keepBackups: 1 });
  const writer = createProjectWriter(rawHandle.sqlite);
  const insertBatch = rawHandle.sqlite.transaction((batch: Project[]) => batch.forEach((project) => writer.insert(project)));
  const stamp = '2026-11-24T09:00:00.000+08:00';
  const stamped = fields.map((row): Project => ({ ...row, id: timeOrderedUuid(), createdAt: stamp, updatedAt: stamp, version: 1 }));
  const seeded = { ms: 0 };
  const raw = { ms: 0 };
  for (let start = 0; start < PROJECTS; start += BATCH) {
    seeded.ms += time(() => services.projects.importMany(fields.slice(start, start + BATCH).map((row) => projectInputSchema.parse(row)))).ms;
    raw.ms += time(() => insertBatch(stamped.slice(start, start + BATCH))).ms;
  }
  rawHandle.close();
  const serviceRate = PROJECTS / (seeded.ms / 1000);
  const rawRate = PROJECTS / (raw.ms / 1000);
  rows.push({ suite: 'register', name: 'seeding through the service (validate + row + history)', value: serviceRate, unit: 'projects/s' });
  rows.push({ suite: 'register', name: 'raw prepared-statement inserts, same rows', value: rawRate, unit: 'projects/s' });
  rows.push({ suite: 'register', name: 'seeding ratio service / raw', value: serviceRate / rawRate, unit: '×', target: '≥ 0.5', met: serviceRate / rawRate >= 0.5 });
  services.close();

  // Reopen the 100k database: what a user waits for at every start.
  const opens: number[] = [];
  let reopened = await createServices({ dataDir, migrationsFolder });
  reopened.close();
  for (let run = 0; run < 7; run += 1) {
    const opened = await timeAsync(() => createServices({ dataDir, migrationsFolder }));
    opens.push(opened.ms);
    opened.value.close();
  }
  rows.push({ suite: 'register', name: `open + migrate (${PROJECTS.toLocaleString('en')} projects), median of 7`, value: median(opens), unit: 'ms', target: '≤ 300', met: median(opens) <= 300 });

  reopened = await createServices({ dataDir, migrationsFolder });
  const dispatch = createDispatcher(reopened.handlers);
  const next = random(7);
  const pageTimes: number[] = [];
  const serviceTimes: number[] = [];
  for (let run = 0; run < 400; run += 1) {
    const query = randomQuery(next);
    const started = performance.now();
    const envelope = await dispatch('project.list', query);
    pageTimes.push(performance.now() - started);
    if (!envelope.ok) throw new Error(envelope.error.message);
    const parsed = projectListQuerySchema.parse(query);
    serviceTimes.push(time(() => reopened.projects.list(parsed)).ms);
  }
  rows.push({ suite: 'register', name: 'filtered, sorted page query via the contract p50', value: percentile(pageTimes, 50), unit: 'ms' });
  rows.push({ suite: 'register', name: 'filtered, sorted page query via the contract p95', value: percentile(pageTimes, 95), unit: 'ms', target: '≤ 20', met: percentile(pageTimes, 95) <= 20 });
  rows.push({ suite: 'register', name: 'same, service call only p95', value: percentile(serviceTimes, 95), unit: 'ms' });

  const searchTimes: number[] = [];
  for (let run = 0; run < 20; run += 1) {
    for (const search of SEARCHES) {
      const started = performance.now();
      const envelope = await dispatch('project.list', { search, pageSize: 20 });
      searchTimes.push(performance.now() - started);
      if (!envelope.ok) throw new Error(envelope.error.message);
    }
  }
  rows.push({ suite: 'register', name: 'Chinese substring search (2–6 chars) p50', value: percentile(searchTimes, 50), unit: 'ms' });
  rows.push({ suite: 'register', name: 'Chinese substring search (2–6 chars) p95', value: percentile(searchTimes, 95), unit: 'ms', target: '≤ 50', met: percentile(searchTimes, 95) <= 50 });
  reopened.close();
  void DATABASE_FILE;
  return rows;
}
