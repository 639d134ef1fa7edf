import { sm2 } from 'sm-crypto-v2';
import { SM2_USER_ID } from '../../../shared/exchange/manifest';

/**
 * SM2 signatures (GB/T 32918) with SM3 and the default user id
 * 1234567812345678, as OpenSSL 3 makes and checks them
 * (`openssl dgst -sm3 -sigopt distid:1234567812345678`). Signatures are DER
 * SEQUENCE { r INTEGER, s INTEGER }, parsed strictly here before sm-crypto-v2
 * sees them (which does not check r and s are in range).
 */
const N = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');

export interface Sm2KeyPair {
  privateKeyHex: string;
  /** Uncompressed point: 04 ‖ x ‖ y, 130 hex digits. */
  publicKeyHex: string;
}

export function generateSm2KeyPair(): Sm2KeyPair {
  const pair = sm2.generateKeyPairHex();
  if (!/^[0-9a-f]{64}$/.test(pair.privateKey) || !/^04[0-9a-f]{128}$/.test(pair.publicKey)) throw new Error('SM2 key generation failed');
  return { privateKeyHex: pair.privateKey, publicKeyHex: pair.publicKey };
}

export function publicKeyOfPrivate(privateKeyHex: string): string {
  return sm2.getPublicKeyFromPrivateKey(privateKeyHex);
}

export function isValidSm2Point(publicKeyHex: string): boolean {
  try {
    return /^04[0-9a-f]{128}$/.test(publicKeyHex) && sm2.verifyPublicKey(publicKeyHex);
  } catch {
    return false;
  }
}

/** Signs the message (SM3 over Z ‖ message inside): the DER signature. */
export function signSm2(message: Uint8Array, key: Sm2KeyPair): Uint8Array {
  const der = sm2.doSignature(message, key.privateKeyHex, { hash: true, der: true, publicKey: key.publicKeyHex, userId: SM2_USER_ID });
  return Buffer.from(der, 'hex');
}

function readInteger(der: Uint8Array, at: number): { value: bigint; next: number } | null {
  if (der[at] !== 0x02) return null;
  const length = der[at + 1];
  if (length === undefined || length < 1 || length > 33 || at + 2 + length > der.length) return null;
  const bytes = der.subarray(at + 2, at + 2 + length);
  if (bytes[0]! & 0x80) return null; // negative
  if (length > 1 && bytes[0] === 0 && !(bytes[1]! & 0x80)) return null; // not minimal
  return { value: BigInt(`0x${Buffer.from(bytes).toString('hex')}`), next: at + 2 + length };
}

/** r and s from a DER signature, or null unless it is exactly one well-formed SEQUENCE of two in-range INTEGERs. */
export function parseDerSignature(der: Uint8Array): { r: bigint; s: bigint } | null {
  if (der.length < 8 || der.length > 72 || der[0] !== 0x30 || der[1] !== der.length - 2) return null;
  const r = readInteger(der, 2);
  const s = r && readInteger(der, r.next);
  if (!r || !s || s.next !== der.length) return null;
  if (r.value < 1n || r.value >= N || s.value < 1n || s.value >= N) return null;
  return { r: r.value, s: s.value };
}

type PreparedKey = ReturnType<typeof sm2.precomputePublicKey>;
const prepared = new Map<string, PreparedKey>();

/** The public key with its multiples precomputed (about 6× faster verification); cached per key. */
function preparedKey(publicKeyHex: string): PreparedKey {
  let key = prepared.get(publicKeyHex);
  if (!key) {
    key = sm2.precomputePublicKey(publicKeyHex);
    if (prepared.size > 256) prepared.clear();
    prepared.set(publicKeyHex, key);
  }
  return key;
}

export function verifySm2(message: Uint8Array, signature: { r: bigint; s: bigint }, publicKeyHex: string): boolean {
  const rs = signature.r.toString(16).padStart(64, '0') + signature.s.toString(16).padStart(64, '0');
  try {
    return sm2.doVerifySignature(message, rs, preparedKey(publicKeyHex), { hash: true, der: false, userId: SM2_USER_ID });
  } catch {
    return false;
  }
}

/**
 * SM2 public-key encryption (GB/T 32918.4), the ciphertext in GM/T 0009's
 * ASN.1 form: SEQUENCE { x INTEGER, y INTEGER, hash OCTET STRING (C3),
 * ciphertext OCTET STRING (C2) }, which `openssl pkeyutl -decrypt` reads.
 * Used to wrap a bundle's SM4 key to its recipient.
 */
export function encryptSm2(message: Uint8Array, publicKeyHex: string): Uint8Array {
  return Buffer.from(sm2.doEncrypt(message, publicKeyHex, 1, { asn1: true }), 'hex');
}

/** The plaintext, or null when the ciphertext is malformed or was not made for this key (C3 does not match). */
export function decryptSm2(ciphertext: Uint8Array, privateKeyHex: string): Uint8Array | null {
  try {
    const plain = sm2.doDecrypt(Buffer.from(ciphertext).toString('hex'), privateKeyHex, 1, { asn1: true, output: 'array' });
    return plain.length > 0 ? plain : null;
  } catch {
    return null;
  }
}
