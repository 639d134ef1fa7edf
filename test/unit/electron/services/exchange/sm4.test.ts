import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSm4Ctr } from '../../../../../electron/services/exchange/sm4';
import { sm4EncryptBlock, sm4RoundKeys } from '../../../../../electron/services/exchange/sm4/sm4-js';
import { decryptSm2, encryptSm2, generateSm2KeyPair } from '../../../../../electron/services/exchange/sm2';
import { seededBytes } from '../../../../support/exchange';

const hex = (value: string) => Buffer.from(value, 'hex');

describe('SM4 in JavaScript', () => {
  it('encrypts the GB/T 32907-2016 example block', () => {
    const key = hex('0123456789abcdeffedcba9876543210');
    const out = new Int32Array(4);
    sm4EncryptBlock(sm4RoundKeys(key), 0x01234567, 0x89abcdef | 0, 0xfedcba98 | 0, 0x76543210, out);
    expect(Buffer.from(Array.from(out, (word) => (word >>> 0).toString(16).padStart(8, '0')).join(''), 'hex').toString('hex')).toBe('681edf34d206965e86b3e94f536e4246');
  });

  it('CTR matches OpenSSL sm4-ctr for any chunking, across a counter wrap-around', () => {
    const key = hex('00112233445566778899aabbccddeeff');
    for (const iv of [hex('000102030405060708090a0b0c0d0e0f'), hex('fffffffffffffffffffffffffffffffe')]) {
      const data = seededBytes(10_000, 3);
      const expected = createCipheriv('sm4-ctr', key, iv).update(data);
      for (const cuts of [[], [1], [15, 16, 17], [5, 21, 4096, 9999]]) {
        const cipher = createSm4Ctr(key, iv, 'js');
        const copy = Buffer.from(data);
        let at = 0;
        const parts = [...cuts, copy.length].map((end) => {
          const part = cipher.update(copy.subarray(at, end));
          at = end;
          return part;
        });
        expect(Buffer.concat(parts).equals(expected)).toBe(true);
      }
      // Decryption is the same operation.
      expect(createSm4Ctr(key, iv, 'js').update(Buffer.from(expected)).equals(data)).toBe(true);
    }
  });
});

describe('SM2 encryption (GM/T 0009 ASN.1 C1C3C2)', () => {
  it('wraps a key that only the matching private key unwraps', () => {
    const recipient = generateSm2KeyPair();
    const other = generateSm2KeyPair();
    const secret = seededBytes(16, 9);
    const wrapped = encryptSm2(secret, recipient.publicKeyHex);
    expect(wrapped[0]).toBe(0x30); // DER SEQUENCE
    expect(Buffer.from(decryptSm2(wrapped, recipient.privateKeyHex)!).equals(secret)).toBe(true);
    expect(decryptSm2(wrapped, other.privateKeyHex)).toBeNull();
    const changed = Buffer.from(wrapped);
    changed[changed.length - 1]! ^= 1;
    expect(decryptSm2(changed, recipient.privateKeyHex)).toBeNull();
  });
});
