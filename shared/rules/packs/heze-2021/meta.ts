/**
 * 菏泽市市级政务信息化项目管理办法（试行）（菏政办字〔2021〕1号）.
 *
 * Dates: the notice says the 办法 passed the 市政府常务会议 on “2021年12月28日”
 * and is signed “2020年12月28日” — the same meeting, one of them mistyped; it
 * was printed (印发) on 2021-01-11. 第四十一条 puts it in force from the day it
 * was printed until 2022-12-27. The print date is the only one the text gives
 * for 印发, so the pack is in force from 2021-01-11 to 2022-12-27 inclusive,
 * and has been out of force since 2022-12-28: the framework then reports that
 * and runs no rule.
 */
import { citeIn } from '../../framework/finding';
import type { PackMeta } from '../../framework/meta';

export const art = citeIn('heze-2021');

/** `heze-2021/<name>`. */
export const ruleId = (name: string): string => `heze-2021/${name}`;

// 第四十一条 本办法自印发之日起施行，有效期至2022年12月27日。
export const hezeMeta: PackMeta = {
  id: 'heze-2021',
  title: '菏泽市市级政务信息化项目管理办法（试行）',
  issuer: '菏泽市人民政府办公室',
  documentNumber: '菏政办字〔2021〕1号',
  dated: '2021-01-11',
  validFrom: '2021-01-11',
  validUntil: '2022-12-27',
  validityCitation: art(41),
  validityQuote: '本办法自印发之日起施行，有效期至2022年12月27日',
  version: '1.0.0',
};
