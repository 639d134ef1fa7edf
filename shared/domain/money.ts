/**
 * Money is stored as integer fen (分). On screen and in forms it is 万元 with
 * two decimals, as the regulations and the offices write it. 1 万元 = 1,000,000 分,
 * so 0.01 万元 = 10,000 分: on-screen amounts are always whole multiples of 100 元.
 *
 * Conversions go through strings, never floats, so 0.1 + 0.2 never happens here.
 */
export const FEN_PER_WAN_YUAN = 1_000_000;

/** The largest amount we accept: 9,999,999.99 万元 (≈ 1 千亿元), safe in a JS integer. */
export const MAX_FEN = 9_999_999_99 * 10_000;

const WAN_YUAN_PATTERN = /^(-?)(\d{1,7})(?:\.(\d{1,2}))?$/;

/** Parses "123.45" (万元) into fen. Returns null for anything that is not such a number. */
export function wanYuanToFen(text: string): number | null {
  const match = WAN_YUAN_PATTERN.exec(text.trim().replace(/,/g, ''));
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const hundredths = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  const fen = hundredths * 10_000;
  return sign === '-' ? -fen : fen;
}

/** Formats fen as 万元 with exactly two decimals ("1234.50"). Sub-hundredth fen are truncated toward zero. */
export function fenToWanYuan(fen: number): string {
  const negative = fen < 0;
  const hundredths = Math.trunc(Math.abs(fen) / 10_000);
  const whole = Math.trunc(hundredths / 100);
  const fraction = String(hundredths % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** Sums fen amounts; integers only, so the sum is exact. */
export function sumFen(amounts: readonly number[]): number {
  return amounts.reduce((total, amount) => total + amount, 0);
}
