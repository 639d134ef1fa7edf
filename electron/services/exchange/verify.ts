import type { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import type { Clock } from '../../../shared/domain/time';
import { toBeijingIso } from '../../../shared/domain/time';
import { MANIFEST_ENTRY, PAYLOAD_ENTRY, SIGNATURE_ENTRY } from '../../../shared/exchange/entry-names';
import { fingerprintOfKeyId } from '../../../shared/exchange/fingerprint';
import { MANIFEST_JSON_BOUNDS, PAYLOAD_JSON_BOUNDS, type BundleLimits } from '../../../shared/exchange/limits';
import { MAX_VALIDITY_DAYS } from '../../../shared/exchange/link-rules';
import {
  BUNDLE_FORMAT_VERSION, bundleManifestSchema, manifestKeyRefSchema, PAYLOAD_SENDER_ROLES, PAYLOAD_TYPE_LABELS, type BundleEncryption, type BundleManifest,
} from '../../../shared/exchange/manifest';
import { PAYLOAD_SCHEMAS, payloadAttachments, type AnyPayload } from '../../../shared/exchange/payloads';
import { refuse, type BundleRefusalCode } from '../../../shared/exchange/refusals';
import { readStrictJson, type JsonBounds } from '../../../shared/exchange/strict-json';
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

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far a sender's clock may run ahead of ours. */
const CLOCK_SKEW_MS = DAY_MS;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The strict reading (shared/exchange/strict-json.ts): RFC 8259 only, no
 * duplicate keys, bounded depth and sizes. Not JSON or a duplicate key is
 * `notJson`; a bound passed is `invalid` (it is JSON, but not what the format allows).
 */
function parseJson(bytes: Buffer, entry: string, bounds: JsonBounds, codes: { notJson: BundleRefusalCode; invalid: BundleRefusalCode }): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return refuse(codes.notJson, `${entry} 不是有效的 JSON（不是有效的 UTF-8 文本），已拒绝。`);
  }
  const read = readStrictJson(text, bounds);
  if (read.ok) return read.value;
  const { kind, path, message } = read.problem;
  const at = path ? `（位置 ${path}）` : '';
  if (kind === 'syntax') refuse(codes.notJson, `${entry} 不是有效的 JSON（${message}${at}），已拒绝。`);
  if (kind === 'duplicateKey') refuse(codes.notJson, `${entry} 中${message}${at}：同一对象的键不得重复，已拒绝。`);
  return refuse(codes.invalid, `${entry} ${message}${at}，超出数据包格式允许的范围，已拒绝。`);
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const more = error.issues.length > 1 ? `（另有 ${error.issues.length - 1} 处问题）` : '';
  return `${issue.path.length ? `${issue.path.join('.')}：` : ''}${issue.message}${more}`;
}

/** Signature, key, sender, recipient: who sent this, to whom, and may they. */
function checkAuthenticity(opened: OpenedBundle, deps: VerifyDeps): { manifest: BundleManifest; sender: TrustedKey } {
  const raw = parseJson(opened.manifestBytes, 'manifest.json', MANIFEST_JSON_BOUNDS, { notJson: 'manifestNotJson', invalid: 'manifestInvalid' });
  const ref = manifestKeyRefSchema.safeParse(raw);
  if (!ref.success) refuse('manifestInvalid', `manifest.json 中没有有效的发送方公钥编号（sender.keyId），无法验证签名，已拒绝。`);
  const key = deps.trust.byKeyId(ref.data.sender.keyId);
  if (!key) {
    refuse('unknownKey', `发送方公钥（指纹 ${fingerprintOfKeyId(ref.data.sender.keyId)}）不在本单位的信任列表中。请先与对方电话核对指纹、添加其公钥后再导入。`);
  }
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
  checkKeyStillValid(key, manifest);
  if (!PAYLOAD_SENDER_ROLES[manifest.payloadType].includes(key.role)) {
    refuse('payloadTypeNotAllowed', `${key.officeName} 在信任列表中的角色不能发送“${PAYLOAD_TYPE_LABELS[manifest.payloadType]}”类数据包，已拒绝。`);
  }
  const me = deps.office.requireOffice();
  if (manifest.recipient.officeCode !== me.code) {
    refuse('wrongRecipient', `该数据包是发给 ${manifest.recipient.officeName}（${manifest.recipient.officeCode}）的，不是本单位（${me.code}），已拒绝。`);
  }
  return { manifest, sender: key };
}

/**
 * A rotated or revoked key signs nothing past the last sequence our records allow it (the signed
 * rotation statement's number for our link, or what we had accepted when we revoked it). Its
 * bundles' createdAt is the signer's word, so it decides nothing here.
 */
function checkKeyStillValid(key: TrustedKey, manifest: BundleManifest): void {
  if (key.status === 'active') return;
  const limit = key.validThroughSequence ?? 0;
  if (manifest.sequence <= limit) return;
  if (key.status === 'revoked') {
    refuse('keyRevoked', `发送方公钥（${key.officeName}，指纹 ${key.fingerprint}）已于 ${key.statusAt} 吊销，只认可它此前签发的第 ${limit} 号及以前的数据包；这个是第 ${manifest.sequence} 号，已拒绝。`);
  }
  refuse('keyRotated', `${key.officeName} 已于 ${key.statusAt} 更换密钥，旧密钥（指纹 ${key.fingerprint}）签发的最后一个数据包是第 ${limit} 号；这个第 ${manifest.sequence} 号数据包仍用旧密钥签名，已拒绝（数据包上的创建时间由签名方自填，不作为依据）。`);
}

function checkTimes(manifest: BundleManifest, clock: Clock): void {
  const validity = Date.parse(manifest.expiresAt) - Date.parse(manifest.createdAt);
  if (validity > MAX_VALIDITY_DAYS * DAY_MS) {
    refuse('validityTooLong', `数据包的有效期从 ${manifest.createdAt} 到 ${manifest.expiresAt}，超过 ${MAX_VALIDITY_DAYS} 天的上限，已拒绝。请对方重新导出。`);
  }
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
  const raw = parseJson(bytes, 'payload.json', PAYLOAD_JSON_BOUNDS, { notJson: 'payloadNotJson', invalid: 'payloadInvalid' });
  const parsed = PAYLOAD_SCHEMAS[manifest.payloadType].safeParse(raw);
  if (!parsed.success) refuse('payloadInvalid', `payload.json 不符合“${PAYLOAD_TYPE_LABELS[manifest.payloadType]}”的格式：${firstIssue(parsed.error)}。已拒绝。`);
  const payloadHead = (parsed.data as { historyHead?: { seq: number; hash: string } }).historyHead;
  if (JSON.stringify(payloadHead ?? null) !== JSON.stringify(manifest.historyHead ?? null)) {
    refuse('payloadInvalid', 'payload.json 中的历史链头与签名清单中的不一致，已拒绝。');
  }
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
