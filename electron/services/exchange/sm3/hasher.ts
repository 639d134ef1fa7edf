import { SM3_IV, type CompressBlocks } from './sm3-js';

/** An incremental SM3: update with chunks of any size, then digest once. */
export interface Sm3Hasher {
  update(chunk: Uint8Array): this;
  /** The 32-byte digest as lowercase hex. The hasher cannot be used after. */
  digestHex(): string;
}

/** The padded tail for a message of `length` bytes whose last `rest.length` bytes have not been compressed. */
export function sm3Tail(rest: Uint8Array, length: number): Uint8Array {
  const tail = new Uint8Array(rest.length < 56 ? 64 : 128);
  tail.set(rest);
  tail[rest.length] = 0x80;
  const view = new DataView(tail.buffer);
  const bits = length * 8;
  view.setUint32(tail.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(tail.length - 4, bits >>> 0);
  return tail;
}

export function stateToHex(state: Int32Array): string {
  let hex = '';
  for (const word of state) hex += (word >>> 0).toString(16).padStart(8, '0');
  return hex;
}

export function createHasher(compress: CompressBlocks): Sm3Hasher {
  const state = Int32Array.from(SM3_IV);
  const pending = new Uint8Array(64);
  let buffered = 0;
  let length = 0;
  let done = false;
  const hasher: Sm3Hasher = {
    update(chunk) {
      if (done) throw new Error('SM3: update after digest');
      length += chunk.length;
      let offset = 0;
      if (buffered > 0) {
        const take = Math.min(64 - buffered, chunk.length);
        pending.set(chunk.subarray(0, take), buffered);
        buffered += take;
        offset = take;
        if (buffered < 64) return hasher;
        compress(state, pending, 0, 64);
        buffered = 0;
      }
      const whole = chunk.length - offset - ((chunk.length - offset) % 64);
      if (whole > 0) compress(state, chunk, offset, whole);
      offset += whole;
      pending.set(chunk.subarray(offset), 0);
      buffered = chunk.length - offset;
      return hasher;
    },
    digestHex() {
      if (done) throw new Error('SM3: digest twice');
      done = true;
      const tail = sm3Tail(pending.subarray(0, buffered), length);
      compress(state, tail, 0, tail.length);
      return stateToHex(state);
    },
  };
  return hasher;
}
