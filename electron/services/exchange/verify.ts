import type { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import type { Clock } from '../../../shared/domain/time';
import { toBeijingIso } from '../../../shared/domain/time';
import { MANIFEST_ENTRY, PAYLOAD_ENTRY, SIGNATURE_ENTRY } from '../../../shared/exchange/entry-names';
import { fingerprintOfKeyId } from '../../../shared/exchange/fingerprint';
import type { BundleLimits } from '../../../shared/exchange/limits';
import {
  BUNDLE_FORMAT_VERSION, bundleManifestSchema, manifestKeyRefSchema, PAYLOAD_SENDER_ROLES, PAYLOAD_TYPE_LABELS, type BundleEncryption, type BundleManifest,
} from '../../../shared/exchange/manifest';
import { PAYLOAD_SCHEMAS, payloadAttachments, type AnyPayload } from '../../../shared/exchange/payloads';
import { refuse } from '../../../shared/exchange/refusals';
import type { OfficeService } from '../office';
import { capsFor, openBundle, type OpenedBundle } from './bundle-reader';
import type { LinkState, SequenceGap } from './links';
import { parseDerSignature, verifySm2 } from './sm2';
import type { Sm3Engine } from './sm3';
import { createSm4Ctr } from './sm4';
import type { TrustedKey, TrustService } from './trust';
import { checkCrc, streamEntry, type BundleTap } from './zip/entry-stream';
import type { ZipEntry } from './zip/reader';
import { ChunkPool } from './zip/read-ahead';
import { METHOD_DEFLATE } from './zip/layout';

export interface VerifyDeps {
  trust: TrustService;
  links: LinkState;
  office: OfficeService;
  engine: Sm3Engine;
  clock: Clock;
  limits: BundleLimits;
}

export interface VerifiedBundle {
  file: string;
  bytes: number;
  /** SM3 of manifest.json. */
  digest: string;
  manifest: BundleManifest;
  /** null for an encrypted bundle verified without its key (everything else checked; its content not read). */
  payload: AnyPayload | null;
  sender: TrustedKey;
  gap: SequenceGap | null;
  /** An encrypted bundle's SM4 key (the kept bundle's attachments are read with it); null for a bundle in clear. */
  contentKey: Buffer | null;
}

/** The SM4 key of a bundle encrypted to this office (the passphrase given), or a clear error. */
export type UnwrapContentKey = (encryption: BundleEncryption) => Promise<Buffer>;

/** What to do with an encrypted bundle's content: unlock it (`unwrap`), or refuse to go on without it (`required`). */
export interface ContentAccess {
  unwrap?: UnwrapContentKey;
  required: boolean;
}

/**
 * The import's copy of the bundle, made while it is verified: every entry's
 * bytes are copied as they are read and hashed, in one pass, so nothing can
 * change between the check and the copy.
 */
export interface BundleCopy extends BundleTap {
  /**
   * Called once every entry has been read and its digest matched: completes the
   * copy with the ZIP structure, rebuilt from the checked directory (not read
   * again), so the copy is the verified bundle byte for byte.
   */
  finish(entries: readonly ZipEntry[], bytes: number): Promise<void>;
}

/** How far a sender's clock may run ahead of ours. */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseJson(bytes: Buffer, onError: (why: string) => never): unknown {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch (error) {
    return onError(error instanceof TypeError ? '不是有效的 UTF-8 文本' : (error as Error).message);
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const more = error.issues.length > 1 ? `（另有 ${error.issues.length - 1} 处问题）` : '';
  return `${issue.path.length ? `${issue.path.join('.')}：` : ''}${issue.message}${more}`;
}

/** Signature, key, sender, recipient: who sent this, to whom, and may they. */
function checkAuthenticity(opened: OpenedBundle, deps: VerifyDeps): { manifest: BundleManifest; sender: TrustedKey } {
  const raw = parseJson(opened.manifestBytes, (why) => refuse('manifestNotJson', `manifest.json 不是有效的 JSON（${why}），已拒绝。`));
  const ref = manifestKeyRefSchema.safeParse(raw);
  if (!ref.success) refuse('manifestInvalid', `manifest.json 中没有有效的发送方公钥编号（sender.keyId），无法验证签名，已拒绝。`);
  const key = deps.trust.byKeyId(ref.data.sender.keyId);
  if (!key) {
    refuse('unknownKey', `发送方公钥（指纹 ${fingerprintOfKeyId(ref.data.sender.keyId)}）不在本单位的信任列表中。请先与对方电话核对指纹、添加其公钥后再导入。`);
  }
  if (key.status === 'revoked') refuse('keyRevoked', `发送方公钥（${key.officeName}，指纹 ${key.fingerprint}）已于 ${key.statusAt} 吊销，用它签名的数据包一律拒收。`);
  const signature = parseDerSignature(opened.signatureBytes);
  if (!signature) refuse('signatureMalformed', 'manifest.sig 不是有效的 SM2 签名（应为 DER 编码的 r、s 两个整数），已拒绝。');
  if (!verifySm2(opened.manifestBytes, signature, key.publicKeyHex)) {
    refuse('signatureInvalid', `签名验证失败：manifest.json 不是由 ${key.officeName}（指纹 ${key.fingerprint}）签署的原文，清单可能被改动。已拒绝。`);
  }
  if (ref.data.version !== BUNDLE_FORMAT_VERSION) {
    refuse('unsupportedVersion', `数据包格式版本为 ${JSON.stringify(ref.data.version)}，本程序支持版本 ${BUNDLE_FORMAT_VERSION}。请升级程序后再导入。`);
  }
  opened.checkCrcs();
  const parsed = bundleManifestSchema.safeParse(raw);
  if (!parsed.success) refuse('manifestInvalid', `manifest.json 格式不符：${firstIssue(parsed.error)}。已拒绝。`);
  const manifest = parsed.data;
  if (manifest.sender.officeCode !== key.officeCode) {
    refuse('senderMismatch', `清单声明发送方为 ${manifest.sender.officeCode}，但签名公钥属于 ${key.officeName}（${key.officeCode}），已拒绝。`);
  }
  if (key.status === 'rotated' && Date.parse(manifest.createdAt) > Date.parse(key.statusAt!)) {
    refuse('keyRotated', `${key.officeName} 已于 ${key.statusAt} 更换密钥，此后创建的数据包不应再用旧密钥（指纹 ${key.fingerprint}）签名，已拒绝。`);
  }
  if (!PAYLOAD_SENDER_ROLES[manifest.payloadType].includes(key.role)) {
    refuse('payloadTypeNotAllowed', `${key.officeName} 在信任列表中的角色不能发送“${PAYLOAD_TYPE_LABELS[manifest.payloadType]}”类数据包，已拒绝。`);
  }
  const me = deps.office.requireOffice();
  if (manifest.recipient.officeCode !== me.code) {
    refuse('wrongRecipient', `该数据包是发给 ${manifest.recipient.officeName}（${manifest.recipient.officeCode}）的，不是本单位（${me.code}），已拒绝。`);
  }
  return { manifest, sender: key };
}

function checkTimes(manifest: BundleManifest, clock: Clock): void {
  const now = clock.now().getTime();
  if (Date.parse(manifest.createdAt) > now + CLOCK_SKEW_MS) {
    refuse('notYetValid', `数据包的创建时间 ${manifest.createdAt} 晚于本机时间 ${toBeijingIso(new Date(now))} 一天以上：请核对两台电脑的时钟，已拒绝。`);
  }
  if (Date.parse(manifest.expiresAt) <= now) refuse('expired', `数据包已于 ${manifest.expiresAt} 过期，已拒绝。请对方重新导出。`);
}

/** The ZIP holds exactly the entries the manifest lists, stored the way it says, within the limits. */
function checkEntrySet(opened: OpenedBundle, manifest: BundleManifest, limits: BundleLimits): void {
  const listed = new Set(manifest.entries.map((entry) => entry.name));
  for (const name of opened.entries.keys()) {
    if (name !== MANIFEST_ENTRY && name !== SIGNATURE_ENTRY && !listed.has(name)) refuse('unexpectedEntry', `数据包中的条目 ${JSON.stringify(name)} 不在清单中，已拒绝。`);
  }
  let declared = 0;
  for (const entry of manifest.entries) {
    const zipped = opened.entries.get(entry.name);
    if (!zipped) refuse('missingEntry', `清单列出的条目 ${JSON.stringify(entry.name)} 不在数据包中，已拒绝。`);
    const deflated = zipped.method === METHOD_DEFLATE;
    const packedSize = entry.packed?.size ?? entry.size;
    if (deflated !== Boolean(entry.packed) || zipped.size !== entry.size || zipped.packedSize !== packedSize) {
      refuse('sizeMismatch', `条目 ${JSON.stringify(entry.name)} 在 ZIP 中的大小或压缩方式与清单不符，已拒绝。`);
    }
    if (entry.size > limits.maxEntryBytes) refuse('entryTooLarge', `条目 ${JSON.stringify(entry.name)} 有 ${entry.size} 字节，超过单个条目上限 ${limits.maxEntryBytes} 字节，已拒绝。`);
    if (entry.name === PAYLOAD_ENTRY && entry.size > limits.maxPayloadJsonBytes) {
      refuse('entryTooLarge', `payload.json 有 ${entry.size} 字节，超过上限 ${limits.maxPayloadJsonBytes} 字节，已拒绝。`);
    }
    declared += entry.size;
  }
  if (declared > limits.maxTotalBytes) refuse('entryTooLarge', `数据包内容共 ${declared} 字节，超过上限 ${limits.maxTotalBytes} 字节，已拒绝。`);
}

/** Streams every entry (the SM3s run in a worker while the next entry is read), then compares sizes, digests and CRCs. */
async function checkContent(opened: OpenedBundle, manifest: BundleManifest, deps: VerifyDeps, tap?: BundleTap): Promise<Buffer> {
  let payloadBytes: Buffer | null = null;
  const pool = new ChunkPool();
  const pending: { entry: (typeof manifest.entries)[number]; read: Awaited<ReturnType<typeof streamEntry>> }[] = [];
  for (const entry of manifest.entries) {
    const zipped = opened.entries.get(entry.name)!;
    const keep = entry.name === PAYLOAD_ENTRY;
    const read = await streamEntry(opened.handle, zipped, capsFor(deps.limits, entry.size, opened.total), deps.engine, keep, { pool, sizeHint: entry.size, tap });
    if (keep) payloadBytes = read.bytes;
    pending.push({ entry, read });
  }
  for (const { entry, read } of pending) {
    const { sm3, packedSm3 } = await read.digests;
    if (entry.packed && packedSm3 !== entry.packed.sm3) refuse('digestMismatch', `条目 ${JSON.stringify(entry.name)} 的压缩数据与清单中的 SM3 摘要不符（内容被改动），已拒绝。`);
    if (sm3 !== entry.sm3) refuse('digestMismatch', `条目 ${JSON.stringify(entry.name)} 的内容与清单中的 SM3 摘要不符（内容被改动），已拒绝。`);
    checkCrc(opened.entries.get(entry.name)!, read.crc);
  }
  return payloadBytes!;
}

async function contentKey(encryption: BundleEncryption, content: ContentAccess): Promise<Buffer | null> {
  if (content.unwrap) return content.unwrap(encryption);
  if (content.required) throw new AppError('validation', '此数据包的内容已加密给本单位：请输入本单位私钥口令后再导入。');
  return null;
}

/** payload.json's plaintext: its stored bytes matched the signed SM3 already, so what is decrypted is what the sender encrypted. */
function decryptPayload(stored: Buffer, manifest: BundleManifest, key: Buffer): Buffer {
  const iv = manifest.entries.find((entry) => entry.name === PAYLOAD_ENTRY)!.iv!;
  return createSm4Ctr(key, Buffer.from(iv, 'hex')).update(stored);
}

function checkPayload(bytes: Buffer, manifest: BundleManifest): AnyPayload {
  const raw = parseJson(bytes, (why) => refuse('payloadNotJson', `payload.json 不是有效的 JSON（${why}），已拒绝。`));
  const parsed = PAYLOAD_SCHEMAS[manifest.payloadType].safeParse(raw);
  if (!parsed.success) refuse('payloadInvalid', `payload.json 不符合“${PAYLOAD_TYPE_LABELS[manifest.payloadType]}”的格式：${firstIssue(parsed.error)}。已拒绝。`);
  const payload = { type: manifest.payloadType, payload: parsed.data } as AnyPayload;
  if (payload.type === 'filing' && payload.payload.unit.officeCode !== manifest.sender.officeCode) {
    refuse('payloadInvalid', `报送内容中的单位代码 ${payload.payload.unit.officeCode} 与发送方 ${manifest.sender.officeCode} 不一致，已拒绝。`);
  }
  const attachments = new Set(manifest.entries.filter((entry) => entry.name !== PAYLOAD_ENTRY).map((entry) => entry.name));
  const referenced = new Set<string>();
  for (const ref of payloadAttachments(payload)) {
    if (!attachments.has(ref.entry)) refuse('payloadReference', `数据内容引用的附件 ${ref.entry}（${ref.fileName}）不在数据包中，已拒绝。`);
    referenced.add(ref.entry);
  }
  for (const name of attachments) {
    if (!referenced.has(name)) refuse('payloadReference', `数据包中的附件 ${name} 没有被数据内容引用，已拒绝。`);
  }
  return payload;
}

/**
 * Verifies a bundle completely, writing nothing: the file and its ZIP
 * structure; the manifest's signature by a known, unrevoked key; sender,
 * recipient; the sequence on the link (replay, rollback); validity times;
 * every entry's size and SM3; the payload's schema and references. The first
 * failed check refuses the bundle with its own reason and message. With
 * `copy`, the bundle is copied as it is hashed (the import keeps it). An
 * encrypted bundle's payload is decrypted and checked only with its key
 * (`content`); without it, every other check is made and `payload` is null.
 */
export async function verifyBundle(file: string, deps: VerifyDeps, copy?: BundleCopy, content: ContentAccess = { required: false }): Promise<VerifiedBundle> {
  const opened = await openBundle(file, deps.limits, copy);
  try {
    const { manifest, sender } = checkAuthenticity(opened, deps);
    const digest = deps.engine.hash(opened.manifestBytes);
    const gap = deps.links.checkIncoming(manifest, digest);
    checkTimes(manifest, deps.clock);
    checkEntrySet(opened, manifest, deps.limits);
    // Unlocked before the content is read: a wrong passphrase is told at once, not after a long read.
    const key = manifest.encryption ? await contentKey(manifest.encryption, content) : null;
    const stored = await checkContent(opened, manifest, deps, copy);
    const sealed = manifest.encryption && !key;
    const payload = sealed ? null : checkPayload(key ? decryptPayload(stored, manifest, key) : stored, manifest);
    await copy?.finish([...opened.entries.values()], opened.bytes);
    return { file, bytes: opened.bytes, digest, manifest, payload, sender, gap, contentKey: key };
  } finally {
    await opened.close();
  }
}
