import { z } from 'zod';
import { holidayCalendarDataSchema } from '../calendar/holiday-data';
import { daySchema } from '../domain/day';
import { DECISIONS, reviewOpinionSchema, type Decision } from '../domain/filing';
import { HISTORY_ACTIONS } from '../domain/history';
import { REVIEW_KINDS, REVIEW_OUTCOMES, type ReviewOutcome } from '../domain/lifecycle-events';
import { MATERIAL_CODES } from '../domain/materials';
import { fenAmount, projectIdSchema } from '../domain/project';
import { REGULATION_IDS } from '../domain/regulations';
import { projectFactsSchema } from '../rules/framework/facts';
import { ATTACHMENT_NAME } from './entry-names';
import { historyHeadSchema, sm3HexSchema, type PayloadType } from './manifest';
import { jsonValueProblem, type JsonBounds } from './strict-json';

/**
 * payload.json, one schema per payload type. Projects, their facts and
 * history use the register's own schemas; decisions, policy updates and
 * acknowledgements are defined here.
 */
const officeRef = z.strictObject({ officeCode: z.string().regex(/^[0-9A-Z-]{6,32}$/), officeName: z.string().min(1).max(100) });
const text = (max: number) => z.string().trim().max(max);

/**
 * Bounds a value whose schema leaves parts open (history values, the facts'
 * free-text fields, the calendar's years): depth, string, array and object
 * sizes, checked without recursion. What the writer exports the reader takes,
 * and what verifies also imports (JSON.stringify recurses).
 */
function bounded<T extends z.ZodType>(schema: T, what: string, bounds: JsonBounds) {
  return schema.superRefine((value, ctx) => {
    const problem = jsonValueProblem(value, bounds);
    if (problem) ctx.addIssue({ code: 'custom', message: `${what}${problem}` });
  });
}

/** A field's value before or after a change: a project field, an event, a set of attributes: a few levels, texts of a few thousand characters. */
export const HISTORY_VALUE_BOUNDS: JsonBounds = { maxDepth: 8, maxStringLength: 10_000, maxArrayLength: 1_000, maxObjectMembers: 200 };
/** A project's facts: the register's fields and texts (the longest, 项目概述, is 5,000 characters), events and materials. */
export const FACTS_BOUNDS: JsonBounds = { maxDepth: 8, maxStringLength: 10_000, maxArrayLength: 5_000, maxObjectMembers: 200 };
const CALENDAR_BOUNDS: JsonBounds = { maxDepth: 5, maxStringLength: 200, maxArrayLength: 400, maxObjectMembers: 100 };

const historyValue = (what: string) => z.unknown().superRefine((value, ctx) => {
  const problem = jsonValueProblem(value, HISTORY_VALUE_BOUNDS);
  if (problem) ctx.addIssue({ code: 'custom', message: `${what}${problem}` });
});

/**
 * A history entry as it travels in a filing: the register's entry
 * (shared/domain/history.ts), every text and value bounded. The register's
 * own schema leaves `before`/`after` open and texts unbounded.
 */
export const bundleHistoryEntrySchema = z.object({
  seq: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  at: z.string().max(40),
  actor: z.string().max(100, '操作人不能超过 100 个字'),
  entityType: z.string().max(40),
  entityId: z.string().max(100),
  action: z.enum(HISTORY_ACTIONS),
  changes: z
    .array(z.object({ field: z.string().max(100), before: historyValue('修改前的值').optional(), after: historyValue('修改后的值') }))
    .max(1_000),
});

/**
 * A file that travels in the bundle as `attachments/…`. Its original name is
 * here, not in the ZIP; its size and SM3 are in the manifest (one source).
 */
export const attachmentRefSchema = z.strictObject({
  entry: z.string().regex(ATTACHMENT_NAME, '附件条目名称无效'),
  fileName: text(255).min(1, '附件文件名为必填项'),
  mediaType: text(100).optional(),
  materialCode: z.enum(MATERIAL_CODES).optional(),
  documentId: text(64).optional(),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

/** A reasoned exception the unit states on a finding (不适用 / 例外): the reviewer sees it and may reject it. */
export const filedExceptionSchema = z.strictObject({
  id: z.uuid(),
  ruleId: text(200).min(1),
  article: z.int().min(1).max(500),
  reason: text(2_000).min(1, '例外理由为必填项'),
  documentId: text(64).optional(),
  documentName: text(255).optional(),
  recordedAt: z.iso.datetime({ offset: true }),
  recordedBy: text(50).min(1),
});
export type FiledException = z.infer<typeof filedExceptionSchema>;

export const filingProjectSchema = z.strictObject({
  /** The filing's version for this project (1, 2, …) and when the unit filed it; decisions cite the version. */
  filing: z.strictObject({ version: z.int().min(1).max(10_000), filedAt: z.iso.datetime({ offset: true }) }),
  facts: bounded(projectFactsSchema, '项目信息中', FACTS_BOUNDS),
  history: z.array(bundleHistoryEntrySchema).max(100_000).default([]),
  attachments: z.array(attachmentRefSchema).max(1_000).default([]),
  exceptions: z.array(filedExceptionSchema).max(1_000).default([]),
});

/**
 * The sender's history-chain head when it signed (electron/services/history-chain.ts): the
 * receiver keeps it, so a chain later rewritten consistently with its head no longer has
 * this hash at this position (`history verify --against`). Optional: bundles before it lack it.
 */
export { historyHeadSchema, type HistoryHead } from './manifest';

export const filingPayloadSchema = z.strictObject({
  unit: officeRef,
  regulation: z.enum(REGULATION_IDS),
  note: text(2_000).optional(),
  projects: z.array(filingProjectSchema).min(1).max(100_000),
  historyHead: historyHeadSchema.optional(),
}).superRefine((filing, ctx) => {
  // The import takes each project as the next filing version: the same project twice would conflict with itself there.
  const seen = new Set<string>();
  filing.projects.forEach((project, index) => {
    const id = project.facts.project.id;
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['projects', index, 'facts', 'project', 'id'], message: `项目 ${id} 在同一次报送中出现了两次` });
    seen.add(id);
  });
});

