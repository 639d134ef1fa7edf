/**
 * 淅川县政务信息化项目建设管理暂行办法（淅政办[2025]6号）.
 * Article numbers are the repaired ones (docs/regulations/README.md): the
 * lines reading only `第二十 ` are 第二十二条…第二十八条, the unnumbered
 * paragraph after them 第二十九条, the `第三十 ` lines 第三十一条…第三十八条,
 * and the last two paragraphs 第三十九条、第四十条.
 */
import { citeIn } from '../../framework/finding';
import type { PackMeta } from '../../framework/meta';

export const art = citeIn('xichuan-2025');

/** `xichuan-2025/<name>`. */
export const ruleId = (name: string): string => `xichuan-2025/${name}`;

// 第四十条 本办法自印发之日起施行,试行期两年。
export const xichuanMeta: PackMeta = {
  id: 'xichuan-2025',
  title: '淅川县政务信息化项目建设管理暂行办法',
  issuer: '淅川县人民政府办公室',
  documentNumber: '淅政办[2025]6号',
  dated: '2025-08-29',
  validFrom: '2025-08-29',
  // Two years counted from the day after 2025-08-29 end on the corresponding day (民法典 第二百零一、二百零二条).
  validUntil: '2027-08-29',
  validityCitation: art(40),
  validityQuote: '本办法自印发之日起施行,试行期两年',
  version: '1.0.0',
};
