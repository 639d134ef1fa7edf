import { describe, expect, it } from 'vitest';
import { fenToWanYuan, readAmountText, wanYuanToFen } from '../../../../shared/domain/money';

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

describe('amounts as a clerk writes them', () => {
  it.each([
    ['386', 386_000_000],
    ['386.5', 386_500_000],
    ['386万元', 386_000_000],
    ['386 万', 386_000_000],
    ['3,860,000元', 386_000_000],
    ['3860000元', 386_000_000],
    ['3,860,100.00元', 386_010_000],
    ['３８６．５', 386_500_000],
    ['３，８６０，０００元', 386_000_000],
    ['0.5亿元', 5_000_000_000],
    ['0.01', 10_000],
    ['100元', 10_000],
  ])('reads %j as %i 分', (text, fen) => {
    expect(readAmountText(text)).toEqual({ fen });
  });

  it('refuses a third decimal of 万元, and 元 finer than a hundred, saying why', () => {
    expect(readAmountText('12.345')).toEqual({ error: '最多保留两位小数（万元，即精确到百元）' });
    expect(readAmountText('3,860,050元')).toEqual({ error: '须精确到百元（0.01 万元），请按百元取整后填写' });
    expect(readAmountText('99.5元')).toEqual({ error: '须精确到百元（0.01 万元），请按百元取整后填写' });
  });

  it('refuses words, negatives and amounts beyond the register, and leaves blank to the caller', () => {
    expect(readAmountText('三百万')).toEqual({ error: '必须是数字（单位：万元；也可写“386万元”“3,860,000元”）' });
    expect(readAmountText('-5')).toEqual({ error: '不能为负数' });
    expect(readAmountText('10000000')).toEqual({ error: '超出允许范围' });
    expect(readAmountText('  ')).toBeNull();
  });
});
