import { z } from 'zod';
import { approvalSummarySchema } from '../domain/approval';
import { daySchema } from '../domain/day';
import { exceptionReasonSchema, findingExceptionSchema } from '../domain/exceptions';
import { DECISIONS, FILING_STATUSES, OPINION_CONCLUSIONS, OPINION_KINDS, reviewOpinionSchema } from '../domain/filing';
import { REVIEW_KINDS, REVIEW_OUTCOMES } from '../domain/lifecycle-events';
import { fenAmount, projectIdSchema, projectSchema } from '../domain/project';
import { MATERIAL_CODES } from '../domain/materials';
import { REGULATION_IDS } from '../domain/regulations';
import { PAYLOAD_TYPES } from '../exchange/manifest';
import { jobStartedSchema } from './jobs';
import { bundleSummarySchema } from './exchange';

const citationSchema = z.object({ regulation: z.enum(REGULATION_IDS), article: z.number().int().min(1).max(500) });

export const filingViewSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  version: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  reviewOfficeCode: z.string(),
  /** The project's register version the filing was taken at. */
  projectVersion: z.number().int(),
  projectName: z.string(),
  plannedYear: z.number().int(),
  totalInvestmentFen: z.number().int(),
  snapshotSm3: z.string(),
  filedAt: z.string(),
  bundleDigest: z.string(),
  status: z.enum(FILING_STATUSES),
  statusAt: z.string().nullable(),
});
export type FilingView = z.infer<typeof filingViewSchema>;

export const opinionViewSchema = z.object({
  id: z.string(),
  filingId: z.string(),
  kind: z.enum(OPINION_KINDS),
  conclusion: z.enum(OPINION_CONCLUSIONS),
  opinion: z.string(),
  experts: z.array(z.string()),
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type OpinionView = z.infer<typeof opinionViewSchema>;

export const decisionViewSchema = z.object({
  id: z.string(),
  filingId: z.string(),
  projectId: z.string(),
  filingVersion: z.number().int(),
  decision: z.enum(DECISIONS),
  review: z.enum(REVIEW_KINDS),
  outcome: z.enum(REVIEW_OUTCOMES).nullable(),
  date: z.string(),
  documentNo: z.string().nullable(),
  approvedAmountFen: z.number().int().nullable(),
  opinion: z.string(),
  reviewer: z.string(),
  citations: z.array(citationSchema),
  opinions: z.array(reviewOpinionSchema),
  recordedAt: z.string(),
  /** The bundle it was sent in (review office) or arrived in (unit); null while unsent. */
  bundleDigest: z.string().nullable(),
  /** At the unit: the project had been edited after the version reviewed. */
  changedSince: z.boolean().nullable(),
});
export type DecisionView = z.infer<typeof decisionViewSchema>;

/** The largest document attached through the app (the bytes cross the renderer boundary as base64). */
export const MAX_ATTACH_MB = 50;
const MAX_ATTACH_BASE64 = Math.ceil((MAX_ATTACH_MB * 1024 * 1024) / 3) * 4;

export const attachmentViewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string().nullable(),
  materialCode: z.string().nullable(),
  sm3: z.string(),
  size: z.number().int(),
  addedAt: z.string(),
});

export const projectFilingStateSchema = z.object({
  projectId: z.string(),
  projectVersion: z.number().int(),
  /** At a review office: the unit this project came from (read-only here). */
  originOfficeCode: z.string().nullable(),
  /** The unit's name, from the trust list or its filings. */
  originOfficeName: z.string().nullable(),
  /** The approved filing that locks the project, if any. */
  lockedBy: filingViewSchema.nullable(),
  /** The review office that approved it, by its name (null when this office does not know it). */
  lockedByOfficeName: z.string().nullable(),
  /** The latest approval beside the declared total: 批复金额, 文号, and whether they differ. */
  approval: approvalSummarySchema.nullable(),
  filings: z.array(filingViewSchema),
  decisions: z.array(decisionViewSchema),
  /** The documents kept with the project now (filed with its next version). */
  attachments: z.array(attachmentViewSchema),
});
export type ProjectFilingState = z.infer<typeof projectFilingStateSchema>;


