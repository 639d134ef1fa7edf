import { asc, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { ProjectListQuery } from '../../shared/contract/project';
import type { Db } from '../client';
import { projects } from '../schema';
import { approvalCondition } from './approvals';
import { rowToProject } from './project-rows';

const SORT_COLUMNS = {
  updatedAt: projects.updatedAt,
  name: projects.name,
  unitName: projects.unitName,
  plannedYear: projects.plannedYear,
  totalInvestmentFen: projects.totalInvestmentFen,
  stage: projects.stage,
} as const;

/**
 * How the page is read. `filterIndex`: find the matching rows through the
 * filters' indexes, then sort them — best when few rows match. `sortIndex`:
 * walk the sort column's index in order and test each row, stopping after the
 * page — best when many rows match, since a page is found after a few hundred
 * rows. The filters' own indexes are switched off there (`+column`), or SQLite
 * would pick them and sort tens of thousands of rows.
 */
type Plan = 'filterIndex' | 'sortIndex';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** A phrase for FTS5 MATCH: the whole query, quotes doubled. */
function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * Substring search over name and unit. With 3+ characters the trigram index
 * answers (MATCH on a phrase is a substring test there). Under 3 characters
 * MATCH finds nothing, and two-character words (教育, 医保) are what people
 * type, so LIKE tests each row: a scan of the narrow (name, unit) index.
 */
function searchCondition(search: string, plan: Plan): SQL {
  const pattern = `%${escapeLike(search)}%`;
  const inline = sql`(${projects.name} LIKE ${pattern} ESCAPE '\\' OR ${projects.unitName} LIKE ${pattern} ESCAPE '\\')`;
  if ([...search].length < 3 || plan === 'sortIndex') return inline;
  return sql`${projects.seq} IN (SELECT rowid FROM projects_fts WHERE projects_fts MATCH ${ftsPhrase(search)})`;
}

function conditions(query: ProjectListQuery, plan: Plan): SQL | undefined {
  // `+column` keeps SQLite from using that column's index (see Plan).
  const column = (target: SQLWrapper): SQL => (plan === 'sortIndex' ? sql`+${target}` : sql`${target}`);
  const parts: SQL[] = [];
  if (query.search) parts.push(searchCondition(query.search, plan));
  if (query.stages.length > 0) {
    parts.push(plan === 'sortIndex' ? sql`+${projects.stage} IN (${sql.join(query.stages.map((stage) => sql`${stage}`), sql`, `)})` : inArray(projects.stage, query.stages));
  }
  if (query.plannedYear !== null) parts.push(sql`${column(projects.plannedYear)} = ${query.plannedYear}`);
  if (query.unitName) parts.push(sql`${column(projects.unitName)} = ${query.unitName}`);
  if (query.projectClass) parts.push(sql`${column(projects.projectClass)} = ${query.projectClass}`);
  if (query.kind) parts.push(sql`${column(projects.kind)} = ${query.kind}`);
  if (query.minFen !== null) parts.push(sql`${column(projects.totalInvestmentFen)} >= ${query.minFen}`);
  if (query.maxFen !== null) parts.push(sql`${column(projects.totalInvestmentFen)} <= ${query.maxFen}`);
  if (query.approval) parts.push(approvalCondition(query.approval));
  return parts.length > 0 ? sql.join(parts, sql` AND `) : undefined;
}

/**
 * Walking the sort index reads about (offset + limit) × all / matching rows;
 * the filter index reads every matching row and sorts them. Pick the smaller.
 */
export function choosePlan(matching: number, all: number, rowsToSkipAndShow: number): Plan {
  if (matching === 0) return 'filterIndex';
  return (rowsToSkipAndShow * all) / matching < matching ? 'sortIndex' : 'filterIndex';
}

export function listProjects(db: Db, query: ProjectListQuery) {
  const countWhere = conditions(query, 'filterIndex');
  const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${projects} ${countWhere ? sql`WHERE ${countWhere}` : sql``}`).n;
  const offset = (query.page - 1) * query.pageSize;
  if (total === 0 || offset >= total) return { rows: [], total, page: query.page, pageSize: query.pageSize };

  const all = db.get<{ n: number | null }>(sql`SELECT max(${projects.seq}) AS n FROM ${projects}`).n ?? total;
  const plan = choosePlan(total, all, offset + query.pageSize);
  const where = conditions(query, plan);
  const direction = query.sortDir === 'asc' ? sql`ASC` : sql`DESC`;
  // Deferred join: sort and page on (key, seq) only, then read the page's rows.
  const pageSeqs = db
    .all<{ seq: number }>(
      sql`SELECT ${projects.seq} AS seq FROM ${projects} ${where ? sql`WHERE ${where}` : sql``}
          ORDER BY ${SORT_COLUMNS[query.sortBy]} ${direction}, ${projects.seq} ${direction}
          LIMIT ${query.pageSize} OFFSET ${offset}`,
    )
    .map((row) => row.seq);
  const bySeq = new Map(
    db.select().from(projects).where(inArray(projects.seq, pageSeqs)).all().map((row) => [row.seq, row] as const),
  );
  const rows = pageSeqs.map((seq) => rowToProject(bySeq.get(seq)!));
  return { rows, total, page: query.page, pageSize: query.pageSize };
}

export function listUnitNames(db: Db): string[] {
  return db
    .selectDistinct({ unitName: projects.unitName })
    .from(projects)
    .orderBy(asc(projects.unitName))
    .all()
    .map((row) => row.unitName);
}
