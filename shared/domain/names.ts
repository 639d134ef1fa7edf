/**
 * A project name as the register keeps and searches it. Names are pasted from
 * documents, WPS and web pages, with stray spaces, full-width letters and
 * digits (Ａ, ２０２６) and both kinds of brackets; the same project written
 * two ways must be one name, or search and the duplicate check miss it.
 *
 * Hand-written rather than NFKC: NFKC would also turn the Chinese punctuation
 * a name legitimately holds (，、：) into ASCII.
 */
const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;
const FULL_TO_HALF_OFFSET = 0xfee0;

/** Trimmed, inner spaces removed, full-width letters and digits half-width, brackets as （）. */
export function normaliseName(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, '')
    .replace(FULL_WIDTH_ALNUM, (char) => String.fromCharCode(char.charCodeAt(0) - FULL_TO_HALF_OFFSET))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}
