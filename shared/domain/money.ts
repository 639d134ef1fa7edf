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

/** An amount as a clerk writes it, read: the fen, or the sentence that says why it cannot be read. */
export type AmountReading = { fen: number } | { error: string };

/** Said after the field's name ("总投资必须是数字…"). */
export const AMOUNT_NOT_A_NUMBER = '必须是数字（单位：万元；也可写“386万元”“3,860,000元”）';

const UNIT_WAN_PER: Record<string, bigint> = { 亿元: 10_000n, 亿: 10_000n, 万元: 1n, 万: 1n };

/**
 * Reads "386万元", "3,860,000元", "386.5" (a bare number is 万元), "１２３．４" (full-width),
 * "0.5亿元". Amounts are kept to 0.01 万元 (100 元): a finer amount is refused with that
 * reason rather than rounded. Exact decimal arithmetic in BigInt, never floats.
 * Returns null for a blank text (the caller decides whether blank is 0 or missing).
 */
export function readAmountText(text: string): AmountReading | null {
  const folded = text.normalize('NFKC').replace(/[\s,，]/g, '').replace(/。/g, '.');
  if (folded === '') return null;
  const match = /^(-?)(\d+)(?:\.(\d+))?(亿元|亿|万元|万|元)?$/.exec(folded);
  if (!match) return { error: AMOUNT_NOT_A_NUMBER };
  const [, sign, whole, fraction = '', unit = '万元'] = match;
  if (sign === '-') return { error: '不能为负数' };
  // Everything in 元 × 10^k first: digits × 10^(scale of the unit − decimals).
  const yuanScale = unit === '元' ? 0 : 4 + (UNIT_WAN_PER[unit] === 10_000n ? 4 : 0);
  const digits = BigInt(whole + fraction);
  const exponent = yuanScale - fraction.length;
  // Fen = 元 × 100; an amount finer than 100 元 (0.01 万元) is refused.
  const hundredYuan = exponent >= 2 ? digits * 10n ** BigInt(exponent - 2) : null;
  const exact = hundredYuan ?? (digits % 10n ** BigInt(2 - exponent) === 0n ? digits / 10n ** BigInt(2 - exponent) : null);
  if (exact === null) {
    return unit === '元'
      ? { error: '须精确到百元（0.01 万元），请按百元取整后填写' }
      : { error: '最多保留两位小数（万元，即精确到百元）' };
  }
  const fen = exact * 10_000n;
  if (fen > BigInt(MAX_FEN)) return { error: '超出允许范围' };
  return { fen: Number(fen) };
}
