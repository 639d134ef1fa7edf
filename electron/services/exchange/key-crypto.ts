import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';

/**
 * The office's private key at rest: scrypt (N = 2^17, r = 8, p = 1: 128 MiB
 * and about half a second, so a stolen database or backup cannot be tried
 * against many passphrases quickly) derives a 256-bit key; AES-256-GCM
 * encrypts the 32-byte private key, with the key id as associated data so a
 * blob cannot be moved to another key's row. Both are in Node's and
 * Electron's own crypto (OpenSSL / BoringSSL), audited native code; SM4-GCM
 * would be pure JavaScript here, and this blob is read by no other party, so
 * the national algorithms buy no interoperability. The parameters are stored
 * with the blob, so they can be raised (or SM4 adopted) later.
 */
export const encryptedKeySchema = z.strictObject({
  v: z.literal(1),
  kdf: z.literal('scrypt'),
  logN: z.int().min(10).max(20),
  r: z.int().min(1).max(32),
  p: z.int().min(1).max(16),
  salt: z.base64(),
  cipher: z.literal('aes-256-gcm'),
  iv: z.base64(),
  tag: z.base64(),
  ciphertext: z.base64(),
});
export type EncryptedKey = z.infer<typeof encryptedKeySchema>;

export const DEFAULT_SCRYPT_LOG_N = 17;

function deriveKey(passphrase: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r };
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function encryptPrivateKey(privateKeyHex: string, passphrase: string, keyId: string, logN = DEFAULT_SCRYPT_LOG_N): Promise<string> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, logN, 8, 1);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(`govit-desk office key ${keyId}`));
  const ciphertext = Buffer.concat([cipher.update(Buffer.from(privateKeyHex, 'hex')), cipher.final()]);
  const blob: EncryptedKey = {
    v: 1,
    kdf: 'scrypt',
    logN,
    r: 8,
    p: 1,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
  return JSON.stringify(blob);
}

/** The private key (hex), or a refusal naming the passphrase. */
export async function decryptPrivateKey(stored: string, passphrase: string, keyId: string): Promise<string> {
  const blob = encryptedKeySchema.parse(JSON.parse(stored));
  const key = await deriveKey(passphrase, Buffer.from(blob.salt, 'base64'), blob.logN, blob.r, blob.p);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(blob.iv, 'base64'));
  decipher.setAAD(Buffer.from(`govit-desk office key ${keyId}`));
  decipher.setAuthTag(Buffer.from(blob.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(blob.ciphertext, 'base64')), decipher.final()]).toString('hex');
  } catch {
    throw new AppError('wrongPassphrase', '私钥口令不正确，无法解锁本单位的签名密钥。请核对口令（区分大小写）后重试。');
  }
}
