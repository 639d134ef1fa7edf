import { createPrivateKey } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { fingerprintOfKeyId } from '../../../shared/exchange/fingerprint';
import type { BundleEncryption } from '../../../shared/exchange/manifest';
import { refuse } from '../../../shared/exchange/refusals';
import { decryptPrivateKey } from './key-crypto';
import { decryptSm2 } from './sm2';
import { SM4_KEY_BYTES } from './sm4';

/**
 * The SM4 key of a bundle encrypted to this office: the private key it names
 * (the active one, or an earlier one kept after a rotation) is unlocked with
 * the passphrase, and unwraps it. Reads only; every failure says what to do.
 */
export async function unwrapContentKey(sqlite: Database.Database, encryption: BundleEncryption, passphrase: string): Promise<Buffer> {
  const fingerprint = fingerprintOfKeyId(encryption.recipientKeyId);
  const privateKeyHex = await unlockOwnKey(sqlite, encryption.recipientKeyId, passphrase, {
    missing: `该数据包是加密给公钥指纹 ${fingerprint} 的，本机没有这把私钥，无法解密（本单位的密钥记录中没有它，可能是重装或换机后丢失）。请对方用本单位现在的公钥重新导出。`,
    wrong: (active) => `口令不正确，无法解锁${active ? '本单位私钥' : `本单位已更换前的旧私钥（指纹 ${fingerprint}）`}，数据包未解密，也未导入任何内容。请核对口令（区分大小写）后重试。`,
  });
  const key = decryptSm2(Buffer.from(encryption.wrappedKey, 'hex'), privateKeyHex);
  if (!key || key.length !== SM4_KEY_BYTES) {
    refuse('wrongRecipient', `数据包声明加密给本单位（公钥指纹 ${fingerprint}），但本单位私钥解不开其中的内容密钥：它不是为本单位加密的，已拒绝。`);
  }
  return Buffer.from(key);
}

/** One of this office's private keys (hex), by key id (null: the active one), unlocked with its passphrase. */
async function unlockOwnKey(sqlite: Database.Database, keyId: string | null, passphrase: string, say: { missing: string; wrong: (active: boolean) => string }): Promise<string> {
  const row = (keyId === null
    ? sqlite.prepare("SELECT key_id, encrypted_private_key, status FROM office_keys WHERE status = 'active'").get()
    : sqlite.prepare('SELECT key_id, encrypted_private_key, status FROM office_keys WHERE key_id = ?').get(keyId)) as
    | { key_id: string; encrypted_private_key: string; status: string }
    | undefined;
  if (!row) throw new AppError('notFound', say.missing);
  try {
    return await decryptPrivateKey(row.encrypted_private_key, passphrase, row.key_id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'wrongPassphrase') throw new AppError('wrongPassphrase', say.wrong(row.status === 'active'));
    throw error;
  }
}

/**
 * The private key as an encrypted PKCS#8 PEM (PBES2, AES-256-CBC, under the
 * same passphrase), for decrypting a bundle by hand with OpenSSL
 * (docs/bundle-format.md). Needs a runtime whose crypto has SM2 keys (Node's
 * OpenSSL: the CLI), not Electron's BoringSSL.
 */
export async function privateKeyPem(sqlite: Database.Database, keyId: string | null, passphrase: string): Promise<string> {
  const privateKeyHex = await unlockOwnKey(sqlite, keyId, passphrase, {
    missing: keyId ? `本单位的密钥记录中没有编号为 ${keyId} 的私钥。` : '本单位还没有密钥：请先生成。',
    wrong: () => '口令不正确，无法解锁本单位私钥，未导出任何内容。请核对口令（区分大小写）后重试。',
  });
  // PKCS#8 PrivateKeyInfo { 0, { id-ecPublicKey, SM2 curve 1.2.156.10197.1.301 }, ECPrivateKey { 1, key } }.
  const der = Buffer.concat([Buffer.from('3041020100301306072a8648ce3d020106082a811ccf5501822d042730250201010420', 'hex'), Buffer.from(privateKeyHex, 'hex')]);
  try {
    const key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    return key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }) as string;
  } catch {
    throw new AppError('forbidden', '此运行环境的加密库不支持 SM2 私钥导出，请用命令行工具（npm run cli）导出。');
  } finally {
    der.fill(0);
  }
}
