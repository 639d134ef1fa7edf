/**
 * The statute's words for comparing with a number, as 《民法典》第一千二百五十九条
 * reads them: “以上、以下、以内、届满” include the number itself; “不满、超过、以外”
 * do not. Rules compare through these helpers, named after the article's own
 * word, so the reader sees which convention a comparison follows.
 *
 * “未达到” reads as 不满 (below, the number excluded); “不超过”、“未超出” as 以下
 * (the number included); “不少于”、“不低于” as 以上.
 */

/** “N 以上”、“不少于 N”、“不低于 N”: value ≥ n. */
export function isAtOrAbove(value: number, n: number): boolean {
  return value >= n;
}

/** “N 以下”、“N 以内”、“不超过 N”、“未超出 N”: value ≤ n. */
export function isAtOrBelow(value: number, n: number): boolean {
  return value <= n;
}

/** “超过 N”: value > n. */
export function exceeds(value: number, n: number): boolean {
  return value > n;
}

/** “不满 N”、“未达到 N”: value < n. */
export function isUnder(value: number, n: number): boolean {
  return value < n;
}
