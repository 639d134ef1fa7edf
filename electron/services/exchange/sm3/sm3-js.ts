/**
 * SM3 (GB/T 32905-2016) in plain JavaScript: the reference and the fallback
 * where WebAssembly is unavailable. Written for clarity over speed (the
 * WebAssembly build in wasm-module.ts is ~3× faster); both are checked
 * against OpenSSL's SM3 in the tests.
 */
export const SM3_IV: readonly number[] = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];

/** Folds `length` bytes (a multiple of 64) of `data` from `offset` into `state`. */
export type CompressBlocks = (state: Int32Array, data: Uint8Array, offset: number, length: number) => void;

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));

/** T_j rotated left by j, precomputed. */
const T_ROTATED = Int32Array.from({ length: 64 }, (_, j) => rotl(j < 16 ? 0x79cc4519 : 0x7a879d8a, j % 32));
const W = new Int32Array(68);

export const compressBlocksJs: CompressBlocks = (state, data, offset, length) => {
  let s0 = state[0]!, s1 = state[1]!, s2 = state[2]!, s3 = state[3]!, s4 = state[4]!, s5 = state[5]!, s6 = state[6]!, s7 = state[7]!;
  for (let block = offset; block < offset + length; block += 64) {
    for (let i = 0; i < 16; i++) {
      const at = block + i * 4;
      W[i] = (data[at]! << 24) | (data[at + 1]! << 16) | (data[at + 2]! << 8) | data[at + 3]!;
    }
    for (let i = 16; i < 68; i++) {
      const x = W[i - 16]! ^ W[i - 9]! ^ rotl(W[i - 3]!, 15);
      W[i] = x ^ rotl(x, 15) ^ rotl(x, 23) ^ rotl(W[i - 13]!, 7) ^ W[i - 6]!;
    }
    let a = s0, b = s1, c = s2, d = s3, e = s4, f = s5, g = s6, h = s7;
    for (let j = 0; j < 64; j++) {
      const a12 = rotl(a, 12);
      const ss1 = rotl((a12 + e + T_ROTATED[j]!) | 0, 7);
      const ss2 = ss1 ^ a12;
      const ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
      const gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
      const tt1 = (ff + d + ss2 + (W[j]! ^ W[j + 4]!)) | 0;
      const tt2 = (gg + h + ss1 + W[j]!) | 0;
      d = c;
      c = rotl(b, 9);
      b = a;
      a = tt1;
      h = g;
      g = rotl(f, 19);
      f = e;
      e = tt2 ^ rotl(tt2, 9) ^ rotl(tt2, 17);
    }
    s0 ^= a; s1 ^= b; s2 ^= c; s3 ^= d; s4 ^= e; s5 ^= f; s6 ^= g; s7 ^= h;
  }
  state[0] = s0; state[1] = s1; state[2] = s2; state[3] = s3; state[4] = s4; state[5] = s5; state[6] = s6; state[7] = s7;
};
