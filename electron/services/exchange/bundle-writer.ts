import { randomBytes } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { v4 as uuidv4 } from 'uuid';
import {
  BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, SM2_USER_ID, type BundleEncryption, type BundleManifest, type ManifestEntry, type PayloadType,
} from '../../../shared/exchange/manifest';
import { AppError } from '../../../shared/contract/errors';
import { ATTACHMENT_NAME, MANIFEST_ENTRY, PAYLOAD_ENTRY, SIGNATURE_ENTRY } from '../../../shared/exchange/entry-names';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from '../../../shared/exchange/limits';
import { prepareAttachment, WHOLE, type AttachmentPools, type PreparedAttachment } from './attachment-source';
import type { Signer } from './keys';
import { encryptSm2 } from './sm2';
import type { Sm3Engine } from './sm3';
import type { DurableFs } from '../../../db/durable-fs';
import { createSm4Ctr, SM4_IV_BYTES, SM4_KEY_BYTES } from './sm4';
import { ChunkPool } from './zip/read-ahead';
import { createZipWriter, type WrittenEntry } from './zip/writer';

export interface AttachmentSource {
  /** `attachments/<id>.<ext>`, as the payload refers to it. */
  entry: string;
  path: string;
}

export interface BundleToWrite {
  file: string;
  signer: Signer;
  sender: { officeCode: string; officeName: string };
  recipient: { officeCode: string; officeName: string };
  sequence: number;
  previousDigest: string;
  createdAt: string;
  expiresAt: string;
  payloadType: PayloadType;
  /** Already validated against its schema. */
  payload: unknown;
  attachments: readonly AttachmentSource[];
  /** Called after each attachment is written: attachments done, attachments in all. */
  onProgress?: (done: number, total: number) => void;
  bundleId?: string;
  /** The recipient's limits (the defaults): a bundle it would refuse is not written. */
  limits?: BundleLimits;
  /** The file layer (the file is fsynced before it is closed). */
  fs?: DurableFs;
  /** Encrypts every entry to this key (the recipient's): see `encryptionSchema`. */
  encryptTo?: { keyId: string; publicKeyHex: string };
}

export interface WrittenBundle {
  file: string;
  /** SM3 of manifest.json: the bundle's identity on its link. */
  digest: string;
  manifest: BundleManifest;
  bytes: number;
}

/** Attachments prepared ahead of the one being written (at most 4 MiB each in memory, plus its deflated form). */
const PREPARE_AHEAD = 4;

function manifestEntry(written: WrittenEntry, iv?: string): ManifestEntry {
  if (iv) return { name: written.name, size: written.size, sm3: written.sm3, iv };
  return written.packed
    ? { name: written.name, size: written.size, sm3: written.sm3, packed: { method: 'deflate', ...written.packed } }
    : { name: written.name, size: written.size, sm3: written.sm3 };
}

/** A fresh SM4 key for the bundle, wrapped to the recipient; each entry gets its own random IV. */
function contentSealer(to: { keyId: string; publicKeyHex: string }) {
  const key = randomBytes(SM4_KEY_BYTES);
  const encryption: BundleEncryption = { content: 'SM4-CTR', keyWrap: 'SM2', recipientKeyId: to.keyId, wrappedKey: Buffer.from(encryptSm2(key, to.publicKeyHex)).toString('hex') };
  const ivs = new Map<string, string>();
  return {
    encryption,
    ivs,
    /** The cipher for one entry's bytes (each chunk is consumed; what it returns is stored). */
    cipher(entry: string) {
      const iv = randomBytes(SM4_IV_BYTES);
      ivs.set(entry, iv.toString('hex'));
      return createSm4Ctr(key, iv);
    },
    forget: () => key.fill(0),
  };
}

async function* sealed(chunks: AsyncIterable<Uint8Array>, cipher: ReturnType<typeof createSm4Ctr>): AsyncIterable<Uint8Array> {
  for await (const chunk of chunks) yield cipher.update(chunk);
}

/**
 * Writes a bundle in one pass: payload.json, the attachments (stored when
 * already compressed), then manifest.json with every entry's size and SM3, and
 * its SM2 signature manifest.sig. A failed write leaves no file behind.
 */