export const workspaceSchema = z.object({
  filing: filingViewSchema,
  /** The project as filed (this version's snapshot). */
  project: projectSchema,
  historyEntries: z.number().int(),
  attachments: z.array(attachmentViewSchema),
  opinions: z.array(opinionViewSchema),
  decisions: z.array(decisionViewSchema),
  versions: z.array(z.object({ id: z.string(), version: z.number().int(), filedAt: z.string(), status: z.enum(FILING_STATUSES) })),
  /** The unit's reasoned exceptions in this filing; the office may reject them before its decision. */
  exceptions: z.array(findingExceptionSchema),
});
export type Workspace = z.infer<typeof workspaceSchema>;

export const annualPlanSchema = z.object({
  year: z.number().int(),
  rows: z.array(z.object({
    filingId: z.string(),
    projectId: z.string(),
    projectName: z.string(),
    unitCode: z.string(),
    unitName: z.string(),
    version: z.number().int(),
    totalInvestmentFen: z.number().int(),
    approvedAmountFen: z.number().int().nullable(),
    documentNo: z.string().nullable(),
    decidedOn: z.string().nullable(),
  })),
  byUnit: z.array(z.object({ unitCode: z.string(), unitName: z.string(), projects: z.number().int(), totalInvestmentFen: z.number().int(), approvedAmountFen: z.number().int() })),
  totalInvestmentFen: z.number().int(),
  approvedAmountFen: z.number().int(),
});
export type AnnualPlan = z.infer<typeof annualPlanSchema>;

/** The result of a `filing.submit` job. */
export const submitResultSchema = z.object({
  file: z.string(),
  digest: z.string(),
  sequence: z.number().int(),
  recipient: z.object({ officeCode: z.string(), officeName: z.string() }),
  filings: z.array(z.object({ projectId: z.string(), projectName: z.string(), version: z.number().int() })),
});
export type SubmitResult = z.infer<typeof submitResultSchema>;

