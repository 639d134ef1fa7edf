import { describe, expect, it } from 'vitest';
import { fenToWanYuan, wanYuanToFen } from '../../../../shared/domain/money';

describe('万元 ↔ 分', () => {
  it.each([
    ['0', 0],
    ['0.01', 10_000],
    ['123.45', 123_450_000],
    ['1,000.5', 1_000_500_000],
    ['-2.30', -2_300_000],
  ])('parses %s 万元 as %i 分', (text, fen) => {
    expect(wanYuanToFen(text)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '1e5', '12345678'])('refuses %j', (text) => {
    expect(wanYuanToFen(text)).toBeNull();
  });

  it('formats with two decimals and round-trips without floats', () => {
    expect(fenToWanYuan(123_450_000)).toBe('123.45');
    expect(fenToWanYuan(-2_300_000)).toBe('-2.30');
    for (const text of ['0.10', '0.20', '0.30', '9999999.99']) {
      expect(fenToWanYuan(wanYuanToFen(text)!)).toBe(text);
    }
    expect(wanYuanToFen('0.10')! + wanYuanToFen('0.20')!).toBe(wanYuanToFen('0.30'));
  });
});
