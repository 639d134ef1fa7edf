/**
 * Chinese numerals as the regulations write article and chapter numbers:
 * 一 … 十, 十一, 二十, 二十一, 一百, 一百零五, 一百一十. Pure code, shared by the
 * extractor (scripts/extract-articles.ts) and the app (labels such as 第二十二条).
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNIT_VALUES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral (below 10 000) is written with, for use in a RegExp character class. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

function digit(n: number): string {
  const d = DIGITS[n];
  if (d === undefined) throw new RangeError(`not a digit: ${n}`);
  return d;
}

/** 22 → '二十二', 10 → '十', 105 → '一百零五', 110 → '一百一十'. For 1 ≤ n ≤ 9999. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`cannot write ${n} as a Chinese numeral`);
  if (n < 10) return digit(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : digit(n % 10)}`;
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = n;
  let out = '';
  let pendingZero = false;
  for (const [value, unit] of units) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += digit(d) + unit;
  }
  if (rest > 0) out += (pendingZero ? '零' : '') + digit(rest);
  return out;
}

/**
 * '二十二' → 22, '十' → 10, '一百零五' → 105. Returns null for anything that is
 * not a well-formed numeral below 10 000 (the check is that it reads back the same).
 */
export function parseChineseNumeral(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let pending: number | null = null;
  for (const ch of text) {
    const d = DIGIT_VALUES[ch];
    if (d !== undefined) {
      pending = d;
      continue;
    }
    const unit = UNIT_VALUES[ch];
    if (unit === undefined) return null;
    total += (pending ?? 1) * unit;
    pending = null;
  }
  total += pending ?? 0;
  if (total < 1 || total > 9999) return null;
  // Accept the canonical spelling, and the variants 〇/两 and a leading 一十.
  const canonical = toChineseNumeral(total);
  const spelled = text.replace(/〇/g, '零').replace(/两/g, '二');
  return spelled === canonical || spelled === `一${canonical}` ? total : null;
}

/** 22 → '第二十二条'. */
export function articleLabel(number: number): string {
  return `第${toChineseNumeral(number)}条`;
}
