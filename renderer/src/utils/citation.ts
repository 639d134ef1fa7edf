import { REGULATION_IDS, type Citation, type RegulationId } from '../../../shared/domain/regulations';
import { articleLabel } from '../../../shared/rules/articles/numerals';
import { i18n } from '../i18n';

/** A citation in words: 淅川 第十八条 (Xichuan Art. 18). */
export function citationLabel(citation: Citation): string {
  return i18n.global.t('compliance.citation', {
    regulation: i18n.global.t(`compliance.regulationShort.${citation.regulation}`),
    article: articleLabel(citation.article),
    number: citation.article,
  });
}

/** Main writes citations inside its sentences as `xichuan-2025 第7条`. */
const WRITTEN_CITATION = new RegExp(`(${REGULATION_IDS.join('|')}) 第(\\d+)条`, 'g');

export type CitedSegment = { text: string } | { citation: Citation };

/** A sentence from main, cut into plain text and the citations it contains. */
export function splitCitations(text: string): CitedSegment[] {
  const segments: CitedSegment[] = [];
  let from = 0;
  for (const match of text.matchAll(WRITTEN_CITATION)) {
    const at = match.index ?? 0;
    if (at > from) segments.push({ text: text.slice(from, at) });
    segments.push({ citation: { regulation: match[1] as RegulationId, article: Number(match[2]) } });
    from = at + match[0].length;
  }
  if (from < text.length) segments.push({ text: text.slice(from) });
  return segments;
}

/** The same sentence with its citations in words, for places that hold only text (messages, field errors). */
export function readableCitations(text: string): string {
  return text.replace(WRITTEN_CITATION, (_whole, regulation: string, article: string) =>
    citationLabel({ regulation: regulation as RegulationId, article: Number(article) }),
  );
}
