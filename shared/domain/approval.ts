/**
 * The review office's approval beside what the unit declared: 批复金额 and
 * 文号 against the register's 总投资. An approved amount that differs from
 * the declared total stands out until the unit records a change (建设内容调整,
 * dated on or after the approval) or files the project again.
 *
 * Where the office's regulation makes the approval binding, the difference is
 * a finding citing that article. Where it does not say so, the difference is
 * only the app's notice (shown on the project, never stored as a finding):
 * a finding must rest on an article, and chenzhou-2022 and laohekou-2024 have
 * none that binds the unit to the approved amount.
 */
import { z } from 'zod';
import type { Day } from './day';
import { fenToWanYuan } from './money';
import type { Citation, RegulationId } from './regulations';

/** The article that binds the unit to what was approved, with its words. */
export const APPROVAL_BINDING: Partial<Record<RegulationId, { citation: Citation; quote: string }>> = {
  'xichuan-2025': { citation: { regulation: 'xichuan-2025', article: 11 }, quote: '项目建设单位应严格按照县发改委批复的建设方案和县行政审批和政务信息管理局出具的技术审查意见和项目实施意见实施' },
  'heze-2021': { citation: { regulation: 'heze-2021', article: 19 }, quote: '项目建设单位应严格按照项目审批部门批复的建设方案和投资预算实施项目建设' },
  'xunyang-2022': { citation: { regulation: 'xunyang-2022', article: 15 }, quote: '项目建设过程中应当严格遵守批准文件中核定的建设内容、规模、标准、投资额和其他控制指标' },
};

/** The rule id of the finding, where the regulation binds. */
export const APPROVED_AMOUNT_RULE = 'approved-amount-differs';

/** 审批状态 of a project in the register (the list's filter). */
export const APPROVAL_STATES = ['notFiled', 'pending', 'approved', 'amountDiffers', 'returned'] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];
export const APPROVAL_STATE_LABELS: Record<ApprovalState, string> = {
  notFiled: '未报送',
  pending: '已报送，待审查',
  approved: '已批准',
  amountDiffers: '批复金额与申报不一致',
  returned: '退回、暂缓或不予批准',
};

export const approvalSummarySchema = z.object({
  filingVersion: z.number().int(),
  decidedOn: z.string(),
  documentNo: z.string().nullable(),
  approvedAmountFen: z.number().int().nullable(),
  declaredFen: z.number().int(),
  /** The approved amount differs from the declared total, and no change or new filing has answered it. */
  differs: z.boolean(),
  /** What answered a difference: a recorded change, or a later filing. */
  settledBy: z.enum(['change', 'refiled']).nullable(),
  /** The article that makes the approval binding; null: an app notice only. */
  citation: z.object({ regulation: z.string(), article: z.number().int() }).nullable(),
  message: z.string().nullable(),
});
export type ApprovalSummary = z.infer<typeof approvalSummarySchema>;

export interface ApprovalFacts {
  regulation: RegulationId;
  declaredFen: number;
  /** The latest approval decision on the project, if any. */
  approval: { filingVersion: number; decidedOn: Day; documentNo: string | null; approvedAmountFen: number | null } | null;
  /** The latest 提出建设内容调整 (changeRequested) day, if any. */
  lastChangeOn: Day | null;
  /** The newest filing version of the project. */
  latestFilingVersion: number | null;
}

/** The approval beside the declared total; null when nothing was approved. */
export function approvalSummary(facts: ApprovalFacts): ApprovalSummary | null {
  const { approval } = facts;
  if (!approval) return null;
  const amount = approval.approvedAmountFen;
  const apart = amount !== null && amount !== facts.declaredFen;
  const settledBy = !apart
    ? null
    : facts.latestFilingVersion !== null && facts.latestFilingVersion > approval.filingVersion
      ? 'refiled'
      : facts.lastChangeOn !== null && facts.lastChangeOn >= approval.decidedOn
        ? 'change'
        : null;
  const differs = apart && settledBy === null;
  const binding = APPROVAL_BINDING[facts.regulation];
  const document = approval.documentNo ? `（${approval.documentNo}）` : '';
  return {
    filingVersion: approval.filingVersion,
    decidedOn: approval.decidedOn,
    documentNo: approval.documentNo,
    approvedAmountFen: amount,
    declaredFen: facts.declaredFen,
    differs,
    settledBy,
    citation: binding?.citation ?? null,
    message: differs
      ? `审查部门批复${document}金额 ${fenToWanYuan(amount!)} 万元，与登记的总投资 ${fenToWanYuan(facts.declaredFen)} 万元不一致${binding ? `；依“${binding.quote}”，应按批复实施` : '（本办法未规定批复金额对建设单位的约束，此为本软件的提示）'}。`
      : null,
  };
}

/** What to do about a difference: the same words in the finding and on the project page. */
export const APPROVED_AMOUNT_ACTION = '请按批复调整项目（记录“提出建设内容调整”及其手续），或经审查部门重新开放后修改总投资并重新报送。';
