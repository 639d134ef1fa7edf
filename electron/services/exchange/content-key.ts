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
  const row = sqlite.prepare('SELECT key_id, encrypted_private_key, status FROM office_keys WHERE key_id = ?').get(encryption.recipientKeyId) as
    | { key_id: string; encrypted_private_key: string; status: string }
    | undefined;
  const fingerprint = fingerprintOfKeyId(encryption.recipientKeyId);
  if (!row) {
    throw new AppError('notFound', `该数据包是加密给公钥指纹 ${fingerprint} 的，本机没有这把私钥，无法解密（本单位的密钥记录中没有它，可能是重装或换机后丢失）。请对方用本单位现在的公钥重新导出。`);
  }
  let privateKeyHex: string;
  try {
    privateKeyHex = await decryptPrivateKey(row.encrypted_private_key, passphrase, row.key_id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'wrongPassphrase') {
      const which = row.status === 'active' ? '本单位私钥' : `本单位已更换前的旧私钥（指纹 ${fingerprint}）`;
      throw new AppError('wrongPassphrase', `口令不正确，无法解锁${which}，数据包未解密，也未导入任何内容。请核对口令（区分大小写）后重试。`);
    }
    throw error;
  }
  const key = decryptSm2(Buffer.from(encryption.wrappedKey, 'hex'), privateKeyHex);
  if (!key || key.length !== SM4_KEY_BYTES) {
    refuse('wrongRecipient', `数据包声明加密给本单位（公钥指纹 ${fingerprint}），但本单位私钥解不开其中的内容密钥：它不是为本单位加密的，已拒绝。`);
  }
  return Buffer.from(key);
}