export async function writeBundleFile(bundle: BundleToWrite, engine: Sm3Engine): Promise<WrittenBundle> {
  const limits = bundle.limits ?? DEFAULT_BUNDLE_LIMITS;
  if (bundle.attachments.length + 3 > limits.maxEntries) throw new AppError('validation', `附件共 ${bundle.attachments.length} 个，超过一个数据包的上限 ${limits.maxEntries - 3} 个，请分成几个数据包导出。`);
  const names = new Set<string>();
  for (const attachment of bundle.attachments) {
    if (!ATTACHMENT_NAME.test(attachment.entry)) throw new Error(`附件条目名称无效：${attachment.entry}`);
    if (names.has(attachment.entry.toLowerCase())) throw new Error(`附件条目重复：${attachment.entry}`);
    names.add(attachment.entry.toLowerCase());
  }
  const zip = createZipWriter(bundle.file, engine, bundle.fs);
  // Encrypted entries are stored, not deflated: ciphertext does not compress, and `openssl enc -d` then gives the file itself.
  const seal = bundle.encryptTo ? contentSealer(bundle.encryptTo) : null;
  try {
    const pending: Promise<WrittenEntry>[] = [];
    const payloadJson = Buffer.from(JSON.stringify(bundle.payload), 'utf8');
    if (payloadJson.length > limits.maxPayloadJsonBytes) throw new AppError('validation', `数据内容有 ${payloadJson.length} 字节，超过上限 ${limits.maxPayloadJsonBytes} 字节，请分成几个数据包导出。`);
    const payloadStored = seal ? seal.cipher(PAYLOAD_ENTRY).update(payloadJson) : payloadJson;
    pending.push((await zip.add(PAYLOAD_ENTRY, [payloadStored], { deflate: !seal && payloadJson.length > 1024, sizeHint: payloadJson.length })).written);
    // Attachments are prepared a few ahead (opened, first chunks read, small ones deflated in the thread pool) while earlier ones are written.
    const pools: AttachmentPools = { chunks: new ChunkPool(), whole: new ChunkPool(WHOLE, PREPARE_AHEAD + 1) };
    const prepared: Promise<PreparedAttachment>[] = [];
    const prepare = (index: number) => {
      const attachment = bundle.attachments[index];
      if (attachment && !prepared[index]) {
        prepared[index] = prepareAttachment(attachment.path, attachment.entry, pools, !seal);
        prepared[index].catch(() => undefined);
      }
    };
    try {
      for (const [index, attachment] of bundle.attachments.entries()) {
        for (let ahead = index; ahead <= index + PREPARE_AHEAD; ahead++) prepare(ahead);
        const ready = await prepared[index]!;
        const size = ready.kind === 'whole' ? ready.content.length : ready.size;
        if (size > limits.maxEntryBytes) throw new AppError('validation', `附件“${attachment.path}”有 ${size} 字节，超过单个附件的上限 ${limits.maxEntryBytes} 字节。`);
        if (ready.kind === 'whole') {
          const content = seal ? seal.cipher(attachment.entry).update(ready.content) : ready.content;
          pending.push((await zip.addWhole(attachment.entry, content, seal ? null : ready.packed)).written);
          pools.whole.give(ready.buffer);
        } else if (seal) {
          pending.push((await zip.add(attachment.entry, sealed(ready.file.chunks(), seal.cipher(attachment.entry)), { deflate: false, sizeHint: ready.size })).written);
        } else {
          pending.push((await zip.add(attachment.entry, ready.file.chunks(), { deflate: ready.deflate, sizeHint: ready.size })).written);
        }
        bundle.onProgress?.(index + 1, bundle.attachments.length);
      }
    } finally {
      // Files read to the end closed themselves; this closes any prepared but not reached (a failed export).
      await Promise.all(prepared.map((ready) => ready.then((item) => (item.kind === 'stream' ? item.file.discard() : undefined), () => undefined)));
    }
    const entries = (await Promise.all(pending)).map((written) => manifestEntry(written, seal?.ivs.get(written.name)));
    // A payload's history head is repeated in the clear manifest (verify checks the two agree).
    const historyHead = (bundle.payload as { historyHead?: BundleManifest['historyHead'] }).historyHead;
    const manifest: BundleManifest = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_FORMAT_VERSION,
      bundleId: bundle.bundleId ?? uuidv4(),
      sender: { ...bundle.sender, keyId: bundle.signer.keyId },
      recipient: bundle.recipient,
      sequence: bundle.sequence,
      previousDigest: bundle.previousDigest,
      createdAt: bundle.createdAt,
      expiresAt: bundle.expiresAt,
      payloadType: bundle.payloadType,
      digestAlgorithm: 'SM3',
      signatureAlgorithm: 'SM2-with-SM3',
      signerId: SM2_USER_ID,
      ...(seal ? { encryption: seal.encryption } : {}),
      ...(historyHead ? { historyHead } : {}),
      entries,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    await zip.add(MANIFEST_ENTRY, [manifestBytes], { deflate: false, sizeHint: manifestBytes.length });
    await zip.add(SIGNATURE_ENTRY, [Buffer.from(bundle.signer.sign(manifestBytes))], { deflate: false, sizeHint: 0 });
    const bytes = await zip.finish();
    return { file: bundle.file, digest: engine.hash(manifestBytes), manifest, bytes };
  } catch (error) {
    if (await zip.abort()) await unlink(bundle.file).catch(() => undefined);
    throw error;
  } finally {
    seal?.forget();
  }
}
