/**
 * 郴州市本级财政投资类信息化项目管理暂行办法（郴政办发〔2022〕31号）.
 * Twenty-two numbered articles; no repair is needed (docs/regulations/README.md).
 */
import { citeIn } from '../../framework/finding';
import type { PackMeta } from '../../framework/meta';

export const art = citeIn('chenzhou-2022');

/** `chenzhou-2022/<name>`. */
export const ruleId = (name: string): string => `chenzhou-2022/${name}`;

// 第二十二条 本办法自印发之日起施行。
// The 办法 itself sets no end; the notice's header gives “信息时效期：2027-09-28”, which the app
// treats as the last day in force (docs/regulations/README.md).
export const chenzhouMeta: PackMeta = {
  id: 'chenzhou-2022',
  title: '郴州市本级财政投资类信息化项目管理暂行办法',
  issuer: '郴州市人民政府办公室',
  documentNumber: '郴政办发〔2022〕31号',
  dated: '2022-09-28',
  validFrom: '2022-09-28',
  validUntil: '2027-09-28',
  validityCitation: art(22),
  validityQuote: '本办法自印发之日起施行',
  version: '1.0.0',
};
