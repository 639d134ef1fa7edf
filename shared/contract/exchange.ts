import { z } from 'zod';
import { OFFICE_ROLES } from '../domain/office';
import { PAYLOAD_TYPES, sm3HexSchema } from '../exchange/manifest';

const keyStatus = z.enum(['active', 'rotated', 'revoked']);

export const officeKeySchema = z.object({
  keyId: z.string(),
  fingerprint: z.string(),
  publicKeyHex: z.string(),
  createdAt: z.string(),
  status: keyStatus,
  statusAt: z.string().nullable(),
  previousKeyId: z.string().nullable(),
});

export const trustedKeySchema = z.object({
  keyId: z.string(),
  fingerprint: z.string(),
  officeCode: z.string(),
  officeName: z.string(),
  role: z.enum(OFFICE_ROLES),
  publicKeyHex: z.string(),
  addedAt: z.string(),
  status: keyStatus,
  statusAt: z.string().nullable(),
  statusReason: z.string().nullable(),
  previousKeyId: z.string().nullable(),
  /** A rotated-out or revoked key is accepted only at or below this sequence on its link (null while active). */
  validThroughSequence: z.int().nullable(),
});

/** What the clerk sees of a verified bundle before importing it. */
export const bundleSummarySchema = z.object({
  file: z.string(),
  bytes: z.number().int(),
  digest: z.string(),
  bundleId: z.string(),
  payloadType: z.enum(PAYLOAD_TYPES),
  sender: z.object({ officeCode: z.string(), officeName: z.string(), fingerprint: z.string() }),
  recipient: z.object({ officeCode: z.string(), officeName: z.string() }),
  sequence: z.number().int(),
  createdAt: z.string(),
  expiresAt: z.string(),
  entries: z.number().int(),
  contentBytes: z.number(),
  /** Projects, decisions or parameters in the payload (1 for an acknowledgement). */
  items: z.number().int(),
  /** Bundles on this link that never arrived, if any. */
  gap: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
});

const passphrase = z.string({ error: '请填写口令' }).min(8, '口令至少 8 个字符').max(256, '口令不能超过 256 个字符');
const reason = z.string({ error: '请填写原因' }).trim().min(2, '请填写原因').max(500, '原因不能超过 500 个字');
const keyFile = z.string({ error: '请选择公钥文件' }).min(1, '请选择公钥文件').max(16 * 1024, '公钥文件过大');

export const exchangeMethods = {
  'keys.status': { input: z.object({}), output: z.object({ active: officeKeySchema.nullable(), keys: z.array(officeKeySchema) }) },
  'keys.create': { input: z.object({ passphrase }), output: officeKeySchema },
  'keys.rotate': { input: z.object({ passphrase: z.string().min(1, '请填写当前口令').max(256), newPassphrase: passphrase }), output: officeKeySchema },
  'keys.revoke': { input: z.object({ reason }), output: officeKeySchema },
  'keys.exportPublic': {
    input: z.object({}),
    output: z.object({ fileName: z.string(), text: z.string(), keyId: z.string(), fingerprint: z.string() }),
  },
  'trust.list': { input: z.object({}), output: z.array(trustedKeySchema) },
  'trust.add': { input: z.object({ keyFile, fingerprint: z.string({ error: '请填写电话核对的指纹' }).max(64) }), output: trustedKeySchema },
  'trust.acceptRotation': { input: z.object({ keyFile }), output: trustedKeySchema },
  'trust.revoke': {
    input: z.object({
      keyId: sm3HexSchema,
      reason,
      /** The last genuine sequence on the link, as the other office says on the phone; by default the last accepted here. */
      lastSequence: z.int({ error: '最后一个有效数据包的序号应为 0 或正整数' }).min(0, '最后一个有效数据包的序号应为 0 或正整数').max(2 ** 31 - 1, '序号过大').optional(),
    }),
    output: trustedKeySchema,
  },
  'bundle.verify': { input: z.object({ file: z.string().min(1, '请选择数据包文件').max(4096) }), output: bundleSummarySchema },
} as const;
