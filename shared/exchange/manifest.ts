import { z } from 'zod';
import { ATTACHMENT_NAME, PAYLOAD_ENTRY, PAYLOAD_ENTRY_NAME } from './entry-names';

/**
 * manifest.json: what a bundle holds and who sends it to whom. Its exact bytes
 * are signed (manifest.sig, SM2 over SM3 with the default user id), so the
 * manifest is verified as bytes, then parsed. See docs/bundle-format.md.
 */
export const BUNDLE_FORMAT = 'govit-desk-bundle';
export const BUNDLE_FORMAT_VERSION = 1;
/** The SM2 user id (distinguishing id) every signature uses: GB/T 32918's default. */
export const SM2_USER_ID = '1234567812345678';
/** previousDigest of the first bundle on a link. */
export const GENESIS_DIGEST = '0'.repeat(64);

export const PAYLOAD_TYPES = ['filing', 'reviewDecision', 'policyUpdate', 'acknowledgement'] as const;
export type PayloadType = (typeof PAYLOAD_TYPES)[number];
export const PAYLOAD_TYPE_LABELS: Record<PayloadType, string> = {
  filing: '项目报送',
  reviewDecision: '审查决定',
  policyUpdate: '政策参数更新',
  acknowledgement: '回执',
};
/** Which role may send which payload: units file, review offices decide and set policy; both acknowledge. */
export const PAYLOAD_SENDER_ROLES: Record<PayloadType, readonly ('unit' | 'reviewOffice')[]> = {
  filing: ['unit'],
  reviewDecision: ['reviewOffice'],
  policyUpdate: ['reviewOffice'],
  acknowledgement: ['unit', 'reviewOffice'],
};

export const sm3HexSchema = z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位小写十六进制 SM3 摘要');
const officeCodeSchema = z.string().regex(/^[0-9A-Z-]{6,32}$/, '单位代码应为 6–32 位大写字母或数字');
const officeNameSchema = z.string().min(1).max(100);
const instantSchema = z.iso.datetime({ offset: true, error: '时间应为带时区的 ISO 8601 时间' });

export const manifestEntrySchema = z.strictObject({
  name: z.string().regex(PAYLOAD_ENTRY_NAME, '条目名称应为 payload.json 或 attachments/ 下的附件'),
  /** Bytes of the entry's content (inflated). */
  size: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** SM3 of the content. */
  sm3: sm3HexSchema,
  /** Present when the entry is deflated in the ZIP: the deflated bytes, so every byte of the file is signed. */
  packed: z.strictObject({ method: z.literal('deflate'), size: z.int().min(0).max(Number.MAX_SAFE_INTEGER), sm3: sm3HexSchema }).optional(),
  /** In an encrypted bundle: the entry's SM4-CTR initial counter block (size and sm3 are then of the ciphertext, as stored). */
  iv: z.string().regex(/^[0-9a-f]{32}$/, 'iv 应为 32 位小写十六进制').optional(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/**
 * Entries encrypted to the recipient: one fresh SM4 key per bundle, wrapped
 * with the recipient's SM2 public key (GM/T 0009 ASN.1 C1C3C2, DER as hex).
 * The manifest itself stays in clear and signed. See docs/bundle-format.md.
 */
export const encryptionSchema = z.strictObject({
  content: z.literal('SM4-CTR'),
  keyWrap: z.literal('SM2'),
  /** SM3 of the recipient's public key (DER SubjectPublicKeyInfo), as in sender.keyId. */
  recipientKeyId: sm3HexSchema,
  wrappedKey: z.string().regex(/^30[0-9a-f]{200,300}$/, 'wrappedKey 应为 DER 编码的 SM2 密文（十六进制）'),
});
export type BundleEncryption = z.infer<typeof encryptionSchema>;
/** What is encrypted by default; receipts stay in clear (they say only which bundle was received or refused, and must be readable by a key-less check). */
export const ENCRYPTED_PAYLOAD_TYPES: readonly PayloadType[] = ['filing', 'reviewDecision', 'policyUpdate'];

/** The sender's history-chain head when it signed (filings, receipts): the receiver keeps it as an anchor. */
export const historyHeadSchema = z.strictObject({
  seq: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
  hash: z.string().regex(/^[0-9a-f]{64}$/, '历史链头哈希应为 64 位小写十六进制'),
});
export type HistoryHead = z.infer<typeof historyHeadSchema>;

export const bundleManifestSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(BUNDLE_FORMAT_VERSION),
    bundleId: z.uuid(),
    sender: z.strictObject({
      officeCode: officeCodeSchema,
      officeName: officeNameSchema,
      /** SM3 of the sender's public key (DER SubjectPublicKeyInfo), hex; its first 20 digits are the fingerprint read on the phone. */
      keyId: sm3HexSchema,
    }),
    recipient: z.strictObject({ officeCode: officeCodeSchema, officeName: officeNameSchema }),
    /** 1, 2, 3 … per sender → recipient link. */
    sequence: z.int().min(1).max(2 ** 31 - 1),
    /** The digest (SM3 of manifest.json) of the previous bundle on this link; 64 zeros for the first. */
    previousDigest: sm3HexSchema,
    createdAt: instantSchema,
    expiresAt: instantSchema,
    payloadType: z.enum(PAYLOAD_TYPES),
    digestAlgorithm: z.literal('SM3'),
    signatureAlgorithm: z.literal('SM2-with-SM3'),
    signerId: z.literal(SM2_USER_ID),
    encryption: encryptionSchema.optional(),
    /** The payload's historyHead, repeated in clear (and signed) so the sender can check it against its own chain even when the payload is encrypted to the recipient. */
    historyHead: historyHeadSchema.optional(),
    entries: z.array(manifestEntrySchema).min(1).max(20_000),
  })
  .superRefine((manifest, ctx) => {
    if (Date.parse(manifest.expiresAt) <= Date.parse(manifest.createdAt)) {
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: '过期时间应晚于创建时间' });
    }
    const seen = new Set<string>();
    manifest.entries.forEach((entry, index) => {
      const key = entry.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['entries', index, 'name'], message: `条目 ${entry.name} 重复` });
      seen.add(key);
    });
    const ivs = new Set<string>();
    manifest.entries.forEach((entry, index) => {
      if (manifest.encryption && (!entry.iv || entry.packed)) ctx.addIssue({ code: 'custom', path: ['entries', index], message: '加密的条目应有 iv，且不压缩' });
      if (!manifest.encryption && entry.iv) ctx.addIssue({ code: 'custom', path: ['entries', index, 'iv'], message: '未加密的数据包中条目不应有 iv' });
      if (entry.iv && ivs.has(entry.iv)) ctx.addIssue({ code: 'custom', path: ['entries', index, 'iv'], message: '同一数据包中各条目的 iv 不能重复' });
      if (entry.iv) ivs.add(entry.iv);
    });
    if (!seen.has(PAYLOAD_ENTRY)) ctx.addIssue({ code: 'custom', path: ['entries'], message: '清单中缺少 payload.json' });
    if (manifest.sender.officeCode === manifest.recipient.officeCode) {
      ctx.addIssue({ code: 'custom', path: ['recipient', 'officeCode'], message: '接收方不能是发送方自己' });
    }
  });
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/** Just enough of an unverified manifest to find the key that must have signed it. */
export const manifestKeyRefSchema = z.object({ version: z.unknown(), sender: z.object({ keyId: sm3HexSchema }) });

export function isAttachmentName(name: string): boolean {
  return ATTACHMENT_NAME.test(name);
}
