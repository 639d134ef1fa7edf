/**
 * The regulation texts for the quote meta-tests: the articles the app ships
 * (shared/rules/articles, generated from the source texts with the README's
 * repaired numbering).
 */
import type { RegulationId } from '../../../../../shared/domain/regulations';
import { articleText } from '../../../../../shared/rules/articles';

/** All whitespace (incl. full-width and no-break spaces) removed: the scraped texts break words with spaces. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}

/** Whether `quote` is in the article's words (whitespace ignored). */
export function quoteInArticle(regulation: RegulationId, article: number, quote: string): boolean {
  const text = articleText(regulation, article);
  return text !== undefined && squash(text).includes(squash(quote));
}
