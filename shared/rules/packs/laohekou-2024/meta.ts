/**
 * 老河口市本级信息化和智慧城市项目管理办法（河政规〔2024〕1号）.
 * The scraped text kept every article number (第一条…第三十条); none is repaired.
 */
import { citeIn } from '../../framework/finding';
import type { PackMeta } from '../../framework/meta';

export const art = citeIn('laohekou-2024');

/** `laohekou-2024/<name>`. */
export const ruleId = (name: string): string => `laohekou-2024/${name}`;

// 第三十条 本办法自印发之日起施行,有效期5年。
export const laohekouMeta: PackMeta = {
  id: 'laohekou-2024',
  title: '老河口市本级信息化和智慧城市项目管理办法',
  issuer: '老河口市人民政府',
  documentNumber: '河政规〔2024〕1号',
  // 印发 2024-01-15 (市政府常务会议 2024-01-08 研究通过).
  dated: '2024-01-15',
  validFrom: '2024-01-15',
  // Five years counted from the day after 2024-01-15 end on the corresponding day (民法典 第二百零一、二百零二条),
  // as xichuan-2025's 试行期两年 does.
  validUntil: '2029-01-15',
  validityCitation: art(30),
  validityQuote: '本办法自印发之日起施行,有效期5年',
  version: '1.0.0',
};
