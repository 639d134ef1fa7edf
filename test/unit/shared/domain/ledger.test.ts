import { describe, expect, it } from 'vitest';
import { columnLetter, guessLedgerMapping, isYuanUnit, normaliseHeader } from '../../../../shared/domain/ledger';
import { choiceFromText } from '../../../../shared/domain/ledger-choices';
import { cellText, readWanYuan, readYear } from '../../../../shared/domain/ledger-values';
import { MAX_FEN } from '../../../../shared/domain/money';

const headers = (...words: string[]) => words.map((header, index) => ({ column: index + 1, header }));

describe('ledger headers', () => {
  it('folds full-width forms, spaces and required marks, and splits off the unit', () => {
    expect(normaliseHeader(' *总 投资\n（万元）')).toEqual({ words: '总投资', unit: '万元' });
    expect(normaliseHeader('项目名称')).toEqual({ words: '项目名称', unit: null });
    expect(isYuanUnit('元')).toBe(true);
    expect(isYuanUnit('万元')).toBe(false);
    expect(isYuanUnit(null)).toBe(false);
  });

  it('guesses each field once, exact words before words contained, and a 万元 column only for an amount', () => {
    expect(guessLedgerMapping(headers('序号', '项目名称', '项目建设单位', '项目总投资（万元）', '其中：上级资金（万元）', '资金来源', '年度', '备注'))).toEqual([
      { field: 'name', column: 2 },
      { field: 'unitName', column: 3 },
      { field: 'totalInvestmentFen', column: 4 },
      { field: 'funding.superior', column: 5 },
      { field: 'fundingChannel', column: 6 },
      { field: 'plannedYear', column: 7 },
      { field: 'description', column: 8 },
    ]);
    // Two columns that could both be the name: the exact one wins.
    expect(guessLedgerMapping(headers('系统名称', '项目名称'))).toEqual([{ field: 'name', column: 2 }]);
    // "计划年度投资（万元）" is money, not the year.
    expect(guessLedgerMapping(headers('计划年度投资（万元）'))).toEqual([]);
  });

  it('names columns as the sheet does', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('ledger cells', () => {
  it('reads 万元 to fen exactly: decimal text, thousands separators, full-width digits, float residue of a formula', () => {
    expect(readWanYuan('380.5', '总投资')).toEqual({ value: 380_500_000 });
    expect(readWanYuan('1,234.56', '总投资')).toEqual({ value: 1_234_560_000 });
    expect(readWanYuan('１２.３万元', '总投资')).toEqual({ value: 12_300_000 });
    expect(readWanYuan('3,860,000元', '总投资')).toEqual({ value: 386_000_000 });
    expect(readWanYuan('386万元', '总投资')).toEqual({ value: 386_000_000 });
    expect(readWanYuan(0.1 + 0.2, '总投资')).toEqual({ value: 300_000 });
    expect(readWanYuan(1.1 * 3, '总投资')).toEqual({ value: 3_300_000 }); // 3.3000000000000003
    expect(readWanYuan(9_999_999.99, '总投资')).toEqual({ value: MAX_FEN });
    expect(readWanYuan(null, '总投资')).toBe('blank');
    expect(readWanYuan('  ', '总投资')).toBe('blank');
  });

  it('refuses what is not an amount in 万元, in the schema’s words where it has them', () => {
    expect(readWanYuan(12.345, '总投资')).toEqual({ error: '总投资最多保留两位小数（万元，即精确到百元）' });
    expect(readWanYuan('三百万', '总投资')).toEqual({ error: '总投资必须是数字（单位：万元；也可写“386万元”“3,860,000元”）' });
    expect(readWanYuan('-5', '上级资金')).toEqual({ error: '上级资金不能为负数' });
    expect(readWanYuan('12345678', '总投资')).toEqual({ error: '总投资超出允许范围' });
    expect(readWanYuan(true, '总投资')).toEqual({ error: '总投资必须是数字' });
  });

  it('reads a year from a number, text or a date', () => {
    expect(readYear(2026)).toEqual({ value: 2026 });
    expect(readYear('2026年')).toEqual({ value: 2026 });
    expect(readYear('2026年度')).toEqual({ value: 2026 });
    expect(readYear('2026-03-01')).toEqual({ value: 2026 });
    expect(readYear('2026/3/1')).toEqual({ value: 2026 });
    expect(readYear('2026年3月')).toEqual({ value: 2026 });
    expect(readYear(new Date(Date.UTC(2025, 11, 31)))).toEqual({ value: 2025 });
    expect(readYear('明年')).toEqual({ error: '计划年度必须是数字' });
    expect(readYear('')).toBe('blank');
  });

  it('shows a date cell as its day and a number in its shortest form', () => {
    expect(cellText(new Date(Date.UTC(2026, 2, 1)))).toBe('2026-03-01');
    expect(cellText(13800000000)).toBe('13800000000');
    expect(cellText(false)).toBe('否');
  });
});

describe('ledger words for the vocabularies', () => {
  it('accepts the register’s labels, the codes and everyday words', () => {
    expect(choiceFromText('stage', '建设实施')).toBe('construction');
    expect(choiceFromText('stage', '在建')).toBe('construction');
    expect(choiceFromText('stage', 'operation')).toBe('operation');
    expect(choiceFromText('mlpsLevel', '第三级')).toBe(3);
    expect(choiceFromText('mlpsLevel', '三级')).toBe(3);
    expect(choiceFromText('mlpsLevel', '未定级')).toBe(0);
    expect(choiceFromText('projectClass', '购买服务类')).toBe('service');
    expect(choiceFromText('cloudDeployment', ' 政务云 ')).toBe('govCloud');
    expect(choiceFromText('fundingChannel', '财政资金')).toBe('localFiscal');
    expect(choiceFromText('stage', '进行中')).toBeUndefined();
  });

  it('knows the words county ledgers write for stage, kind, class and funding source', () => {
    expect(choiceFromText('stage', '已完成')).toBe('operation');
    expect(choiceFromText('stage', '运行中')).toBe('operation');
    expect(choiceFromText('stage', '拟建')).toBe('draft');
    expect(choiceFromText('stage', '已完工')).toBe('acceptance');
    expect(choiceFromText('stage', '招标中')).toBe('procurement');
    expect(choiceFromText('kind', '运维类')).toBe('om');
    expect(choiceFromText('kind', '新建类')).toBe('new');
    expect(choiceFromText('projectClass', '服务外包')).toBe('service');
    expect(choiceFromText('fundingChannel', '上级转移支付')).toBe('superior');
    expect(choiceFromText('fundingChannel', '中央资金')).toBe('superior');
    expect(choiceFromText('fundingChannel', '县级财政')).toBe('localFiscal');
    expect(choiceFromText('fundingChannel', '自筹')).toBe('selfRaised');
    // A word of one vocabulary is not taken for another.
    expect(choiceFromText('kind', '拟建')).toBeUndefined();
  });
});
