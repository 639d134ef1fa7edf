import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { ProjectListQuery } from '../../shared/contract/project';
import type { Db } from '../client';
import { projects } from '../schema';
import { rowToProject } from './project-rows';

const SORT_COLUMNS = {
  updatedAt: projects.updatedAt,
  name: projects.name,
  unitName: projects.unitName,
  plannedYear: projects.plannedYear,
  totalInvestmentFen: projects.totalInvestmentFen,
  stage: projects.stage,
} as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Substring search over name and unit through the trigram FTS table. LIKE is
 * used rather than MATCH because MATCH finds nothing under 3 characters, and
 * two-character words (教育, 医保) are what people type; LIKE on a trigram table
 * uses the index from 3 characters and scans below that.
 */
function searchCondition(search: string): SQL {
  const pattern = `%${escapeLike(search)}%`;
  return sql`${projects.seq} IN (SELECT rowid FROM projects_fts WHERE name LIKE ${pattern} ESCAPE '\\' OR unit_name LIKE ${pattern} ESCAPE '\\')`;
}

export function projectListConditions(query: ProjectListQuery): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.search) conditions.push(searchCondition(query.search));
  if (query.stages.length > 0) conditions.push(inArray(projects.stage, query.stages));
  if (query.plannedYear !== null) conditions.push(eq(projects.plannedYear, query.plannedYear));
  if (query.unitName) conditions.push(eq(projects.unitName, query.unitName));
  if (query.projectClass) conditions.push(eq(projects.projectClass, query.projectClass));
  if (query.kind) conditions.push(eq(projects.kind, query.kind));
  if (query.minFen !== null) conditions.push(gte(projects.totalInvestmentFen, query.minFen));
  if (query.maxFen !== null) conditions.push(lte(projects.totalInvestmentFen, query.maxFen));
  return conditions.length > 0 ? and(...conditions) : undefined;
}

export function listProjects(db: Db, query: ProjectListQuery) {
  const where = projectListConditions(query);
  const order = query.sortDir === 'asc' ? asc : desc;
  const rows = db
    .select()
    .from(projects)
    .where(where)
    .orderBy(order(SORT_COLUMNS[query.sortBy]), order(projects.seq))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .all();
  const total = db.select({ total: count() }).from(projects).where(where).get()?.total ?? 0;
  return { rows: rows.map(rowToProject), total, page: query.page, pageSize: query.pageSize };
}

export function listUnitNames(db: Db): string[] {
  return db
    .selectDistinct({ unitName: projects.unitName })
    .from(projects)
    .orderBy(asc(projects.unitName))
    .all()
    .map((row) => row.unitName);
}
