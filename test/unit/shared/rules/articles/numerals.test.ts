import { describe, expect, it } from 'vitest';
import { articleLabel, parseChineseNumeral, toChineseNumeral } from '../../../../../shared/rules/articles/numerals';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [21, '二十一'],
    [22, '二十二'],
    [38, '三十八'],
    [41, '四十一'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1005, '一千零五'],
    [1010, '一千零一十'],
  ])('writes %i as %s and reads it back', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it('round-trips 1..300', () => {
    for (let n = 1; n <= 300; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('accepts the variants 一十, 〇 and 两', () => {
    expect(parseChineseNumeral('一十二')).toBe(12);
    expect(parseChineseNumeral('一百〇五')).toBe(105);
    expect(parseChineseNumeral('两百')).toBe(200);
  });

  it.each(['', '零', '二二', '十十', '三十条', 'abc', '百百'])('refuses %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it('labels articles', () => {
    expect(articleLabel(22)).toBe('第二十二条');
    expect(articleLabel(10)).toBe('第十条');
  });

  it.each([0, -1, 1.5, 10_000])('cannot write %d', (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });
});
