import { fingerprintOfKeyId } from '../../../shared/exchange/fingerprint';
import { isValidSm2Point } from './sm2';
import { sm3Hex } from './sm3';

/**
 * SM2 public keys as OpenSSL writes them: a DER SubjectPublicKeyInfo with
 * algorithm id-ecPublicKey (1.2.840.10045.2.1), curve SM2 (1.2.156.10197.1.301)
 * and the uncompressed point. Every SM2 SPKI is this 26-byte prefix plus 65
 * bytes of point, so parsing is an exact comparison, not an ASN.1 parser.
 */
const SPKI_PREFIX = Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex');
const SPKI_LENGTH = SPKI_PREFIX.length + 65;

export function spkiOfPublicKey(publicKeyHex: string): Buffer {
  return Buffer.concat([SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]);
}

/** The point (hex) of an SM2 SPKI, or null when the bytes are anything else or the point is not on the curve. */
export function publicKeyOfSpki(der: Uint8Array): string | null {
  if (der.length !== SPKI_LENGTH || !SPKI_PREFIX.equals(der.subarray(0, SPKI_PREFIX.length))) return null;
  const point = Buffer.from(der.subarray(SPKI_PREFIX.length)).toString('hex');
  return isValidSm2Point(point) ? point : null;
}

export function pemOfSpki(der: Uint8Array): string {
  const lines = Buffer.from(der).toString('base64').match(/.{1,64}/g)!;
  return ['-----BEGIN PUBLIC KEY-----', ...lines, '-----END PUBLIC KEY-----', ''].join('\n');
}

/** The DER inside one PEM PUBLIC KEY block, or null. */
export function spkiOfPem(pem: string): Buffer | null {
  const match = /-----BEGIN PUBLIC KEY-----\r?\n([A-Za-z0-9+/=\r\n]+?)\r?\n-----END PUBLIC KEY-----/.exec(pem);
  if (!match) return null;
  const body = match[1]!.replace(/\r?\n/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) return null;
  return Buffer.from(body, 'base64');
}

export interface KeyIdentity {
  /** SM3 of the SPKI DER, hex. */
  keyId: string;
  /** Its first 80 bits, grouped for reading aloud. */
  fingerprint: string;
}

export function identityOfPublicKey(publicKeyHex: string): KeyIdentity {
  const keyId = sm3Hex(spkiOfPublicKey(publicKeyHex));
  return { keyId, fingerprint: fingerprintOfKeyId(keyId) };
}
