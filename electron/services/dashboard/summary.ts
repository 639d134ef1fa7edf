import { createDashboardQueries } from '../../../db/queries/dashboard';
import {
  DASHBOARD_UNIT_LIMIT,
  DEADLINE_BUCKETS,
  DEADLINE_SOON_DAYS,
  DEADLINE_WINDOW_DAYS,
  type DashboardQuery,
  type DashboardSummary,
} from '../../../shared/contract/dashboard';
import { addDays } from '../../../shared/calendar';
import { LIFECYCLE_STAGES } from '../../../shared/domain/enums';
import { SEVERITIES } from '../../../shared/rules/framework/finding';
import type { FeatureDeps } from '../feature-deps';

/**
 * The dashboard: projects by stage and by unit, money by planned year and
 * funding source, deadlines overdue and due within 30 days, findings by
 * severity. Grouped by the project's own unit (建设单位), so a review office
 * sees all its units the same way a unit sees itself.
 */
export function createDashboardService(deps: Pick<FeatureDeps, 'context' | 'compliance'>) {
  const { sqlite } = deps.context.handle;
  const queries = createDashboardQueries(sqlite);

  function read(query: DashboardQuery): DashboardSummary {
    const { unitName } = query;
    const today = deps.compliance.asOf();
    const totals = queries.totals(unitName);
    const stages = queries.byStage(unitName);
    const units = queries.byUnit(unitName);
    const shown = units.slice(0, DASHBOARD_UNIT_LIMIT);
    const rest = units.slice(DASHBOARD_UNIT_LIMIT);
    const deadlines = queries.deadlines(unitName, {
      today,
      soonUntil: addDays(today, DEADLINE_SOON_DAYS),
      windowUntil: addDays(today, DEADLINE_WINDOW_DAYS),
    });
    const severities = queries.bySeverity(unitName);
    return {
      asOf: today,
      unitName,
      projects: totals.projects,
      totalInvestmentFen: totals.totalInvestmentFen,
      byStage: LIFECYCLE_STAGES.map((stage) => ({ stage, projects: stages.get(stage) ?? 0 })),
      byUnit: shown,
      otherUnits: { units: rest.length, projects: rest.reduce((sum, unit) => sum + unit.projects, 0) },
      moneyByYear: queries.moneyByYear(unitName),
      deadlines: { windowDays: DEADLINE_WINDOW_DAYS, buckets: DEADLINE_BUCKETS.map((bucket) => ({ bucket, findings: deadlines.get(bucket) ?? 0 })) },
      findingsBySeverity: SEVERITIES.map((severity) => ({ severity, findings: severities.get(severity) ?? 0 })),
    };
  }

  return {
    queries,
    /** One read transaction, so every chart counts the same snapshot of the register. */
    summary: (query: DashboardQuery): DashboardSummary => sqlite.transaction(read).deferred(query),
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
