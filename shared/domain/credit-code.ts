/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the 31 the standard
 * allows (digits and capitals without I, O, S, V, Z); the 18th is a check
 * character over the first 17 (weights 3^(i) mod 31, check = 31 − Σ mod 31).
 * A mistyped code then fails here, not later as an unknown recipient.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters of a code (which must use the standard's charset). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += CHARSET.indexOf(first17[index]!) * WEIGHTS[index]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** Why a text is not a valid 统一社会信用代码, or null when it is. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `统一社会信用代码应为 18 位（现为 ${code.length} 位）`;
  if (!SHAPE.test(code)) return '统一社会信用代码含有不允许的字符（只用数字和大写字母，不含 I、O、S、V、Z；第 3–8 位为行政区划代码）';
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return `统一社会信用代码校验位不符：按前 17 位，第 18 位应为 ${expected}，请核对是否录错`;
  return null;
}
