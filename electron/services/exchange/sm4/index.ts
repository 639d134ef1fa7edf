import { createCipheriv, getCiphers } from 'node:crypto';
import { createSm4CtrJs } from './sm4-js';

export type Sm4Implementation = 'node' | 'js';

/**
 * SM4-CTR over a stream of chunks, in order. `update` returns the chunk's
 * transformed bytes; the input chunk is consumed (the JS implementation works
 * in place, to spare a copy per chunk). Encryption and decryption are the same.
 */
export interface Sm4Ctr {
  update(chunk: Uint8Array): Buffer;
}

export const SM4_KEY_BYTES = 16;
export const SM4_IV_BYTES = 16;

let nodeHasSm4: boolean | undefined;

/**
 * OpenSSL's SM4 through node:crypto where the runtime has it (Node, the CLI,
 * the bench: about twice the JS speed), else JavaScript. Electron's BoringSSL
 * has no SM4, so the desktop app runs the JS one.
 */
export function defaultSm4Implementation(): Sm4Implementation {
  nodeHasSm4 ??= getCiphers().includes('sm4-ctr');
  return nodeHasSm4 ? 'node' : 'js';
}

export function createSm4Ctr(key: Uint8Array, iv: Uint8Array, implementation: Sm4Implementation = defaultSm4Implementation()): Sm4Ctr {
  if (key.length !== SM4_KEY_BYTES || iv.length !== SM4_IV_BYTES) throw new Error('SM4-CTR: the key and the IV are 16 bytes each');
  if (implementation === 'node') {
    const cipher = createCipheriv('sm4-ctr', key, iv);
    return { update: (chunk) => cipher.update(chunk) };
  }
  const apply = createSm4CtrJs(key, iv);
  return { update: (chunk) => { const out = apply(chunk); return Buffer.from(out.buffer, out.byteOffset, out.length); } };
}