/** The approval path's outcome each decision records (重新开放 concludes no review). */
export const DECISION_OUTCOME: Record<Decision, ReviewOutcome | undefined> = {
  approve: 'approved',
  reject: 'rejected',
  rectify: 'rectify',
  suspend: 'suspended',
  reopen: undefined,
};

export const reviewDecisionSchema = z.strictObject({
  projectId: projectIdSchema,
  projectName: text(200).min(1),
  /** The filing version reviewed: the unit warns when the project changed since. */
  filingVersion: z.int().min(1).max(10_000),
  decision: z.enum(DECISIONS),
  /** The step of the approval path this decision concludes, and its outcome (none for 重新开放). */
  review: z.enum(REVIEW_KINDS),
  outcome: z.enum(REVIEW_OUTCOMES).optional(),
  opinions: z.array(reviewOpinionSchema).max(10).default([]),
  date: daySchema,
  documentNo: text(100).optional(),
  approvedAmountFen: fenAmount('批复金额').optional(),
  opinion: text(5_000).min(1, '审查意见为必填项'),
  reviewer: text(50).min(1, '审查人为必填项'),
  /** Every decision cites the articles it rests on. */
  citations: z.array(z.strictObject({ regulation: z.enum(REGULATION_IDS), article: z.int().min(1).max(500) })).min(1, '决定须引用所依据的条款').max(50),
  attachments: z.array(attachmentRefSchema).max(100).default([]),
  /** The unit's exceptions the review office does not accept: each reopens its finding at the unit. */
  rejectedExceptions: z.array(z.strictObject({ id: z.uuid(), ruleId: text(200).min(1), reason: text(2_000).min(1, '驳回理由为必填项') })).max(1_000).default([]),
}).superRefine((decision, ctx) => {
  const expected = DECISION_OUTCOME[decision.decision];
  if (decision.outcome !== expected) {
    ctx.addIssue({ code: 'custom', path: ['outcome'], message: expected ? `“${decision.decision}”决定的审查结论应为 ${expected}` : '重新开放决定不带审查结论' });
  }
});

export const reviewDecisionPayloadSchema = z.strictObject({
  decisions: z.array(reviewDecisionSchema).min(1).max(100_000),
});

/** The office's own dated values for parameters a regulation leaves open (see shared/rules/framework/parameters.ts). */
export const policyUpdatePayloadSchema = z.strictObject({
  regulation: z.enum(REGULATION_IDS),
  documentNo: text(100).optional(),
  note: text(2_000).optional(),
  parameters: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{0,63}$/, '参数编号无效'),
        values: z
          .array(
            z.strictObject({
              from: daySchema,
              until: daySchema.nullable(),
              value: z.union([z.number().finite(), text(100)]),
              reference: text(200).optional(),
            }),
          )
          .min(1)
          .max(100),
      }),
    )
    .max(500)
    .default([]),
  /** Official holiday years the shipped data lacks (e.g. next year's notice), merged over it. */
  calendar: bounded(holidayCalendarDataSchema, '节假日数据中', CALENDAR_BOUNDS).optional(),
  attachments: z.array(attachmentRefSchema).max(100).default([]),
}).refine((update) => update.parameters.length > 0 || update.calendar !== undefined, { message: '政策更新须包含参数或节假日数据', path: ['parameters'] });

export const acknowledgementPayloadSchema = z
  .strictObject({
    acknowledges: z.strictObject({
      senderCode: z.string().regex(/^[0-9A-Z-]{6,32}$/),
      sequence: z.int().min(1).max(2 ** 31 - 1),
      digest: sm3HexSchema,
      bundleId: z.uuid(),
    }),
    status: z.enum(['accepted', 'refused']),
    /** The refusal's code and message when refused. */
    code: text(64).optional(),
    reason: text(2_000).optional(),
    at: z.iso.datetime({ offset: true }),
    historyHead: historyHeadSchema.optional(),
  })
  .superRefine((ack, ctx) => {
    if (ack.status === 'refused' && !ack.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '拒收回执应写明原因' });
  });

export const PAYLOAD_SCHEMAS = {
  filing: filingPayloadSchema,
  reviewDecision: reviewDecisionPayloadSchema,
  policyUpdate: policyUpdatePayloadSchema,
  acknowledgement: acknowledgementPayloadSchema,
} as const satisfies Record<PayloadType, z.ZodType>;

export type PayloadOf<T extends PayloadType> = z.output<(typeof PAYLOAD_SCHEMAS)[T]>;
export type PayloadInputOf<T extends PayloadType> = z.input<(typeof PAYLOAD_SCHEMAS)[T]>;
export type AnyPayload = { [T in PayloadType]: { type: T; payload: PayloadOf<T> } }[PayloadType];

/** Every attachment a payload refers to, wherever it sits in the payload. */
export function payloadAttachments(payload: AnyPayload): AttachmentRef[] {
  switch (payload.type) {
    case 'filing':
      return payload.payload.projects.flatMap((project) => project.attachments);
    case 'reviewDecision':
      return payload.payload.decisions.flatMap((decision) => decision.attachments);
    case 'policyUpdate':
      return payload.payload.attachments;
    case 'acknowledgement':
      return [];
  }
}
