import { z } from 'zod';
import { daySchema } from '../domain/day';
import { FUNDING_SOURCES, LIFECYCLE_STAGES } from '../domain/enums';
import { SEVERITIES } from '../rules/framework/finding';

/** How far ahead the dashboard counts deadlines (as the compliance overview does). */
export const DEADLINE_WINDOW_DAYS = 30;
/** The "this week" part of that window. */
export const DEADLINE_SOON_DAYS = 7;
/** Units beyond this many (by projects, most first) are summed into `otherUnits`. */
export const DASHBOARD_UNIT_LIMIT = 300;

/** Deadline buckets, in the order the chart shows them: overdue, due within 7 days, due in 8–30 days. */
export const DEADLINE_BUCKETS = ['overdue', 'soon', 'later'] as const;
export type DeadlineBucket = (typeof DEADLINE_BUCKETS)[number];

export const dashboardQuerySchema = z.object({
  /** One unit only (建设单位; a review office looking at one of its units); null: every project in the register. */
  unitName: z.string().trim().max(100, '单位名称不能超过 100 个字').nullable().default(null),
});
export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

const count = z.number().int().min(0);
const fen = z.number().int().min(0);

export const dashboardSummarySchema = z.object({
  /** The day the deadlines are counted from (Beijing). */
  asOf: daySchema,
  unitName: z.string().nullable(),
  projects: count,
  totalInvestmentFen: fen,
  /** Every lifecycle stage, in the lifecycle's order, zeros included. */
  byStage: z.array(z.object({ stage: z.enum(LIFECYCLE_STAGES), projects: count })),
  /** Units by number of projects, most first (at most DASHBOARD_UNIT_LIMIT). */
  byUnit: z.array(z.object({ unitName: z.string(), projects: count })),
  /** Units and projects beyond the limit, summed. */
  otherUnits: z.object({ units: count, projects: count }),
  /** Planned years, earliest first: the money, split by funding source (资金来源), in fen. */
  moneyByYear: z.array(
    z.object({
      year: z.number().int(),
      projects: count,
      totalInvestmentFen: fen,
      funding: z.object(Object.fromEntries(FUNDING_SOURCES.map((source) => [source, fen])) as Record<(typeof FUNDING_SOURCES)[number], typeof fen>),
    }),
  ),
  /** Deadlines are the stored findings that carry a due date (what rules.officeDeadlines lists). */
  deadlines: z.object({
    windowDays: z.number().int(),
    buckets: z.array(z.object({ bucket: z.enum(DEADLINE_BUCKETS), findings: count })),
  }),
  /** Every severity, blocking first, zeros included. */
  findingsBySeverity: z.array(z.object({ severity: z.enum(SEVERITIES), findings: count })),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;

/** The contract's dashboard.* methods: each with its zod input and output schemas. */
export const dashboardMethods = {
  /** Every chart of the dashboard in one read (one snapshot of the register). */
  'dashboard.summary': { input: dashboardQuerySchema, output: dashboardSummarySchema },
} as const;