/** The result of a `bundle.import` job. */
export const importResultSchema = z.object({
  file: z.string(),
  digest: z.string(),
  payloadType: z.enum(PAYLOAD_TYPES),
  sender: z.object({ officeCode: z.string(), officeName: z.string() }),
  sequence: z.number().int(),
  backup: z.string(),
  gap: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  projects: z.array(z.object({ projectId: z.string(), projectName: z.string(), detail: z.string() })),
  warnings: z.array(z.string()),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const inboxEntrySchema = z.object({
  file: z.string(),
  fileName: z.string(),
  bytes: z.number().int(),
  modifiedAt: z.string(),
  /** ready: verified, can be imported; imported: accepted before; refused: failed a check (see refusal). */
  status: z.enum(['ready', 'imported', 'refused']),
  summary: bundleSummarySchema.nullable(),
  refusal: z.object({ reason: z.string(), message: z.string() }).nullable(),
});
export type InboxEntry = z.infer<typeof inboxEntrySchema>;

const passphrase = z.string({ error: '请填写私钥口令' }).min(1, '请填写私钥口令').max(256);
const filePath = z.string().min(1).max(4096);
const foldersSchema = z.object({ inbox: z.string().trim().min(1, '请填写收件文件夹').max(4096), outbox: z.string().trim().min(1, '请填写发件文件夹').max(4096) });

export const filingMethods = {
  'filing.forProject': { input: z.object({ projectId: projectIdSchema }), output: projectFilingStateSchema },
  /** Keeps a document (a scan, a PDF) with the project: hashed and stored in the data folder, recorded in its history. */
  'filing.attach': {
    input: z.object({
      projectId: projectIdSchema,
      fileName: z.string({ error: '请选择要附上的文件' }).trim().min(1, '请选择要附上的文件').max(120, '文件名过长（最多 120 个字）'),
      bytesBase64: z.string({ error: '请选择要附上的文件' }).min(1, '文件是空的').max(MAX_ATTACH_BASE64, `文件超过 ${MAX_ATTACH_MB} MB：请压缩扫描件或分册后再附上。`),
      materialCode: z.enum(MATERIAL_CODES).optional(),
    }),
    output: attachmentViewSchema,
  },
  /** Takes a document off the project; the history keeps what it was, and filings already sent keep it. */
  'filing.detach': { input: z.object({ attachmentId: z.string().min(1).max(64) }), output: z.object({}) },
  /** Saves a checked copy of an attachment under the data folder's exports/附件/ (a received one is read from its bundle). */
  'filing.saveAttachment': {
    input: z.object({ attachmentId: z.string().min(1).max(64) }),
    output: z.object({ savedPath: z.string(), fileName: z.string(), size: z.number().int().min(0) }),
  },
  /** Starts a job; its result is a `submitResultSchema`. */
  'filing.submit': {
    input: z.object({
      projectIds: z.array(projectIdSchema).min(1, '请选择要报送的项目').max(10_000),
      passphrase,
      recipientCode: z.string().max(32).optional(),
      file: filePath.optional(),
      note: z.string().trim().max(2_000).optional(),
    }),
    output: jobStartedSchema,
  },
  /** Starts a job; its result is an `importResultSchema`. */
  /** `passphrase` unlocks the private key an encrypted bundle (filings, decisions, policy updates) was encrypted to. */
  'bundle.import': { input: z.object({ file: filePath, passphrase: z.string().max(256).optional() }), output: jobStartedSchema },
  'bundle.inbox': { input: z.object({}), output: z.object({ folder: z.string(), entries: z.array(inboxEntrySchema) }) },
  'exchange.folders': { input: z.object({}), output: foldersSchema },
  'exchange.setFolders': { input: foldersSchema, output: foldersSchema },
  'review.filings': {
    input: z.object({ status: z.enum(FILING_STATUSES).optional(), year: z.number().int().min(2000).max(2100).optional(), unitCode: z.string().max(32).optional() }),
    output: z.array(filingViewSchema),
  },
  'review.workspace': { input: z.object({ filingId: z.string().min(1).max(64) }), output: workspaceSchema },
  'review.recordOpinion': { input: z.object({ filingId: z.string().min(1).max(64), opinion: reviewOpinionSchema }), output: opinionViewSchema },
  'review.decide': {
    input: z.object({
      filingId: z.string().min(1).max(64),
      decision: z.enum(DECISIONS, { error: '请选择决定' }),
      review: z.enum(REVIEW_KINDS, { error: '请选择审查环节' }),
      date: daySchema,
      opinion: z.string({ error: '请填写决定意见' }).trim().min(2, '请填写决定意见').max(5_000, '决定意见不能超过 5000 字'),
      citations: z.array(citationSchema).min(1, '决定须引用所依据的条款').max(50),
      documentNo: z.string().trim().max(100).optional(),
      approvedAmountFen: fenAmount('批复金额').optional(),
    }),
    output: decisionViewSchema,
  },
  'review.rejectException': {
    input: z.object({ filingId: z.string().min(1).max(64), exceptionId: z.string().min(1).max(64), reason: exceptionReasonSchema }),
    output: findingExceptionSchema,
  },
  'review.pending': { input: z.object({}), output: z.array(z.object({ unitCode: z.string(), unitName: z.string(), decisions: z.number().int() })) },
  'review.send': {
    input: z.object({ unitCode: z.string().min(1).max(32), passphrase, file: filePath.optional() }),
    output: z.object({ file: z.string(), digest: z.string(), sequence: z.number().int(), decisions: z.number().int() }),
  },
  'review.annualPlan': { input: z.object({ year: z.number().int().min(2000).max(2100) }), output: annualPlanSchema },
  /** Accepted bundles this office has not yet sent a receipt for. */
  'bundle.unacknowledged': {
    input: z.object({}),
    output: z.array(z.object({ digest: z.string(), senderCode: z.string(), senderName: z.string(), sequence: z.number().int(), payloadType: z.enum(PAYLOAD_TYPES), acceptedAt: z.string() })),
  },
  'bundle.acknowledge': {
    input: z.object({ digest: z.string().regex(/^[0-9a-f]{64}$/, '数据包摘要无效'), passphrase, file: filePath.optional() }),
    output: z.object({ file: z.string(), digest: z.string() }),
  },
} as const;
