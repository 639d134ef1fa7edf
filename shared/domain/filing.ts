import { z } from 'zod';

/**
 * Filings and the review office's decisions on them. A filing is a versioned
 * snapshot of a project sent for review; a decision names the version it
 * reviewed. An approved filing locks the project at the unit (as DHIS2 locks
 * approved data); only a 重新开放 decision from the review office unlocks it.
 */
export const DECISIONS = ['approve', 'reject', 'rectify', 'suspend', 'reopen'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_LABELS: Record<Decision, string> = {
  approve: '批准',
  reject: '不予批准',
  rectify: '退回整改',
  suspend: '暂缓',
  reopen: '重新开放',
};

export const FILING_STATUSES = ['filed', 'approved', 'rejected', 'rectify', 'suspended', 'reopened'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];
export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  filed: '已报送，待审查',
  approved: '已批准（锁定）',
  rejected: '不予批准',
  rectify: '退回整改',
  suspended: '暂缓',
  reopened: '已重新开放',
};

/** The filing's status once a decision is taken on it. */
export const STATUS_AFTER: Record<Decision, FilingStatus> = {
  approve: 'approved',
  reject: 'rejected',
  rectify: 'rectify',
  suspend: 'suspended',
  reopen: 'reopened',
};

/** Which decisions may follow a filing's status: only an approved filing can be reopened, and it cannot be decided again. */
export function decisionAllowed(status: FilingStatus, decision: Decision): boolean {
  if (decision === 'reopen') return status === 'approved';
  return status !== 'approved';
}

export const OPINION_KINDS = ['technical', 'finance'] as const;
export type OpinionKind = (typeof OPINION_KINDS)[number];
export const OPINION_KIND_LABELS: Record<OpinionKind, string> = {
  technical: '技术审查意见',
  finance: '财政审查意见',
};

export const OPINION_CONCLUSIONS = ['pass', 'conditional', 'fail'] as const;
export type OpinionConclusion = (typeof OPINION_CONCLUSIONS)[number];
export const OPINION_CONCLUSION_LABELS: Record<OpinionConclusion, string> = {
  pass: '通过',
  conditional: '修改后通过',
  fail: '不通过',
};

const expertName = z.string().trim().min(1, '专家姓名不能为空').max(30, '专家姓名不能超过 30 个字');

/** A technical or finance review opinion with the experts who gave it. */
export const reviewOpinionSchema = z.strictObject({
  kind: z.enum(OPINION_KINDS, { error: '请选择审查类别' }),
  conclusion: z.enum(OPINION_CONCLUSIONS, { error: '请选择审查结论' }),
  opinion: z.string({ error: '请填写审查意见' }).trim().min(2, '请填写审查意见').max(5_000, '审查意见不能超过 5000 字'),
  experts: z.array(expertName).min(1, '请填写至少一位审查专家').max(30, '审查专家不能超过 30 位'),
});
export type ReviewOpinion = z.output<typeof reviewOpinionSchema>;
