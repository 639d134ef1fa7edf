import { rename, unlink } from 'node:fs/promises';
import { AppError } from '../../../shared/contract/errors';
import { toBeijingIso } from '../../../shared/domain/time';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from '../../../shared/exchange/limits';
import { ENCRYPTED_PAYLOAD_TYPES, type BundleEncryption, type BundleManifest, type PayloadType } from '../../../shared/exchange/manifest';
import { PAYLOAD_SCHEMAS, payloadAttachments, type AnyPayload } from '../../../shared/exchange/payloads';
import type { ServiceContext } from '../context';
import type { OfficeService } from '../office';
import { writeBundleFile, type AttachmentSource, type WrittenBundle } from './bundle-writer';
import { privateKeyPem, unwrapContentKey } from './content-key';
import { createKeyService, type Signer } from './keys';
import { createLinkState } from './links';
import { createSm3Engine, type Sm3EngineOptions } from './sm3';
import { createTrustService } from './trust';
import { verifyBundle, type BundleCopy, type VerifiedBundle } from './verify';

export interface ExchangeOptions {
  limits?: Partial<BundleLimits>;
  sm3?: Sm3EngineOptions;
  /** scrypt cost for new keys (2^n); tests lower it, the default is 17. */
  scryptLogN?: number;
  /** Filings, decisions and policy updates are encrypted to their recipient unless this is false (tests of other concerns). */
  encryptByDefault?: boolean;
}

export interface BundleExport {
  file: string;
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
  let exporting: Promise<unknown> = Promise.resolve();

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
    const signer = 'sign' in request.signer ? request.signer : await keys.unlock(request.signer.passphrase);
    const { sequence, previousDigest } = links.nextOutgoing(me.code, recipient.officeCode);
    const now = ctx.clock.now();
    const partial = `${request.file}.partial`;
    const written = await writeBundleFile(
      {
        file: partial,
        signer,
        sender: { officeCode: me.code, officeName: me.name },
        recipient: { officeCode: recipient.officeCode, officeName: recipient.officeName },
        sequence,
        previousDigest,
        createdAt: toBeijingIso(now),
        expiresAt: toBeijingIso(new Date(now.getTime() + (request.expiresInDays ?? 60) * DAY_MS)),
        payloadType: request.payloadType,
        payload: parsed.data,
        attachments: request.attachments ?? [],
        onProgress: request.onProgress,
        limits,
        encryptTo: (request.encrypt ?? (options.encryptByDefault !== false && ENCRYPTED_PAYLOAD_TYPES.includes(request.payloadType))) ? recipient : undefined,
      },
      engine,
    );
    try {
      await rename(partial, request.file);
    } catch (error) {
      await unlink(partial).catch(() => undefined);
      throw error;
    }
    const final = { ...written, file: request.file };
    let recorded: boolean;
    try {
      recorded = ctx.handle.sqlite.transaction(() => {
        if (!links.recordSent(me.code, recipient.officeCode, sequence, written.digest, toBeijingIso(now))) return false;
        request.record?.(final);
        return true;
      })();
    } catch (error) {
      await unlink(request.file).catch(() => undefined);
      throw error;
    }
    if (!recorded) {
      await unlink(request.file).catch(() => undefined);
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
