import { z } from 'zod';
import { REGULATION_IDS } from './regulations';

/**
 * 不适用 / 例外: the unit's reasoned statement that a finding does not apply
 * to its project. `active` shows the finding as 已说明; `rejected` (by the
 * review office's decision) and `withdrawn` reopen it, and are kept.
 */
export const EXCEPTION_STATUSES = ['active', 'withdrawn', 'rejected'] as const;
export type ExceptionStatus = (typeof EXCEPTION_STATUSES)[number];

export const exceptionReasonSchema = z
  .string({ error: '请写明不适用或例外的理由' })
  .trim()
  .min(4, '请写明不适用或例外的理由（至少 4 个字）')
  .max(2_000, '理由不能超过 2000 个字');

export const exceptionInputSchema = z.object({
  ruleId: z.string().trim().min(1, '请选择检查结果').max(200),
  reason: exceptionReasonSchema,
  /** An attachment of the project that supports the reason. */
  documentId: z.string().trim().min(1).max(64).optional(),
});
export type ExceptionInput = z.infer<typeof exceptionInputSchema>;

export const findingExceptionSchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  regulation: z.enum(REGULATION_IDS),
  article: z.number().int(),
  reason: z.string(),
  documentId: z.string().nullable(),
  documentName: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  status: z.enum(EXCEPTION_STATUSES),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  rejectionReason: z.string().nullable(),
});
export type FindingException = z.infer<typeof findingExceptionSchema>;
