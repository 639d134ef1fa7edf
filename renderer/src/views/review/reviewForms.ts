import type { MethodInput } from '../../../../shared/contract';
import type { Decision, OpinionConclusion, OpinionKind } from '../../../../shared/domain/filing';
import type { ReviewKind } from '../../../../shared/domain/lifecycle-events';
import { wanYuanToFen } from '../../../../shared/domain/money';
import type { RegulationId } from '../../../../shared/domain/regulations';

export interface OpinionForm {
  kind: OpinionKind;
  conclusion: OpinionConclusion;
  experts: string;
  opinion: string;
}

export interface DecisionForm {
  decision: Decision;
  review: ReviewKind;
  date: string;
  documentNo: string;
  approvedAmountWan: string;
  opinion: string;
  articles: string;
}

export const blankOpinion = (): OpinionForm => ({ kind: 'technical', conclusion: 'pass', experts: '', opinion: '' });

export const blankDecision = (today: string): DecisionForm => ({
  decision: 'approve', review: 'technical', date: today, documentNo: '', approvedAmountWan: '', opinion: '', articles: '',
});

/** 李明、张华, 赵强 → ['李明', '张华', '赵强']. */
export function splitNames(text: string): string[] {
  return text.split(/[、,，;；\s]+/).map((name) => name.trim()).filter(Boolean);
}

/** '12, 17' → [12, 17]; null when something is not an article number. */
export function parseArticles(text: string): number[] | null {
  const parts = text.split(/[、,，\s]+/).filter(Boolean);
  if (parts.length === 0) return null;
  const numbers = parts.map(Number);
  return numbers.every((value) => Number.isInteger(value) && value >= 1 && value <= 500) ? [...new Set(numbers)] : null;
}

/** The decision as the contract takes it, or the first field that is not right. */
export function decisionInput(
  filingId: string,
  form: DecisionForm,
  regulation: RegulationId,
): { input: MethodInput<'review.decide'> } | { field: 'approvedAmountWan' | 'articles' } {
  const articles = parseArticles(form.articles);
  if (!articles) return { field: 'articles' };
  let approvedAmountFen: number | undefined;
  if (form.approvedAmountWan.trim()) {
    const fen = wanYuanToFen(form.approvedAmountWan.trim());
    if (fen === null) return { field: 'approvedAmountWan' };
    approvedAmountFen = fen;
  }
  return {
    input: {
      filingId, decision: form.decision, review: form.review, date: form.date, opinion: form.opinion,
      citations: articles.map((article) => ({ regulation, article })),
      documentNo: form.documentNo.trim() || undefined, approvedAmountFen,
    },
  };
}
