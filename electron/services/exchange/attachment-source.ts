import { open, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { deflateRaw } from 'node:zlib';
import { compressedByMagic, compressedByName, samplesWorthDeflating, worthDeflating } from './compressible';
import { PrefetchedFile, type ChunkPool } from './zip/read-ahead';

const deflateRawAsync = promisify(deflateRaw);

/** Files up to this size that may compress are read and deflated whole, ahead of time, in the thread pool. */
export const WHOLE = 4 << 20;

/**
 * An attachment ready to be written: streamed from the file, or already in
 * memory (and deflated if worth it), in a buffer to give back to the pool once written.
 */
export type PreparedAttachment =
  | { kind: 'stream'; deflate: boolean; size: number; file: PrefetchedFile }
  | { kind: 'whole'; content: Buffer; packed: Buffer | null; buffer: Buffer };

export interface AttachmentPools {
  chunks: ChunkPool;
  /** WHOLE-sized buffers. */
  whole: ChunkPool;
}

async function readWhole(handle: FileHandle, buffer: Buffer, size: number, path: string): Promise<Buffer> {
  const content = buffer.subarray(0, size);
  const { bytesRead } = await handle.read(content, 0, size, 0);
  const { bytesRead: more } = await handle.read(Buffer.alloc(1), 0, 1, size);
  if (bytesRead !== size || more !== 0) throw new Error(`文件“${path}”在导出过程中被修改，请重新导出。`);
  return content;
}

/**
 * Gets one attachment ready while the writer is busy with earlier ones:
 * already-compressed files (by name) stream straight through; small files that
 * may compress are read and deflated whole (the decision is then exact); large
 * ones are judged by samples and streamed. Without `mayDeflate` (an encrypted
 * bundle) every file streams as it is.
 */
export async function prepareAttachment(path: string, entry: string, pools: AttachmentPools, mayDeflate = true): Promise<PreparedAttachment> {
  const handle = await open(path, 'r');
  // A streamed file keeps this handle (one open per file, not two); it is closed here otherwise.
  let handedOver = false;
  const stream = (deflate: boolean, size: number): PreparedAttachment => {
    handedOver = true;
    return { kind: 'stream', deflate, size, file: new PrefetchedFile(path, size, pools.chunks, handle) };
  };
  try {
    const { size } = await handle.stat();
    if (!mayDeflate || compressedByName(entry) || size < 1024) return stream(false, size);
    if (size <= WHOLE) {
      const buffer = pools.whole.take();
      try {
        const content = await readWhole(handle, buffer, size, path);
        if (compressedByMagic(content)) return { kind: 'whole', content, packed: null, buffer };
        const packed = await deflateRawAsync(content, { level: 1 });
        return { kind: 'whole', content, packed: worthDeflating(size, packed.length) ? packed : null, buffer };
      } catch (error) {
        pools.whole.give(buffer);
        throw error;
      }
    }
    return stream(await samplesWorthDeflating(handle, size), size);
  } finally {
    if (!handedOver) await handle.close();
  }
}
