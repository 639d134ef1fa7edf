/** The register as the Excel features read it: in registration order, in batches, without OFFSET paging. */
import type Database from 'better-sqlite3';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { rowToProject } from '../../../db/queries/project-rows';
import { projects } from '../../../db/schema';
import type { LifecycleStage } from '../../../shared/domain/enums';
import type { Project } from '../../../shared/domain/project';
import { projectKey } from './ledger-check';

/** Every project (or every project at `stage`), `batchSize` at a time, by registration order. */
export function* registerBatches(db: Db, batchSize: number, stage?: LifecycleStage): Generator<Project[]> {
  for (let lastSeq = 0; ; ) {
    const after = gt(projects.seq, lastSeq);
    const rows = db.select().from(projects).where(stage ? and(after, eq(projects.stage, stage)) : after).orderBy(asc(projects.seq)).limit(batchSize).all();
    if (rows.length === 0) return;
    lastSeq = rows.at(-1)!.seq;
    yield rows.map(rowToProject);
  }
}

export function registerCount(db: Db, stage?: LifecycleStage): number {
  return db.select({ n: sql<number>`count(*)` }).from(projects).where(stage ? eq(projects.stage, stage) : undefined).get()?.n ?? 0;
}

/** `projectKey` of every registered project: an import refuses rows already there. */
export function registeredKeys(sqlite: Database.Database): Set<string> {
  const keys = new Set<string>();
  const rows = sqlite.prepare('SELECT name, unit_name, planned_year FROM projects').raw().iterate() as IterableIterator<[string, string, number]>;
  for (const [name, unitName, plannedYear] of rows) keys.add(projectKey(name, unitName, plannedYear));
  return keys;
}
