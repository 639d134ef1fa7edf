import { z } from 'zod';

export const HISTORY_ACTIONS = ['create', 'update', 'import', 'setup', 'file', 'receive', 'review', 'decide'] as const;
export const HISTORY_ACTION_LABELS: Record<(typeof HISTORY_ACTIONS)[number], string> = {
  create: '新建',
  update: '修改',
  import: '导入',
  setup: '初始设置',
  /** The unit sent a filing of the project. */
  file: '报送',
  /** A bundle was accepted: a filing at the review office, a decision at the unit. */
  receive: '接收',
  /** The review office recorded a review opinion. */
  review: '审查',
  /** The review office took a decision on a filing. */
  decide: '决定',
};

/** One field's change. `before` is absent when the record was created (there was nothing before). */
export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown().optional(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const historyEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  changes: z.array(fieldChangeSchema),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** An entry in words (shared/domain/history-text.ts): who, when, what, and each change from → to. */
export const historyTextSchema = z.object({
  when: z.string(),
  who: z.string(),
  what: z.string(),
  lines: z.array(z.object({ label: z.string(), before: z.string().optional(), after: z.string() })),
});

/** An entry as the project page reads it: the record and its words. */
export const readableHistoryEntrySchema = historyEntrySchema.extend({ text: historyTextSchema });
export type ReadableHistoryEntry = z.infer<typeof readableHistoryEntrySchema>;

export const chainReportSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first row whose hash or link does not hold, when not ok. */
  brokenAt: z.number().int().nullable(),
  message: z.string(),
});
export type ChainReport = z.infer<typeof chainReportSchema>;
