import { describe, expect, it } from 'vitest';
import { pemOfSpki, publicKeyOfSpki, spkiOfPem, spkiOfPublicKey } from '../../../../../electron/services/exchange/public-key';
import { generateSm2KeyPair, parseDerSignature, signSm2, verifySm2 } from '../../../../../electron/services/exchange/sm2';

const N = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');
const der = (r: string, s: string) => {
  const int = (hex: string) => [0x02, hex.length / 2, ...Buffer.from(hex, 'hex')];
  const body = [...int(r), ...int(s)];
  return Buffer.from([0x30, body.length, ...body]);
};

describe('SM2 signatures', () => {
  const key = generateSm2KeyPair();
  const message = Buffer.from('{"sequence":1}');

  it('sign and verify; another message or key does not verify', () => {
    const signature = parseDerSignature(signSm2(message, key))!;
    expect(verifySm2(message, signature, key.publicKeyHex)).toBe(true);
    expect(verifySm2(Buffer.from('{"sequence":2}'), signature, key.publicKeyHex)).toBe(false);
    expect(verifySm2(message, signature, generateSm2KeyPair().publicKeyHex)).toBe(false);
  });

  it('are parsed strictly: one SEQUENCE of two minimal, positive INTEGERs in [1, n−1], nothing after', () => {
    const good = signSm2(message, key);
    expect(parseDerSignature(good)).not.toBeNull();
    expect(parseDerSignature(Buffer.concat([good, Buffer.from([0])]))).toBeNull();
    expect(parseDerSignature(good.subarray(0, good.length - 1))).toBeNull();
    expect(parseDerSignature(der('00', '01'))).toBeNull(); // r = 0
    expect(parseDerSignature(der('01', N.toString(16).padStart(64, '0').replace(/^/, '00')))).toBeNull(); // s = n
    expect(parseDerSignature(der('0001', '01'))).toBeNull(); // not minimal
    expect(parseDerSignature(der('81', '01'))).toBeNull(); // negative
    expect(parseDerSignature(der('01', '01'))).toEqual({ r: 1n, s: 1n });
    expect(parseDerSignature(Buffer.alloc(70, 0x30))).toBeNull();
  });
});

describe('SM2 public keys as SubjectPublicKeyInfo', () => {
  it('round-trip through PEM', () => {
    const { publicKeyHex } = generateSm2KeyPair();
    const pem = pemOfSpki(spkiOfPublicKey(publicKeyHex));
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/);
    expect(publicKeyOfSpki(spkiOfPem(pem)!)).toBe(publicKeyHex);
  });

  it('refuse other curves and points off the curve', () => {
    const { publicKeyHex } = generateSm2KeyPair();
    const spki = spkiOfPublicKey(publicKeyHex);
    const p256 = Buffer.from(spki);
    Buffer.from('2a8648ce3d030107', 'hex').copy(p256, 15); // prime256v1's OID where SM2's is
    expect(publicKeyOfSpki(p256)).toBeNull();
    const offCurve = Buffer.from(spki);
    offCurve[offCurve.length - 1] = offCurve[offCurve.length - 1]! ^ 1;
    expect(publicKeyOfSpki(offCurve)).toBeNull();
    expect(publicKeyOfSpki(spki.subarray(0, 90))).toBeNull();
  });
});
