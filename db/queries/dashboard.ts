import type Database from 'better-sqlite3';
import type { DeadlineBucket } from '../../shared/contract/dashboard';
import type { Day } from '../../shared/domain/day';
import type { FundingSource, LifecycleStage } from '../../shared/domain/enums';
import type { Severity } from '../../shared/rules/framework/finding';

/**
 * The dashboard's aggregates, in SQL, each answered from an index where one
 * serves (stage, unit, severity, due date), so they stay cheap over a whole
 * province's register. Every query comes twice: over the whole register, and
 * for one unit (建设单位), without an `(? IS NULL OR …)` that would keep SQLite
 * from using the unit's index.
 */

export interface ProjectTotals {
  projects: number;
  totalInvestmentFen: number;
}
export interface YearMoney extends ProjectTotals {
  year: number;
  funding: Record<FundingSource, number>;
}
export interface DeadlineWindow {
  /** Before this day: overdue. */
  today: Day;
  /** Up to and including this day: due soon. */
  soonUntil: Day;
  /** Up to and including this day: due later in the window. */
  windowUntil: Day;
}

/** Findings of the unit's projects only: through findings_project_idx, one project at a time. */
const OF_UNIT = 'project_id IN (SELECT id FROM projects WHERE unit_name = @unit)';
const MONEY = `planned_year AS year, count(*) AS projects, sum(total_investment_fen) AS totalInvestmentFen,
  sum(fund_superior_fen) AS superior, sum(fund_local_fiscal_fen) AS localFiscal, sum(fund_self_raised_fen) AS selfRaised,
  sum(fund_social_fen) AS social, sum(fund_other_fen) AS other`;
// A deadline is a stored finding with a due date; the range is read from findings_due_idx alone.
const BUCKET = "CASE WHEN due_date < @today THEN 'overdue' WHEN due_date <= @soonUntil THEN 'soon' ELSE 'later' END";

/** Each query over the whole register (`all`) and for one unit (`unit`); named parameters. */
export const DASHBOARD_SQL = {
  totals: {
    all: 'SELECT count(*) AS projects, coalesce(sum(total_investment_fen), 0) AS totalInvestmentFen FROM projects',
    unit: 'SELECT count(*) AS projects, coalesce(sum(total_investment_fen), 0) AS totalInvestmentFen FROM projects WHERE unit_name = @unit',
  },
  byStage: {
    all: 'SELECT stage, count(*) AS projects FROM projects GROUP BY stage',
    unit: 'SELECT stage, count(*) AS projects FROM projects WHERE unit_name = @unit GROUP BY stage',
  },
  byUnit: {
    all: 'SELECT unit_name AS unitName, count(*) AS projects FROM projects GROUP BY unit_name ORDER BY projects DESC, unit_name',
    unit: 'SELECT unit_name AS unitName, count(*) AS projects FROM projects WHERE unit_name = @unit GROUP BY unit_name',
  },
  moneyByYear: {
    all: `SELECT ${MONEY} FROM projects GROUP BY planned_year ORDER BY planned_year`,
    unit: `SELECT ${MONEY} FROM projects WHERE unit_name = @unit GROUP BY planned_year ORDER BY planned_year`,
  },
  deadlines: {
    all: `SELECT ${BUCKET} AS bucket, count(*) AS findings FROM findings WHERE due_date IS NOT NULL AND due_date <= @windowUntil GROUP BY bucket`,
    unit: `SELECT ${BUCKET} AS bucket, count(*) AS findings FROM findings WHERE ${OF_UNIT} AND due_date IS NOT NULL AND due_date <= @windowUntil GROUP BY bucket`,
  },
  bySeverity: {
    all: 'SELECT severity, count(*) AS findings FROM findings GROUP BY severity',
    unit: `SELECT severity, count(*) AS findings FROM findings WHERE ${OF_UNIT} GROUP BY severity`,
  },
} as const;

type QueryName = keyof typeof DASHBOARD_SQL;

export function createDashboardQueries(sqlite: Database.Database) {
  const statements = Object.fromEntries(
    Object.entries(DASHBOARD_SQL).map(([name, texts]) => [name, { all: sqlite.prepare(texts.all), unit: sqlite.prepare(texts.unit) }]),
  ) as Record<QueryName, { all: Database.Statement; unit: Database.Statement }>;
  const run = (name: QueryName, unitName: string | null, params: Record<string, string> = {}): unknown[] =>
    unitName === null ? statements[name].all.all(params) : statements[name].unit.all({ ...params, unit: unitName });

  return {
    totals(unitName: string | null): ProjectTotals {
      return run('totals', unitName)[0] as ProjectTotals;
    },

    byStage(unitName: string | null): Map<LifecycleStage, number> {
      const rows = run('byStage', unitName) as { stage: LifecycleStage; projects: number }[];
      return new Map(rows.map((row) => [row.stage, row.projects]));
    },

    /** Units by projects, most first (a unit's own query gives one row, or none). */
    byUnit(unitName: string | null): { unitName: string; projects: number }[] {
      return run('byUnit', unitName) as { unitName: string; projects: number }[];
    },

    moneyByYear(unitName: string | null): YearMoney[] {
      const rows = run('moneyByYear', unitName) as (ProjectTotals & { year: number } & Record<FundingSource, number>)[];
      return rows.map(({ year, projects, totalInvestmentFen, superior, localFiscal, selfRaised, social, other }) => ({
        year,
        projects,
        totalInvestmentFen,
        funding: { superior, localFiscal, selfRaised, social, other },
      }));
    },

    deadlines(unitName: string | null, window: DeadlineWindow): Map<DeadlineBucket, number> {
      const rows = run('deadlines', unitName, { ...window }) as { bucket: DeadlineBucket; findings: number }[];
      return new Map(rows.map((row) => [row.bucket, row.findings]));
    },

    bySeverity(unitName: string | null): Map<Severity, number> {
      const rows = run('bySeverity', unitName) as { severity: Severity; findings: number }[];
      return new Map(rows.map((row) => [row.severity, row.findings]));
    },
  };
}

export type DashboardQueries = ReturnType<typeof createDashboardQueries>;
