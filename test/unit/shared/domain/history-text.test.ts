import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../shared/domain/history';
import { describeHistoryEntry, historyMinute, historyText, plainValue } from '../../../../shared/domain/history-text';

const names = (code: string) => ({ '11411326MB1000000A': '淅川县政务服务和大数据管理局' })[code];
const entry = (overrides: Partial<HistoryEntry>): HistoryEntry => ({
  seq: 1, at: '2026-12-07T22:51:30.000Z', actor: '张敏', entityType: 'project', entityId: 'p1', action: 'update', changes: [], ...overrides,
});
const text = (overrides: Partial<HistoryEntry>) => historyText(describeHistoryEntry(entry(overrides), names));

describe('history entries in words', () => {
  it('gives times to the minute in Beijing time, whatever zone they were stored in', () => {
    expect(historyMinute('2026-12-07T22:51:30.000Z')).toBe('2026-12-08 06:51');
    expect(historyMinute('2026-12-08T06:51:00.000+08:00')).toBe('2026-12-08 06:51');
  });

  it('names key rotation and revocation, trusted keys and receipts in words', () => {
    expect(text({ entityType: 'officeKey', changes: [{ field: 'status', before: 'active', after: 'revoked' }, { field: 'reason', after: '私钥丢失' }] }))
      .toBe('2026-12-08 06:51 张敏 更改本单位密钥\n状态：有效 → 已吊销\n原因：私钥丢失');
    // The owner's type (scope by 第二条/第三条) reads in words, like the register's other fields.
    expect(text({ entityType: 'project', changes: [{ field: 'ownerType', before: null, after: 'publicHospital' }] })).toContain('建设单位性质：（无） → 公立医院');
    // A revoked trusted key: the last sequence still accepted from it (the receiver's record, not the signer's clock).
    expect(text({ entityType: 'trustedKey', changes: [{ field: 'status', before: 'active', after: 'revoked' }, { field: 'validThroughSequence', before: null, after: 12 }] }))
      .toContain('认可至第几号数据包：12');
    expect(text({ entityType: 'trustedKey', action: 'create', changes: [{ field: 'officeCode', after: '11411326MB1000000A' }, { field: 'officeName', after: '淅川县政务服务和大数据管理局' }, { field: 'role', after: 'reviewOffice' }] }))
      .toContain('添加淅川县政务服务和大数据管理局的公钥到信任列表\n单位名称：淅川县政务服务和大数据管理局\n角色：审查部门（审批）');
    expect(text({ entityType: 'bundle', action: 'receive', changes: [{ field: 'acknowledgement', after: { acknowledges: { senderCode: 'X', sequence: 1, digest: 'ab', bundleId: 'b' }, status: 'refused', reason: '签名不符', from: '11411326MB1000000A', at: '2026-12-08T06:51:00.000+08:00' } }] }))
      .toBe('2026-12-08 06:51 张敏 收到淅川县政务服务和大数据管理局的回执：拒收\n理由：签名不符\n时间：2026-12-08 06:51');
  });

  it('reads a reasoned exception, and an office it does not know by a sentence, never JSON', () => {
    const added = text({ changes: [{ field: 'exceptions.xichuan-2025/art8', after: { ruleId: 'xichuan-2025/art8', reason: '属于上级临时安排', attachment: { fileName: '通知.pdf' } } }] });
    expect(added).toContain('说明例外（不适用）');
    expect(added).toContain('理由：属于上级临时安排');
    expect(added).toContain('附件：文件名：通知.pdf');
    expect(added).toContain('问题：淅川 第八条');
    // As the exceptions service writes them: field `exception`, a summary before and after.
    const summary = { ruleId: 'xichuan-2025/art31-x', article: 31, reason: '系统不涉及数据共享', document: '说明.pdf', status: 'active' };
    expect(text({ changes: [{ field: 'exception', before: null, after: summary }] })).toBe('2026-12-08 06:51 张敏 说明例外（不适用）\n问题：淅川 第三十一条\n理由：系统不涉及数据共享\n附件：说明.pdf');
    expect(text({ changes: [{ field: 'exception', before: summary, after: { ...summary, status: 'withdrawn' } }] })).toContain('撤回例外说明');
    expect(text({ action: 'receive', changes: [{ field: 'exception', before: summary, after: { ...summary, status: 'rejected', rejectionReason: '理由不充分' } }] })).toContain('例外说明被审查部门驳回\n问题：淅川 第三十一条\n理由：系统不涉及数据共享\n附件：说明.pdf\n驳回理由：理由不充分');
    expect(text({ action: 'file', changes: [{ field: 'filing', after: { version: 2, to: '99999999MA0000000Z' } }] })).toContain('向单位（代码 99999999MA0000000Z）报送第 2 版申报');
    const odd = text({ changes: [{ field: 'somethingNew', before: { a: [1, { b: true }] }, after: [[]] }] });
    expect(odd).not.toMatch(/[{}"]|\[object/);
  });

  it('spells values by their key: money, yes/no, codes, lists and nested records', () => {
    expect(plainValue(380_000_000, 'approvedAmountFen')).toBe('380.00 万元');
    expect(plainValue(true, 'classified')).toBe('是');
    expect(plainValue(false, 'passed')).toBe('未通过');
    expect(plainValue(['schedule', 'paymentTerms'], 'clauses')).toBe('工程周期、付款方式');
    expect(plainValue([{ regulation: 'heze-2021', article: 27 }], 'citations')).toBe('菏泽 第二十七条');
    expect(plainValue({ contractEndsOn: '2027-12-31', renewed: false }, 'thirdPartyCloud')).toBe('合同到期日：2027-12-31；已续约：否');
  });
});
