import { z } from 'zod';
import { daySchema } from '../domain/day';
import { LIFECYCLE_STAGES } from '../domain/enums';
import { exceptionInputSchema, findingExceptionSchema } from '../domain/exceptions';
import { REVIEW_KINDS } from '../domain/lifecycle-events';
import { MATERIAL_CODES } from '../domain/materials';
import { projectIdSchema } from '../domain/project';
import { REGULATION_IDS } from '../domain/regulations';
import { findingSchema, SEVERITIES } from '../rules/framework/finding';

const citationSchema = z.object({ regulation: z.enum(REGULATION_IDS), article: z.number().int().min(1) });

export const packStatusSchema = z.object({
  regulation: z.enum(REGULATION_IDS),
  title: z.string(),
  issuer: z.string(),
  documentNumber: z.string().nullable(),
  version: z.string(),
  validFrom: daySchema,
  validUntil: daySchema.nullable(),
  asOf: daySchema,
  kind: z.enum(['notYetInForce', 'inForce', 'endingSoon', 'expired']),
  daysLeft: z.number().int().nullable(),
  /** A sentence for the banner, or null while plainly in force. */
  message: z.string().nullable(),
});
export type PackStatusView = z.infer<typeof packStatusSchema>;

export const deadlineViewSchema = z.object({
  deadlineId: z.string(),
  title: z.string(),
  citation: citationSchema,
  dueDate: daySchema,
  opensOn: daySchema.nullable(),
  doneOn: daySchema.nullable(),
  status: z.enum(['met', 'metLate', 'early', 'pending', 'dueSoon', 'overdue']),
});

export const approvalStepViewSchema = z.object({
  review: z.enum(REVIEW_KINDS),
  label: z.string(),
  citation: citationSchema,
  quote: z.string(),
  before: z.enum(LIFECYCLE_STAGES),
  strength: z.enum(['required', 'inPrinciple']),
  /** Null when the step is done; otherwise what is missing, in Chinese. */
  missing: z.string().nullable(),
  doneOn: daySchema.nullable(),
});

export const transitionViewSchema = z.object({
  to: z.enum(LIFECYCLE_STAGES),
  citation: citationSchema,
  allowed: z.boolean(),
  refusals: z.array(z.object({ citation: citationSchema, message: z.string() })),
  cautions: z.array(z.object({ citation: citationSchema, message: z.string() })),
  /** The stages passed over on the way (proven by the events); empty for a direct move. */
  via: z.array(z.enum(LIFECYCLE_STAGES)).default([]),
});

export const checklistLineSchema = z.object({
  title: z.string(),
  gate: z.enum(LIFECYCLE_STAGES),
  citation: citationSchema,
  material: z.enum(MATERIAL_CODES),
  present: z.boolean(),
});

export const projectReportSchema = z.object({
  status: packStatusSchema,
  findings: z.array(findingSchema),
  deadlines: z.array(deadlineViewSchema),
  approvalPath: z.array(approvalStepViewSchema),
  checklist: z.array(checklistLineSchema),
  transitions: z.array(transitionViewSchema),
  /** Reasoned exceptions stated on the findings, newest first: an active one shows its finding as 已说明. */
  exceptions: z.array(findingExceptionSchema),
  /** The furthest stage the dated events prove, and the event that proves it. */
  stageEvidence: z.object({ stage: z.enum(LIFECYCLE_STAGES), event: z.string(), date: z.string() }).nullable().default(null),
  /** Where the register's stage and the events disagree, in words. */
  stageDisagreement: z.string().nullable().default(null),
});
export type ProjectReport = z.infer<typeof projectReportSchema>;

/** The facts the office's pack reads (the facts panel), and where each finding is closed. */
export const factPanelSchema = z.object({
  /** False when the pack does not say what it reads: every fact is shown. */
  declared: z.boolean(),
  fields: z.array(
    z.object({
      key: z.string(),
      readBy: z.array(z.object({ ruleId: z.string(), title: z.string(), citation: citationSchema, quote: z.string() })),
    }),
  ),
  /** Rule id → the facts that close its findings, the first one first. */
  pointers: z.record(z.string(), z.array(z.string())),
});
export type FactPanel = z.infer<typeof factPanelSchema>;

export const officeFindingSchema = findingSchema.extend({ projectName: z.string(), unitName: z.string() });

export const rulesMethods = {
  'rules.status': { input: z.object({}), output: packStatusSchema },
  'rules.projectReport': { input: z.object({ projectId: projectIdSchema }), output: projectReportSchema },
  'rules.officeFindings': {
    input: z.object({
      severity: z.enum(SEVERITIES).nullable().default(null),
      page: z.number().int().min(1).default(1),
      pageSize: z.number().int().min(1).max(200).default(20),
    }),
    output: z.object({
      rows: z.array(officeFindingSchema),
      total: z.number().int(),
      bySeverity: z.record(z.enum(SEVERITIES), z.number().int()),
    }),
  },
  'rules.officeDeadlines': {
    input: z.object({ withinDays: z.number().int().min(0).max(366).default(30), limit: z.number().int().min(1).max(500).default(100) }),
    output: z.object({ asOf: daySchema, overdue: z.array(officeFindingSchema), upcoming: z.array(officeFindingSchema) }),
  },
  'rules.article': {
    input: z.object({ regulation: z.enum(REGULATION_IDS), article: z.number().int().min(1) }),
    output: z.object({ regulation: z.enum(REGULATION_IDS), article: z.number().int(), label: z.string(), chapter: z.string().nullable(), text: z.string() }),
  },
  'rules.factPanel': { input: z.object({}), output: factPanelSchema },
  'rules.recordException': { input: exceptionInputSchema.extend({ projectId: projectIdSchema }), output: findingExceptionSchema },
  'rules.withdrawException': { input: z.object({ projectId: projectIdSchema, exceptionId: z.string().min(1).max(64) }), output: findingExceptionSchema },
  'rules.recheckAll': {
    input: z.object({}),
    output: z.object({ asOf: daySchema, checked: z.number().int(), findings: z.number().int(), errors: z.number().int(), ms: z.number() }),
  },
} as const;
