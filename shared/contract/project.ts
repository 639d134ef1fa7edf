import { z } from 'zod';
import { APPROVAL_STATES } from '../domain/approval';
import { daySchema } from '../domain/day';
import { LIFECYCLE_STAGES, PROJECT_CLASSES, PROJECT_KINDS } from '../domain/enums';
import { readableHistoryEntrySchema } from '../domain/history';
import { normaliseName } from '../domain/names';
import { fenAmount, projectIdSchema, projectInputSchema, projectSchema } from '../domain/project';

export const PROJECT_SORT_FIELDS = ['updatedAt', 'name', 'unitName', 'plannedYear', 'totalInvestmentFen', 'stage'] as const;
export type ProjectSortField = (typeof PROJECT_SORT_FIELDS)[number];

export const projectListQuerySchema = z
  .object({
    // Normalised as names are saved, so a pasted space or full-width letter still finds the project.
    search: z.string().trim().max(100, '搜索词不能超过 100 个字').transform(normaliseName).default(''),
    stages: z.array(z.enum(LIFECYCLE_STAGES)).max(LIFECYCLE_STAGES.length).default([]),
    plannedYear: z.number().int().min(2000).max(2100).nullable().default(null),
    unitName: z.string().trim().max(100).nullable().default(null),
    projectClass: z.enum(PROJECT_CLASSES).nullable().default(null),
    kind: z.enum(PROJECT_KINDS).nullable().default(null),
    minFen: fenAmount('最低金额').nullable().default(null),
    maxFen: fenAmount('最高金额').nullable().default(null),
    /** 审批状态: never filed, awaiting review, approved, approved at another amount, or sent back. */
    approval: z.enum(APPROVAL_STATES).nullable().optional(),
    sortBy: z.enum(PROJECT_SORT_FIELDS).default('updatedAt'),
    sortDir: z.enum(['asc', 'desc']).default('desc'),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(20),
  })
  .refine((query) => query.minFen === null || query.maxFen === null || query.minFen <= query.maxFen, {
    message: '最低金额不能高于最高金额',
    path: ['minFen'],
  });
export type ProjectListQuery = z.output<typeof projectListQuerySchema>;
export type ProjectListQueryInput = z.input<typeof projectListQuerySchema>;

/** A row's approval beside its declared amount: 批复金额 and 文号 of the latest approval. */
export const rowApprovalSchema = z.object({
  projectId: z.string(),
  state: z.enum(APPROVAL_STATES),
  approvedAmountFen: z.number().int().nullable(),
  documentNo: z.string().nullable(),
  differs: z.boolean(),
});
export type RowApproval = z.infer<typeof rowApprovalSchema>;

export const projectPageSchema = z.object({
  rows: z.array(projectSchema),
  /** One per row, in the rows' order. */
  approvals: z.array(rowApprovalSchema).default([]),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ProjectPage = z.infer<typeof projectPageSchema>;

export const projectMethods = {
  'project.create': { input: projectInputSchema, output: projectSchema },
  'project.update': {
    input: z.object({
      id: projectIdSchema,
      /** The version the form was loaded at; a newer stored version is a conflict. */
      expectedVersion: z.number().int().min(1),
      fields: projectInputSchema,
    }),
    output: projectSchema,
  },
  'project.get': { input: z.object({ id: projectIdSchema }), output: projectSchema },
  'project.list': { input: projectListQuerySchema, output: projectPageSchema },
  'project.units': { input: z.object({}), output: z.array(z.string()) },
  'project.history': { input: z.object({ id: projectIdSchema }), output: z.array(readableHistoryEntrySchema) },
  /**
   * Moves the project to another lifecycle stage, if its regulation allows it now; it may jump over stages
   * the events prove. `date`: the day the project entered the stage (default today), kept in the history.
   */
  'project.transition': {
    input: z.object({ id: projectIdSchema, expectedVersion: z.number().int().min(1), to: z.enum(LIFECYCLE_STAGES), date: daySchema.optional() }),
    output: projectSchema,
  },
} as const;
