/**
 * A key's fingerprint: the first 80 bits of its key id (SM3 of the DER
 * SubjectPublicKeyInfo), as 20 hex digits in five groups of four, short
 * enough to read aloud on the phone ("3F2A 9C01 7B44 E0D2 11AF"). Anyone can
 * recompute it: `openssl pkey -pubin -in pub.pem -outform DER | openssl dgst -sm3`.
 */
export const FINGERPRINT_HEX_DIGITS = 20;

export function fingerprintOfKeyId(keyId: string): string {
  const digits = keyId.slice(0, FINGERPRINT_HEX_DIGITS).toUpperCase();
  return digits.match(/.{4}/g)!.join(' ');
}

/** What a person typed or read: spaces, dashes and colons ignored, case ignored. Null if not 20 hex digits. */
export function normalizeFingerprint(input: string): string | null {
  const digits = input.replace(/[\s:-]/g, '').toUpperCase();
  return /^[0-9A-F]{20}$/.test(digits) ? fingerprintOfKeyId(digits) : null;
}
