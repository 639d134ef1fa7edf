import { describe, expect, it } from 'vitest';
import type { PackMeta } from '../../../../../shared/rules/framework/meta';
import { packStatus, validityDraft } from '../../../../../shared/rules/framework/status';
import { xichuanMeta } from '../../../../../shared/rules/packs/xichuan-2025/meta';

// A stand-in with heze-2021's dates (第四十一条 “有效期至2022年12月27日”) until that pack exists.
const hezeLike: PackMeta = {
  ...xichuanMeta,
  id: 'heze-2021',
  title: '菏泽市市级政务信息化项目管理办法（试行）',
  validFrom: '2021-01-11',
  validUntil: '2022-12-27',
  validityCitation: { regulation: 'heze-2021', article: 41 },
  validityQuote: '有效期至2022年12月27日',
};

describe('pack status: in force, within 90 days of the end, out of force', () => {
  it.each([
    ['2025-08-28', 'notYetInForce'],
    ['2025-08-29', 'inForce'],
    ['2027-05-30', 'inForce'], // 91 days left
    ['2027-05-31', 'endingSoon'], // 90 days left: “within 90 days” includes 90
    ['2027-08-29', 'endingSoon'], // last day of the trial period, 0 days left
    ['2027-08-30', 'expired'],
  ])('xichuan-2025 (试行期两年, until 2027-08-29) on %s: %s', (day, kind) => {
    expect(packStatus(xichuanMeta, day).kind).toBe(kind);
  });

  it('counts the days left', () => {
    expect(packStatus(xichuanMeta, '2027-05-31')).toEqual({ kind: 'endingSoon', validUntil: '2027-08-29', daysLeft: 90 });
    expect(packStatus(xichuanMeta, '2027-08-29')).toEqual({ kind: 'endingSoon', validUntil: '2027-08-29', daysLeft: 0 });
  });

  it.each([
    ['2022-12-27', 'endingSoon'],
    ['2022-12-28', 'expired'],
  ])('heze-2021 (ended 2022-12-27) on %s: %s', (day, kind) => {
    expect(packStatus(hezeLike, day).kind).toBe(kind);
  });

  it('a regulation without an end is in force for good', () => {
    expect(packStatus({ ...xichuanMeta, validUntil: null }, '2099-01-01')).toEqual({ kind: 'inForce', validUntil: null, daysLeft: null });
  });

  it('says so in Chinese: ending soon is info, expired a warning', () => {
    expect(validityDraft(xichuanMeta, packStatus(xichuanMeta, '2026-01-01'))).toBeNull();
    expect(validityDraft(xichuanMeta, packStatus(xichuanMeta, '2027-08-01'))).toMatchObject({ severity: 'info', dueDate: '2027-08-29' });
    expect(validityDraft(hezeLike, packStatus(hezeLike, '2026-01-01'))?.message).toContain('已于 2022-12-27 届满失效');
  });
});
