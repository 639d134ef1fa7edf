import type { MethodInput } from '../../../../shared/contract';
import type { Decision, OpinionConclusion, OpinionKind } from '../../../../shared/domain/filing';
import type { ReviewKind } from '../../../../shared/domain/lifecycle-events';
import { readAmountText } from '../../../../shared/domain/money';
import type { RegulationId } from '../../../../shared/domain/regulations';
import { parseArticleList } from '../../../../shared/rules/articles/article-list';

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

/** "第七条、第十二条", "7,12", "七、十二" → [7, 12]; null when something is not an article number. */
export function parseArticles(text: string): number[] | null {
  const reading = parseArticleList(text);
  return 'articles' in reading ? reading.articles : null;
}

/**
 * The decision as the contract takes it, or the first field that is not right with
 * the reason. 批复金额 belongs to 批准 only: for any other decision it is not sent.
 */
export function decisionInput(
  filingId: string,
  form: DecisionForm,
  regulation: RegulationId,
): { input: MethodInput<'review.decide'> } | { field: 'approvedAmountWan' | 'articles'; message: string } {
  const articles = parseArticleList(form.articles);
  if ('error' in articles) return { field: 'articles', message: articles.error };
  let approvedAmountFen: number | undefined;
  if (form.decision === 'approve') {
    const amount = readAmountText(form.approvedAmountWan);
    if (amount !== null && 'error' in amount) return { field: 'approvedAmountWan', message: `批复金额${amount.error}` };
    approvedAmountFen = amount?.fen;
  }
  return {
    input: {
      filingId, decision: form.decision, review: form.review, date: form.date, opinion: form.opinion,
      citations: articles.articles.map((article) => ({ regulation, article })),
      documentNo: form.documentNo.trim() || undefined, approvedAmountFen,
    },
  };
}
