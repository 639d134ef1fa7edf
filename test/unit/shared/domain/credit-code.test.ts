import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem } from '../../../../shared/domain/credit-code';
import { officeSetupSchema } from '../../../../shared/domain/office';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it.each([
    '91350100M000100Y43',
    '91110000802100433B',
    '11411326MB0000000H',
  ])('accepts %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it('computes the check character, including 0 when the sum is a multiple of 31', () => {
    expect(creditCodeCheckChar('11411326MB0000000')).toBe('H');
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('11411326MB000000F')).toBe('0');
  });

  it('refuses a wrong check character, naming the right one', () => {
    expect(creditCodeProblem('11411326MB0000000X')).toBe('统一社会信用代码校验位不符：按前 17 位，第 18 位应为 H，请核对是否录错');
  });

  it('refuses a wrong length or a letter the standard leaves out', () => {
    expect(creditCodeProblem('TEST000001')).toBe('统一社会信用代码应为 18 位（现为 10 位）');
    expect(creditCodeProblem('11411326MO0000000H')).toMatch(/不允许的字符/);
    expect(creditCodeProblem('114113A6MB0000000H')).toMatch(/行政区划代码/);
  });

  it('is checked at setup, after the code is upper-cased and trimmed', () => {
    const office = { name: '淅川县教育局', role: 'unit', jurisdiction: 'xichuan-2025', operator: '李强' } as const;
    expect(officeSetupSchema.safeParse({ ...office, code: ' 11411326mb0000000h ' }).success).toBe(true);
    const refused = officeSetupSchema.safeParse({ ...office, code: '11411326MB0000000X' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({ path: ['code'], message: expect.stringContaining('第 18 位应为 H') });
  });
});
