import { existsSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { nodeDurableFs, type DurableFs } from '../../../db/durable-fs';
import { AppError } from '../../../shared/contract/errors';
import { toBeijingIso } from '../../../shared/domain/time';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from '../../../shared/exchange/limits';
import { MAX_VALIDITY_DAYS } from '../../../shared/exchange/link-rules';
import { ENCRYPTED_PAYLOAD_TYPES, type BundleEncryption, type BundleManifest, type PayloadType } from '../../../shared/exchange/manifest';
import { PAYLOAD_SCHEMAS, payloadAttachments, type AnyPayload } from '../../../shared/exchange/payloads';
import type { ServiceContext } from '../context';
import type { OfficeService } from '../office';
import { writeBundleFile, type AttachmentSource, type WrittenBundle } from './bundle-writer';
import { privateKeyPem, unwrapContentKey } from './content-key';
import { createKeyService, type Signer } from './keys';
import { createLinkQueue } from './link-queue';
import { createLinkState } from './links';
import { createSm3Engine, type Sm3EngineOptions } from './sm3';
import { createTrustService } from './trust';
import { verifyBundle, type BundleCopy, type VerifiedBundle } from './verify';

export interface ExchangeOptions {
  limits?: Partial<BundleLimits>;
  sm3?: Sm3EngineOptions;
  /** scrypt cost for new keys (2^n); tests lower it, the default is 17. */
  scryptLogN?: number;
  /** The file layer for bundles written and kept (tests record the order of writes, fsyncs and renames). */
  files?: DurableFs;
  /** Filings, decisions and policy updates are encrypted to their recipient unless this is false (tests of other concerns). */
  encryptByDefault?: boolean;
}

export interface BundleExport {
  /** The new file, or how to name it from the bundle's sequence on its link (the outbox). Never one that exists. */
  file: string | ((sequence: number) => string);
  recipientCode: string;
  payloadType: PayloadType;
  payload: unknown;
  attachments?: readonly AttachmentSource[];
  /** The unlocked key, or the passphrase to unlock it with. */
  signer: Signer | { passphrase: string };
  expiresInDays?: number;
  /** Attachments written so far, and in all: for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Writes what the bundle means here (filings sent, decisions sent) in the transaction that records it as sent. */
  record?: (written: WrittenBundle) => void;
  /** Encrypt the entries to the recipient's key; default: yes, except receipts (ENCRYPTED_PAYLOAD_TYPES). */
  encrypt?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Keys, trust, and signed bundles: written here, verified here, imported (next) in one transaction. */
export function createExchangeService(ctx: ServiceContext, office: OfficeService, options: ExchangeOptions = {}) {
  const limits: BundleLimits = { ...DEFAULT_BUNDLE_LIMITS, ...options.limits };
  const engine = createSm3Engine(options.sm3);
  const keys = createKeyService(ctx, office, { scryptLogN: options.scryptLogN });
  const trust = createTrustService(ctx, office);
  const links = createLinkState(ctx.handle.sqlite);
  const files = options.files ?? nodeDurableFs;
  let exporting: Promise<unknown> = Promise.resolve();
  const onLink = createLinkQueue();

  const taken = (file: string) => existsSync(file) || existsSync(`${file}.partial`);
  const refuseTaken = (file: string): never => {
    const what = existsSync(file) ? `文件已存在：${file}` : `文件已存在：${file}.partial（另一次导出正在写入，或中断后留下）`;
    throw new AppError('conflict', `${what}。数据包不会覆盖已有文件，请换一个文件名。`);
  };

  async function exportNow(request: BundleExport): Promise<WrittenBundle> {
    const me = office.requireOffice();
    const recipient = trust.list().find((key) => key.officeCode === request.recipientCode && key.status === 'active');
    if (!recipient) throw new AppError('notFound', `信任列表中没有 ${request.recipientCode} 的有效公钥：请先添加对方公钥，再向其发送数据包。`);
    const parsed = PAYLOAD_SCHEMAS[request.payloadType].safeParse(request.payload);
    if (!parsed.success) throw new AppError('validation', `数据内容不符合格式：${parsed.error.issues[0]?.message ?? ''}`);
    const payload = { type: request.payloadType, payload: parsed.data } as AnyPayload;
    const given = new Set((request.attachments ?? []).map((attachment) => attachment.entry));
    const referenced = new Set(payloadAttachments(payload).map((ref) => ref.entry));
    for (const entry of referenced) if (!given.has(entry)) throw new AppError('validation', `数据内容引用的附件 ${entry} 没有提供文件。`);
    for (const entry of given) if (!referenced.has(entry)) throw new AppError('validation', `附件 ${entry} 没有被数据内容引用。`);
    const days = request.expiresInDays ?? 60;
    if (!(days > 0 && days <= MAX_VALIDITY_DAYS)) throw new AppError('validation', `数据包有效期应为 1–${MAX_VALIDITY_DAYS} 天，接收方不接受更长的有效期。`);
    const signer = 'sign' in request.signer ? request.signer : await keys.unlock(request.signer.passphrase);
    const { sequence, previousDigest } = links.nextOutgoing(me.code, recipient.officeCode);
    const file = typeof request.file === 'function' ? request.file(sequence) : request.file;
    if (taken(file)) refuseTaken(file);
    const now = ctx.clock.now();
    // Written as `.partial` (created here, 'wx'), renamed when whole. Clean-up removes only what this export
    // created: its partial, or its file once renamed. A bundle finished before is never touched.
    const partial = `${file}.partial`;
    const written = await writeBundleFile(
      {
        file: partial,
        signer,
        sender: { officeCode: me.code, officeName: me.name },
        recipient: { officeCode: recipient.officeCode, officeName: recipient.officeName },
        sequence,
        previousDigest,
        createdAt: toBeijingIso(now),
        expiresAt: toBeijingIso(new Date(now.getTime() + days * DAY_MS)),
        payloadType: request.payloadType,
        payload: parsed.data,
        attachments: request.attachments ?? [],
        onProgress: request.onProgress,
        limits,
        fs: files,
        encryptTo: (request.encrypt ?? (options.encryptByDefault !== false && ENCRYPTED_PAYLOAD_TYPES.includes(request.payloadType))) ? recipient : undefined,
      },
      engine,
    );
    // Durable before it is recorded: the file was fsynced as it closed; the rename is made durable by the folder's fsync.
    try {
      if (existsSync(file)) refuseTaken(file);
      await files.rename(partial, file);
    } catch (error) {
      await unlink(partial).catch(() => undefined);
      throw error;
    }
    try {
      await files.syncFolder(dirname(file));
    } catch (error) {
      await unlink(file).catch(() => undefined);
      throw error;
    }
    const final = { ...written, file };
    let recorded: boolean;
    try {
      recorded = ctx.handle.sqlite.transaction(() => {
        // A rotation or revocation meanwhile: its statement did not count this bundle, the other office would refuse it.
        if (!keys.isActive(signer.keyId)) throw new AppError('conflict', '签名密钥在导出过程中已被轮换或吊销，该数据包作废，请用新密钥重新导出。');
        if (!links.recordSent(me.code, recipient.officeCode, sequence, written.digest, toBeijingIso(now))) return false;
        request.record?.(final);
        return true;
      })();
    } catch (error) {
      await unlink(file).catch(() => undefined);
      throw error;
    }
    if (!recorded) {
      await unlink(file).catch(() => undefined);
      throw new AppError('conflict', '同一接收方的另一个数据包刚刚导出，序号已被占用，请重新导出。');
    }
    return final;
  }

  return {
    keys,
    trust,
    links,
    engine,
    limits,
    files,

    /**
     * With `copy`, the bundle is copied as it is hashed (the import keeps the
     * copy). An encrypted bundle's content is read only with `content`: its
     * passphrase unlocks the private key the bundle was encrypted to (none
     * given: a clear message). Without `content`, everything else is verified
     * and `payload` is null.
     */
    verify(file: string, copy?: BundleCopy, content?: { passphrase?: string }): Promise<VerifiedBundle> {
      const passphrase = content?.passphrase;
      const unwrap = passphrase === undefined ? undefined : (encryption: BundleEncryption) => unwrapContentKey(ctx.handle.sqlite, encryption, passphrase);
      return verifyBundle(file, { trust, links, office, engine, clock: ctx.clock, limits }, copy, { unwrap, required: content !== undefined });
    },

    /**
     * Work that must see the link as the previous task on it left it (a filing's
     * versions, the bundle's sequence): run one at a time per link, in order.
     */
    onLink<T>(recipientCode: string, task: () => Promise<T>): Promise<T> {
      return onLink(office.requireOffice().code, recipientCode, task);
    },

    /** Exports are one at a time, so each link's sequence numbers and digests chain. */
    exportBundle(request: BundleExport): Promise<WrittenBundle> {
      const result = exporting.then(() => exportNow(request));
      exporting = result.catch(() => undefined);
      return result;
    },

    /** For the import: records the bundle as accepted, inside the transaction that writes its content. */
    recordAccepted(manifest: BundleManifest, digest: string): void {
      links.recordAccepted(manifest, digest, toBeijingIso(ctx.clock.now()));
    },

    /** This office's private key (the active one, or `keyId`) as an encrypted PEM, to decrypt a bundle with OpenSSL. */
    exportPrivateKeyPem: (passphrase: string, keyId: string | null = null) => privateKeyPem(ctx.handle.sqlite, keyId, passphrase),

    close: () => engine.close(),
  };
}

export type ExchangeService = ReturnType<typeof createExchangeService>;
