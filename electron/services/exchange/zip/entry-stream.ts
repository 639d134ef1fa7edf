import type { FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { BundleRefusal, refuse, type BundleRefusalCode } from '../../../../shared/exchange/refusals';
import type { Sm3Engine, Sm3Stream } from '../sm3';
import { METHOD_DEFLATE } from './layout';
import { CHUNK, readRange, type ChunkPool } from './read-ahead';
import type { ZipEntry } from './reader';

export interface EntryCaps {
  /** The size the entry must have: more is refused the moment it is exceeded. */
  expectedSize: number;
  maxRatio: number;
  ratioFloor: number;
  /** Shared across a bundle's entries: bytes inflated so far, and the ceiling. */
  total: { used: number; max: number };
}

export interface EntryContent {
  size: number;
  /** The content's CRC-32: the caller compares it with the directory's once the SM3 has been judged. */
  crc: number;
  /** The SM3s, still being computed in a worker while the next entry is read. */
  digests: Promise<{ sm3: string | null; packedSm3: string | null }>;
  /** The content, when asked to keep it (manifest, signature, payload.json). */
  bytes: Buffer | null;
}

/** The directory's CRC must match the content: checked last, so a changed content is reported by its SM3 first. */
export function checkCrc(entry: ZipEntry, crc: number): void {
  if (crc >>> 0 !== entry.crc) refuse('zipStructure', `数据包中的条目 ${JSON.stringify(entry.name)} 的 CRC 校验值与内容不符（ZIP 目录被改动），已拒绝。`);
}

/**
 * Streams one entry from the file, inflating with a byte cap: the count is of
 * bytes actually produced (never the header's claim), and the stream stops as
 * soon as it passes the expected size, the bundle's total, or the compression
 * ratio a real document reaches. Memory stays at a few chunks.
 */
/**
 * Where the bytes read from the bundle file are copied, at their position in
 * it, as they are read: the import keeps a copy of the bundle made in the same
 * pass that hashes it, so the bytes checked are the bytes kept. The chunk is
 * the reader's: copy it before the returned promise settles.
 */
export interface BundleTap {
  write(chunk: Buffer, position: number): Promise<void>;
}

export interface StreamOptions {
  pool?: ChunkPool;
  sizeHint?: number;
  tap?: BundleTap;
}

/** Small enough to inflate in one call, with a declared size the ratio check allows (a bomb is stopped at the declared size either way). */
const ONE_PIECE_MAX = 4 << 20;
function inflatesInOnePiece(entry: ZipEntry, caps: EntryCaps): boolean {
  return entry.packedSize <= CHUNK && caps.expectedSize <= ONE_PIECE_MAX && caps.expectedSize <= caps.maxRatio * entry.packedSize;
}

export async function streamEntry(file: FileHandle, entry: ZipEntry, caps: EntryCaps, engine: Sm3Engine | null, keep: boolean, options: StreamOptions = {}): Promise<EntryContent> {
  const { pool, sizeHint, tap } = options;
  const shown = JSON.stringify(entry.name);
  const deflated = entry.method === METHOD_DEFLATE;
  const content: Sm3Stream | null = engine?.stream(sizeHint) ?? null;
  const packed: Sm3Stream | null = deflated ? (engine?.stream(sizeHint) ?? null) : null;
  const kept: Buffer[] = [];
  const fail = (reason: BundleRefusalCode, message: string): never => {
    content?.abandon();
    packed?.abandon();
    return refuse(reason, message);
  };
  let size = 0;
  let crc = 0;
  const take = async (chunk: Buffer) => {
    size += chunk.length;
    caps.total.used += chunk.length;
    if (deflated && size > caps.ratioFloor && size > caps.maxRatio * Math.max(1, entry.packedSize)) {
      fail('compressionRatio', `数据包中的条目 ${shown} 解压时膨胀超过 ${caps.maxRatio} 倍（${entry.packedSize} 字节解压出 ${size} 字节以上），疑似压缩炸弹，已停止读取并拒绝。`);
    }
    if (size > caps.expectedSize) fail('sizeMismatch', `数据包中的条目 ${shown} 解压后超过应有的 ${caps.expectedSize} 字节，已停止读取并拒绝。`);
    if (caps.total.used > caps.total.max) fail('entryTooLarge', `数据包解压后的总量超过上限 ${caps.total.max} 字节，已停止读取并拒绝。`);
    await content?.update(chunk);
    crc = crc32(chunk, crc);
    if (keep) kept.push(Buffer.from(chunk));
  };
  let packedRead = 0;
  const tapPacked = async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      await tap?.write(chunk, entry.dataOffset + packedRead);
      packedRead += chunk.length;
      await packed?.update(chunk);
      yield chunk;
    }
  };
  const short = () => refuse('notAZip', '数据包文件在读取中途结束：文件不完整（可能复制时被截断）。');

  try {
    if (deflated && entry.packedSize === 0) fail('zipStructure', `数据包中的条目 ${shown} 的压缩数据为空。`);
    if (deflated && inflatesInOnePiece(entry, caps)) {
      // A document: its packed bytes in one reused buffer, inflated at once into one buffer of its size.
      // The stream below allocated ~1.5× the content in fresh buffers (input, 64 KiB outputs), left for the GC.
      let inflated: Buffer | null = null;
      // One chunk (packedSize ≤ CHUNK), inflated before the reader takes its buffer back.
      for await (const chunk of readRange(file, entry.dataOffset, entry.packedSize, short, pool)) {
        await tap?.write(chunk, entry.dataOffset + packedRead);
        packedRead += chunk.length;
        await packed?.update(chunk);
        try {
          inflated = inflateRawSync(chunk, { chunkSize: Math.max(64, caps.expectedSize + 64), maxOutputLength: Math.max(1, caps.expectedSize) });
        } catch (error) {
          if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') fail('sizeMismatch', `数据包中的条目 ${shown} 解压后超过应有的 ${caps.expectedSize} 字节，已停止读取并拒绝。`);
          throw error;
        }
      }
      await take(inflated!);
    } else if (deflated) {
      // Fresh buffers here: the inflater holds its input for a while.
      await pipeline(readRange(file, entry.dataOffset, entry.packedSize, short), tapPacked, createInflateRaw({ chunkSize: 64 * 1024 }), async (chunks: AsyncIterable<Buffer>) => {
        for await (const chunk of chunks) await take(chunk);
      });
    } else {
      let position = entry.dataOffset;
      for await (const chunk of readRange(file, entry.dataOffset, entry.packedSize, short, pool)) {
        await tap?.write(chunk, position);
        position += chunk.length;
        await take(chunk);
      }
    }
  } catch (error) {
    if (error instanceof BundleRefusal) fail(error.reason, error.message);
    const code = (error as { code?: string }).code ?? '';
    // zlib's own errors, and a deflate stream that ends before its bytes do (the pipeline aborts); not the disk's (EIO, ENOENT…).
    if (deflated && !/^E[A-Z]+$/.test(code)) fail('zipStructure', `数据包中的条目 ${shown} 的压缩数据损坏，无法解压（${code || (error as Error).message}），已拒绝。`);
    fail('fileUnreadable', `读取数据包中的条目 ${shown} 时出错：${error instanceof Error ? error.message : String(error)}`);
  }
  if (deflated && packedRead !== entry.packedSize) fail('zipStructure', `数据包中的条目 ${shown} 的压缩数据长度与目录声明的 ${entry.packedSize} 字节不符，已拒绝。`);
  if (size !== caps.expectedSize) fail('sizeMismatch', `数据包中的条目 ${shown} 实际 ${size} 字节，应为 ${caps.expectedSize} 字节，已拒绝。`);
  const digests = Promise.all([content?.digest() ?? null, packed?.digest() ?? null]).then(([sm3, packedSm3]) => ({ sm3, packedSm3 }));
  digests.catch(() => undefined);
  return { size, crc, digests, bytes: keep ? Buffer.concat(kept) : null };
}
