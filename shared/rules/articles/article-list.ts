/**
 * The articles a decision relies on, as a reviewer types them: "第七条、第十二条",
 * "7,12", "七、十二", "第7条 第12条", full-width digits, any of 、，,;； and
 * spaces (or 和/及) between them.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './numerals';

/** The highest article number any regulation here has (they stop well below it). */
const MAX_ARTICLE = 500;

export type ArticleListReading = { articles: number[] } | { error: string };

function readOne(part: string): number | null {
  const bare = /^第?(.+?)条?$/.exec(part)?.[1] ?? '';
  if (/^\d+$/.test(bare)) return Number(bare);
  return new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`).test(bare) ? parseChineseNumeral(bare) : null;
}

/** The article numbers in order written, each once; or the sentence saying which part is not one. */
export function parseArticleList(text: string): ArticleListReading {
  const parts = text
    .normalize('NFKC')
    .split(/[、,，;；\s和及]+/)
    .filter(Boolean);
  if (parts.length === 0) return { error: '请填写依据条款，如“第七条、第十二条”或“7,12”' };
  const articles: number[] = [];
  for (const part of parts) {
    const article = readOne(part);
    if (article === null || article < 1 || article > MAX_ARTICLE) return { error: `“${part}”不是条号：可写“第七条、第十二条”“7,12”或“七、十二”` };
    if (!articles.includes(article)) articles.push(article);
  }
  return { articles };
}
