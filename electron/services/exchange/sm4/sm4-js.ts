/**
 * SM4 (GB/T 32907-2016) in CTR mode, in plain JavaScript with four 256-entry
 * round tables. Hand-written because the shipped runtime has no SM4 to call:
 * Electron's BoringSSL lacks it, and sm-crypto-v2 has no CTR mode (CTR from its
 * ECB builds and allocates a counter array per call, and ran at about a third
 * of this; see bench/suites/exchange.ts). The counter is the whole 16-byte
 * block, big-endian, incremented by one per block, as OpenSSL's `sm4-ctr` does.
 */
const SBOX = Uint8Array.from(Buffer.from(
  'd690e9fecce13db716b614c228fb2c052b679a762abe04c3aa441326498606999c4250f491ef987a33540b43edcfac62e4b31ca9c908e89580df94fa758f3fa64707a7fcf37317ba83593c19e6854fa8686b81b27164da8bf8eb0f4b70569d351e240e5e6358d1a225227c3b01217887d40046579fd327524c3602e7a0c4c89eeabf8ad240c738b5a3f7f2cef96115a1e0ae5da49b341a55ad933230f58cb1e31df6e22e8266ca60c02923ab0d534e6fd5db3745defd8e2f03ff6a726d6c5b518d1baf92bbddbc7f11d95c411f105ad80ac13188a5cd7bbd2d74d012b8e5b4b08969974a0c96777e65b9f109c56ec68418f07dec3adc4d2079ee5f3ed7cb3948',
  'hex',
));
const FK = [0xa3b1bac6, 0x56aa3350, 0x677d9197, 0xb27022dc];

const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));
const tau = (x: number) => (SBOX[x >>> 24]! << 24) | (SBOX[(x >>> 16) & 255]! << 16) | (SBOX[(x >>> 8) & 255]! << 8) | SBOX[x & 255]!;

/** T(x) = L(τ(x)) as four tables, one per input byte. */
const T0 = new Int32Array(256);
const T1 = new Int32Array(256);
const T2 = new Int32Array(256);
const T3 = new Int32Array(256);
for (let a = 0; a < 256; a++) {
  const b = SBOX[a]! << 24;
  const l = b ^ rotl(b, 2) ^ rotl(b, 10) ^ rotl(b, 18) ^ rotl(b, 24);
  T0[a] = l;
  T1[a] = rotl(l, 24);
  T2[a] = rotl(l, 16);
  T3[a] = rotl(l, 8);
}

/** The 32 round keys. */
export function sm4RoundKeys(key: Uint8Array): Int32Array {
  if (key.length !== 16) throw new Error('SM4 key must be 16 bytes');
  const view = new DataView(key.buffer, key.byteOffset, 16);
  const k = [0, 1, 2, 3].map((i) => view.getUint32(i * 4) ^ FK[i]!);
  const rk = new Int32Array(32);
  for (let i = 0; i < 32; i++) {
    let ck = 0;
    for (let j = 0; j < 4; j++) ck = (ck << 8) | (((4 * i + j) * 7) & 255);
    const b = tau(k[i + 1]! ^ k[i + 2]! ^ k[i + 3]! ^ ck);
    k[i + 4] = k[i]! ^ b ^ rotl(b, 13) ^ rotl(b, 23);
    rk[i] = k[i + 4]!;
  }
  return rk;
}

/** Encrypts one block given as four words; the result goes to `out` (four words). */
export function sm4EncryptBlock(rk: Int32Array, x0: number, x1: number, x2: number, x3: number, out: Int32Array): void {
  for (let i = 0; i < 32; i += 4) {
    let t = x1 ^ x2 ^ x3 ^ rk[i]!;
    x0 ^= T0[t >>> 24]! ^ T1[(t >>> 16) & 255]! ^ T2[(t >>> 8) & 255]! ^ T3[t & 255]!;
    t = x2 ^ x3 ^ x0 ^ rk[i + 1]!;
    x1 ^= T0[t >>> 24]! ^ T1[(t >>> 16) & 255]! ^ T2[(t >>> 8) & 255]! ^ T3[t & 255]!;
    t = x3 ^ x0 ^ x1 ^ rk[i + 2]!;
    x2 ^= T0[t >>> 24]! ^ T1[(t >>> 16) & 255]! ^ T2[(t >>> 8) & 255]! ^ T3[t & 255]!;
    t = x0 ^ x1 ^ x2 ^ rk[i + 3]!;
    x3 ^= T0[t >>> 24]! ^ T1[(t >>> 16) & 255]! ^ T2[(t >>> 8) & 255]! ^ T3[t & 255]!;
  }
  out[0] = x3;
  out[1] = x2;
  out[2] = x1;
  out[3] = x0;
}

/** A CTR keystream applied in place: chunks of any length, in order. */
export function createSm4CtrJs(key: Uint8Array, iv: Uint8Array): (chunk: Uint8Array) => Uint8Array {
  if (iv.length !== 16) throw new Error('SM4-CTR IV must be 16 bytes');
  const rk = sm4RoundKeys(key);
  const ivView = new DataView(iv.buffer, iv.byteOffset, 16);
  const counter = [0, 1, 2, 3].map((i) => ivView.getUint32(i * 4));
  const words = new Int32Array(4);
  const stream = new Uint8Array(16);
  let used = 16; // bytes of `stream` already applied
  const next = () => {
    sm4EncryptBlock(rk, counter[0]!, counter[1]!, counter[2]!, counter[3]!, words);
    for (let i = 3; i >= 0; i--) {
      counter[i] = (counter[i]! + 1) >>> 0;
      if (counter[i] !== 0) break;
    }
  };
  return (chunk) => {
    let p = 0;
    const n = chunk.length;
    // The rest of a block begun in the previous chunk.
    while (used < 16 && p < n) chunk[p++]! ^= stream[used++]!;
    // Whole blocks, straight from the round function's words.
    for (; p + 16 <= n; p += 16) {
      next();
      const [a, b, c, d] = words as unknown as [number, number, number, number];
      chunk[p]! ^= a >>> 24; chunk[p + 1]! ^= a >>> 16; chunk[p + 2]! ^= a >>> 8; chunk[p + 3]! ^= a;
      chunk[p + 4]! ^= b >>> 24; chunk[p + 5]! ^= b >>> 16; chunk[p + 6]! ^= b >>> 8; chunk[p + 7]! ^= b;
      chunk[p + 8]! ^= c >>> 24; chunk[p + 9]! ^= c >>> 16; chunk[p + 10]! ^= c >>> 8; chunk[p + 11]! ^= c;
      chunk[p + 12]! ^= d >>> 24; chunk[p + 13]! ^= d >>> 16; chunk[p + 14]! ^= d >>> 8; chunk[p + 15]! ^= d;
    }
    if (p < n) {
      next();
      for (let i = 0; i < 4; i++) {
        const w = words[i]!;
        stream[4 * i] = w >>> 24; stream[4 * i + 1] = w >>> 16; stream[4 * i + 2] = w >>> 8; stream[4 * i + 3] = w;
      }
      used = 0;
      while (p < n) chunk[p++]! ^= stream[used++]!;
    }
    return chunk;
  };
}
