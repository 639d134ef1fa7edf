/**
 * Which articles each regulation has: answered from the shipped article texts
 * (shared/rules/articles), so a citation of a missing article is caught.
 */
import type { RegulationId } from '../domain/regulations';
import { REGULATION_IDS } from '../domain/regulations';
import { articleNumbers } from './articles';

export const ARTICLE_COUNTS: Readonly<Record<RegulationId, number>> = Object.fromEntries(
  REGULATION_IDS.map((regulation) => [regulation, articleNumbers(regulation).length]),
) as Record<RegulationId, number>;

export function articleExists(regulation: RegulationId, article: number): boolean {
  return Number.isInteger(article) && article >= 1 && article <= ARTICLE_COUNTS[regulation];
}
