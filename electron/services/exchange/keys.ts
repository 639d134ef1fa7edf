import { AppError } from '../../../shared/contract/errors';
import { toBeijingIso } from '../../../shared/domain/time';
import type { ServiceContext } from '../context';
import { createHistoryWriter } from '../history-chain';
import type { OfficeService } from '../office';
import { decryptPrivateKey, DEFAULT_SCRYPT_LOG_N, encryptPrivateKey } from './key-crypto';
import { formatLastSequences, renderPublicKeyFile, rotationStatement } from './key-file';
import { identityOfPublicKey } from './public-key';
import { generateSm2KeyPair, publicKeyOfPrivate, signSm2, type Sm2KeyPair } from './sm2';

export type KeyStatus = 'active' | 'rotated' | 'revoked';

export interface OfficeKeyInfo {
  keyId: string;
  fingerprint: string;
  publicKeyHex: string;
  createdAt: string;
  status: KeyStatus;
  statusAt: string | null;
  previousKeyId: string | null;
}

/** The unlocked private key, held only for the work that needs it (an export). */
export interface Signer {
  keyId: string;
  publicKeyHex: string;
  sign(message: Uint8Array): Uint8Array;
}

interface KeyRow {
  key_id: string;
  fingerprint: string;
  public_key: string;
  encrypted_private_key: string;
  created_at: string;
  status: KeyStatus;
  status_at: string | null;
  previous_key_id: string | null;
  rotation_signature: string | null;
  rotation_last_sequences: string | null;
}

const info = (row: KeyRow): OfficeKeyInfo => ({
  keyId: row.key_id,
  fingerprint: row.fingerprint,
  publicKeyHex: row.public_key,
  createdAt: row.created_at,
  status: row.status,
  statusAt: row.status_at,
  previousKeyId: row.previous_key_id,
});

