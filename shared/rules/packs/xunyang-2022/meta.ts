/**
 * 浔阳区政务信息化建设项目管理办法 (2022-10-14; no document number printed).
 * Article numbers are the repaired ones (docs/regulations/README.md): the
 * paragraphs printed as `1.` are 第四条 (principles), 第七条 (annual declaration)
 * and 第十条 (project responsibility).
 */
import { citeIn } from '../../framework/finding';
import type { PackMeta } from '../../framework/meta';

export const art = citeIn('xunyang-2022');

/** `xunyang-2022/<name>`. */
export const ruleId = (name: string): string => `xunyang-2022/${name}`;

// 第二十七条 本办法自印发之日起试行。 (No end of the trial is set.)
// The text prints no issuing office: it was approved by 区政府第16次常务会 and sent to 各街道办事处、区政府各部门.
export const xunyangMeta: PackMeta = {
  id: 'xunyang-2022',
  title: '浔阳区政务信息化建设项目管理办法',
  issuer: '九江市浔阳区人民政府',
  documentNumber: null,
  dated: '2022-10-14',
  validFrom: '2022-10-14',
  validUntil: null,
  validityCitation: art(27),
  validityQuote: '本办法自印发之日起试行',
  version: '1.0.0',
};
