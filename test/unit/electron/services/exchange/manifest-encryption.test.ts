import { describe, expect, it } from 'vitest';
import { bundleManifestSchema } from '../../../../../shared/exchange/manifest';

/** The manifest's encryption block and per-entry IVs: all or nothing, never deflated, never an IV twice. */
const base = {
  format: 'govit-desk-bundle', version: 1, bundleId: '31bdcf36-f576-4ab5-9ef8-497d9236a652',
  sender: { officeCode: '11411326MB0000000X', officeName: '淅川县教育局', keyId: 'a'.repeat(64) },
  recipient: { officeCode: '11411326MB1000000A', officeName: '淅川县政务服务和大数据管理局' },
  sequence: 1, previousDigest: '0'.repeat(64), createdAt: '2026-11-24T09:30:00.000+08:00', expiresAt: '2027-01-23T09:30:00.000+08:00',
  payloadType: 'filing', digestAlgorithm: 'SM3', signatureAlgorithm: 'SM2-with-SM3', signerId: '1234567812345678',
};
const encryption = { content: 'SM4-CTR', keyWrap: 'SM2', recipientKeyId: 'b'.repeat(64), wrappedKey: `30${'c'.repeat(240)}` };
const entry = (name: string, iv?: string, packed = false) => ({
  name, size: 10, sm3: 'd'.repeat(64), ...(packed ? { packed: { method: 'deflate', size: 8, sm3: 'e'.repeat(64) } } : {}), ...(iv ? { iv } : {}),
});
const issues = (manifest: object) => {
  const parsed = bundleManifestSchema.safeParse(manifest);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe('manifest: encryption', () => {
  it('accepts an encrypted manifest whose every entry has its own IV, and a manifest in clear without any', () => {
    expect(issues({ ...base, encryption, entries: [entry('payload.json', '1'.repeat(32)), entry('attachments/a0.pdf', '2'.repeat(32))] })).toEqual([]);
    expect(issues({ ...base, entries: [entry('payload.json'), entry('attachments/a0.pdf', undefined, true)] })).toEqual([]);
  });

  it('refuses an encrypted entry without an IV or deflated, an IV in a bundle in clear, and an IV used twice', () => {
    expect(issues({ ...base, encryption, entries: [entry('payload.json', '1'.repeat(32)), entry('attachments/a0.pdf')] })).toEqual(['加密的条目应有 iv，且不压缩']);
    expect(issues({ ...base, encryption, entries: [entry('payload.json', '1'.repeat(32), true)] })).toEqual(['加密的条目应有 iv，且不压缩']);
    expect(issues({ ...base, entries: [entry('payload.json', '1'.repeat(32))] })).toEqual(['未加密的数据包中条目不应有 iv']);
    expect(issues({ ...base, encryption, entries: [entry('payload.json', '1'.repeat(32)), entry('attachments/a0.pdf', '1'.repeat(32))] })).toEqual(['同一数据包中各条目的 iv 不能重复']);
  });

  it('refuses unknown algorithms and a wrapped key that is not DER', () => {
    expect(issues({ ...base, encryption: { ...encryption, content: 'SM4-GCM' }, entries: [entry('payload.json', '1'.repeat(32))] })).toHaveLength(1);
    expect(issues({ ...base, encryption: { ...encryption, wrappedKey: 'ab'.repeat(60) }, entries: [entry('payload.json', '1'.repeat(32))] })).toEqual(['wrappedKey 应为 DER 编码的 SM2 密文（十六进制）']);
  });
});