/** The office's own key pair: created once, unlocked with the passphrase to sign, rotated or revoked. */
export function createKeyService(ctx: ServiceContext, office: OfficeService, options: { scryptLogN?: number } = {}) {
  const { sqlite } = ctx.handle;
  const history = createHistoryWriter(sqlite);
  const logN = options.scryptLogN ?? DEFAULT_SCRYPT_LOG_N;
  const activeRow = () => sqlite.prepare("SELECT * FROM office_keys WHERE status = 'active'").get() as KeyRow | undefined;
  const insert = sqlite.prepare(
    `INSERT INTO office_keys (key_id, fingerprint, public_key, encrypted_private_key, created_at, status, previous_key_id, rotation_signature, rotation_last_sequences)
     VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
  );
  /** Every link this office sends on, with the last sequence it recorded as sent. */
  const outgoingLinks = sqlite.prepare('SELECT recipient_code AS code, last_sequence AS sequence FROM exchange_links WHERE sender_code = ?');
  const setStatus = sqlite.prepare('UPDATE office_keys SET status = ?, status_at = ? WHERE key_id = ?');

  function requireActive(): KeyRow {
    const row = activeRow();
    if (!row) throw new AppError('notFound', '本单位还没有签名密钥：请先在“数据交换 → 本单位密钥”中生成。');
    return row;
  }

  function record(keyId: string, action: 'create' | 'update', changes: { field: string; before?: unknown; after: unknown }[], at: string) {
    history.append([{ at, actor: office.requireOffice().operator, entityType: 'officeKey', entityId: keyId, action, changes }]);
  }

  async function newKey(passphrase: string): Promise<{ pair: Sm2KeyPair; keyId: string; fingerprint: string; blob: string }> {
    const pair = generateSm2KeyPair();
    const { keyId, fingerprint } = identityOfPublicKey(pair.publicKeyHex);
    return { pair, keyId, fingerprint, blob: await encryptPrivateKey(pair.privateKeyHex, passphrase, keyId, logN) };
  }

  async function unlock(passphrase: string): Promise<Signer> {
    const row = requireActive();
    const privateKeyHex = await decryptPrivateKey(row.encrypted_private_key, passphrase, row.key_id);
    if (publicKeyOfPrivate(privateKeyHex) !== row.public_key) throw new AppError('internal', '本单位私钥与登记的公钥不符，密钥记录已损坏。');
    const pair: Sm2KeyPair = { privateKeyHex, publicKeyHex: row.public_key };
    return { keyId: row.key_id, publicKeyHex: row.public_key, sign: (message) => signSm2(message, pair) };
  }

  return {
    unlock,

    /** Whether `keyId` is still the active key: an export checks it in the transaction that records the bundle as sent. */
    isActive(keyId: string): boolean {
      return activeRow()?.key_id === keyId;
    },

    status(): { active: OfficeKeyInfo | null; keys: OfficeKeyInfo[] } {
      const rows = sqlite.prepare('SELECT * FROM office_keys ORDER BY seq DESC').all() as KeyRow[];
      const active = rows.find((row) => row.status === 'active');
      return { active: active ? info(active) : null, keys: rows.map(info) };
    },

    async create(passphrase: string): Promise<OfficeKeyInfo> {
      office.requireOffice();
      if (activeRow()) throw new AppError('conflict', '本单位已有有效的签名密钥；如需更换，请使用“轮换密钥”。');
      const key = await newKey(passphrase);
      const at = toBeijingIso(ctx.clock.now());
      sqlite.transaction(() => {
        if (activeRow()) throw new AppError('conflict', '本单位已有有效的签名密钥；如需更换，请使用“轮换密钥”。');
        insert.run(key.keyId, key.fingerprint, key.pair.publicKeyHex, key.blob, at, null, null, null);
        record(key.keyId, 'create', [{ field: 'fingerprint', after: key.fingerprint }], at);
      })();
      return info(activeRow()!);
    },

    /**
     * A new key, announced by the old one: the old key signs the rotation statement naming the new,
     * and, per link, the last sequence it signed. Read and signed in the transaction that retires it,
     * so no bundle recorded as sent by the old key is left out (an export still writing with it is
     * refused when it records: see isActive).
     */
    async rotate(passphrase: string, newPassphrase: string): Promise<OfficeKeyInfo> {
      const old = await unlock(passphrase);
      const key = await newKey(newPassphrase);
      const at = toBeijingIso(ctx.clock.now());
      const officeCode = office.requireOffice().code;
      sqlite.transaction(() => {
        if (activeRow()?.key_id !== old.keyId) throw new AppError('conflict', '签名密钥已被更换，请刷新后重试。');
        const links = outgoingLinks.all(officeCode) as { code: string; sequence: number }[];
        const last = formatLastSequences(new Map(links.map((link) => [link.code, link.sequence])));
        const signature = Buffer.from(old.sign(rotationStatement(officeCode, old.keyId, key.keyId, at, last))).toString('hex');
        setStatus.run('rotated', at, old.keyId);
        insert.run(key.keyId, key.fingerprint, key.pair.publicKeyHex, key.blob, at, old.keyId, signature, last);
        record(old.keyId, 'update', [{ field: 'status', before: 'active', after: 'rotated' }], at);
        record(key.keyId, 'create', [{ field: 'fingerprint', after: key.fingerprint }, { field: 'previousKeyId', after: old.keyId }], at);
      })();
      return info(activeRow()!);
    },

    /** Marks the active key revoked (lost passphrase, suspected leak). Other offices must revoke it in their trust stores. */
    revoke(reason: string): OfficeKeyInfo {
      const row = requireActive();
      const at = toBeijingIso(ctx.clock.now());
      sqlite.transaction(() => {
        setStatus.run('revoked', at, row.key_id);
        record(row.key_id, 'update', [{ field: 'status', before: 'active', after: 'revoked' }, { field: 'reason', after: reason }], at);
      })();
      return { ...info(row), status: 'revoked', statusAt: at };
    },

    /** The public-key file to give to the other office (with the rotation, when this key replaced another). */
    exportPublic(): { fileName: string; text: string; keyId: string; fingerprint: string } {
      const row = requireActive();
      const me = office.requireOffice();
      const rotation = row.previous_key_id && row.rotation_signature
        ? { fromKeyId: row.previous_key_id, at: row.created_at, signature: row.rotation_signature, last: row.rotation_last_sequences }
        : null;
      const text = renderPublicKeyFile({ officeName: me.name, officeCode: me.code, role: me.role, publicKeyHex: row.public_key, createdAt: row.created_at, rotation });
      return { fileName: `${me.code}-${row.fingerprint.replace(/ /g, '').slice(0, 8)}.pub.pem`, text, keyId: row.key_id, fingerprint: row.fingerprint };
    },
  };
}

export type KeyService = ReturnType<typeof createKeyService>;
