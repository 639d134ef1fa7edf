import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { open, readFile, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';
import { nodeDurableFs, type DurableFs } from '../../../db/durable-fs';
import type { BundleLimits } from '../../../shared/exchange/limits';
import { AppError } from '../../../shared/contract/errors';
import { openBundle } from '../exchange/bundle-reader';
import type { Sm3Engine } from '../exchange/sm3';
import { createSm4Ctr } from '../exchange/sm4';
import type { BundleCopy } from '../exchange/verify';
import { METHOD_DEFLATE, zipStructure } from '../exchange/zip/layout';
import { CHUNK, ChunkPool, readRange } from '../exchange/zip/read-ahead';

/**
 * Attachment bytes under `<data folder>/attachments/`. A unit's own files are
 * content-addressed by SM3 (`<sm3[0:2]>/<sm3>`): the name is the digest, and
 * the same file attached twice is stored once. Every bundle accepted is kept
 * whole, byte for byte as verified and signed, as `received/<digest>.gvbundle`:
 * received attachments are read from it, and it remains the sender's signed
 * original (it can be verified again, with the app or OpenSSL). One file per
 * bundle instead of one per attachment: creating a thousand files cost more
 * than writing their bytes. The copy is written under `.incoming/` while the
 * bundle is verified and moved into place only once everything checked out; a
 * crash leaves only `.incoming/` leftovers, cleared at the next start.
 */
/** Writes of the incoming copy allowed in flight at once (each a copy of a ≤1 MiB chunk, in a reused buffer). */
const WRITES_IN_FLIGHT = 4;

async function writeAll(handle: FileHandle, chunk: Buffer, at: number): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) offset += (await handle.write(chunk, offset, chunk.length - offset, at + offset)).bytesWritten;
}

function attachmentDamaged(sm3: string, why: string): never {
  throw new AppError('conflict', `附件（SM3 ${sm3.slice(0, 16)}…）无法读取或已损坏：${why}。请让对方重新报送，或从备份恢复数据目录。`);
}

/**
 * Every file kept here is durable before the transaction that records it commits: written, fsynced,
 * renamed into place, its folder fsynced (and the folder above, when the folder was just made).
 */
export function createAttachmentStore(dataDir: string, fs: DurableFs = nodeDurableFs) {
  const root = join(dataDir, 'attachments');
  const incomingRoot = join(root, '.incoming');
  const receivedRoot = join(root, 'received');
  rmSync(incomingRoot, { recursive: true, force: true });

  /** Moves a complete, fsynced file into place and makes the move durable. */
  async function settle(temp: string, target: string): Promise<void> {
    const made = mkdirSync(dirname(target), { recursive: true });
    if (made) await fs.syncFolder(dirname(made));
    await fs.rename(temp, target);
    await fs.syncFolder(dirname(target));
  }

  const pathOf = (sm3: string) => join(root, sm3.slice(0, 2), sm3);
  const bundlePath = (digest: string) => join(receivedRoot, `${digest}.gvbundle`);
  /**
   * An encrypted bundle's SM4 key (hex), kept beside it so its attachments can
   * be read without the passphrase. Encryption protects the bundle in transit
   * (a lost USB stick); here, at rest, its content is in the database in clear
   * anyway.
   */
  const keyPath = (digest: string) => join(receivedRoot, `${digest}.sm4key`);

  return {
    root,
    pathOf,
    bundlePath,

    /**
     * Removes kept bundles that were never accepted: a crash (or a failed
     * commit) after a bundle was kept but before its transaction committed
     * leaves one behind. Called at start, when no import runs. Returns the
     * digests removed.
     */
    pruneUnaccepted(accepted: (digest: string) => boolean): string[] {
      const stray = (existsSync(receivedRoot) ? readdirSync(receivedRoot) : [])
        .map((name) => /^([0-9a-f]{64})\.gvbundle$/.exec(name)?.[1])
        .filter((digest): digest is string => digest !== undefined && !accepted(digest));
      for (const digest of stray) {
        rmSync(bundlePath(digest), { force: true });
        rmSync(keyPath(digest), { force: true });
      }
      return stray;
    },

    /** Keeps bytes already in memory (a document uploaded through the app); returns their SM3 and size. */
    async addBytes(bytes: Buffer, engine: Sm3Engine): Promise<{ sm3: string; size: number }> {
      const sm3 = engine.hash(bytes);
      const target = pathOf(sm3);
      if (!(await stat(target).catch(() => null))) {
        mkdirSync(incomingRoot, { recursive: true });
        const temp = join(incomingRoot, `${randomUUID()}.local`);
        try {
          const output = await fs.open(temp, 'wx');
          try {
            await writeAll(output, bytes, 0);
            await output.sync();
          } finally {
            await output.close();
          }
          await settle(temp, target);
        } finally {
          await rm(temp, { force: true });
        }
      }
      return { sm3, size: bytes.length };
    },

    /** Copies a local file in, hashing it in the same pass; returns its SM3 and size. */
    async addLocal(source: string, engine: Sm3Engine): Promise<{ sm3: string; size: number }> {
      mkdirSync(incomingRoot, { recursive: true });
      const temp = join(incomingRoot, `${randomUUID()}.local`);
      const hashing = engine.stream();
      let size = 0;
      try {
        const input = await open(source, 'r');
        const output = await fs.open(temp, 'wx');
        try {
          const buffer = Buffer.allocUnsafe(1 << 20);
          for (;;) {
            const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0) break;
            // Both awaited before the buffer is read into again: no copy needed.
            const chunk = buffer.subarray(0, bytesRead);
            await output.write(chunk);
            await hashing.update(chunk);
            size += bytesRead;
          }
          await output.sync();
        } finally {
          await input.close();
          await output.close();
        }
        const sm3 = (await hashing.digest())!;
        if (await stat(pathOf(sm3)).catch(() => null)) await rm(temp);
        else await settle(temp, pathOf(sm3));
        return { sm3, size };
      } catch (error) {
        hashing.abandon();
        await rm(temp, { force: true });
        throw error;
      }
    },

    /**
     * The copy of one bundle being imported. `copy` is handed to the
     * verification, which writes every byte it reads (and hashes) into
     * `.incoming/`; `place` then keeps it as `received/<digest>.gvbundle`,
     * once everything in it is verified; `discard` removes what is left (a
     * refused or failed import).
     */
    receiving() {
      mkdirSync(incomingRoot, { recursive: true });
      const temp = join(incomingRoot, `${randomUUID()}.gvbundle`);
      let opening: Promise<FileHandle> | null = null;
      let handle: FileHandle | null = null;
      // A few positional writes in flight, from reused buffers: they overlap the hashing and the reading of the next chunks.
      // (A fresh 1 MiB buffer per chunk cost ~2 s of allocation and GC per GiB here.)
      const buffers = new ChunkPool(CHUNK, WRITES_IN_FLIGHT + 1);
      let inFlight: Promise<void>[] = [];
      const drain = async () => {
        const pending = inFlight;
        inFlight = [];
        await Promise.all(pending);
      };
      const close = async () => {
        const open = opening;
        opening = null;
        handle = null;
        try {
          await drain();
        } finally {
          await (await open?.catch(() => null))?.close();
        }
      };
      const copy: BundleCopy = {
        async write(chunk, position) {
          opening ??= fs.open(temp, 'wx');
          handle ??= await opening;
          if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
          // A copy: the reader reuses its chunk once it has been hashed.
          const pooled = chunk.length <= buffers.size ? buffers.take() : Buffer.allocUnsafe(chunk.length);
          chunk.copy(pooled);
          const next = writeAll(handle, pooled.subarray(0, chunk.length), position).finally(() => buffers.give(pooled));
          next.catch(() => undefined); // reported when awaited (shift or drain), not as an unhandled rejection
          inFlight.push(next);
        },
        async finish(entries, bytes) {
          opening ??= fs.open(temp, 'wx');
          handle ??= await opening;
          await drain();
          for (const part of zipStructure(entries.map((entry) => ({ ...entry, name: entry.rawName })))) await writeAll(handle, part.bytes, part.at);
          await handle.sync();
          const written = (await handle.stat()).size;
          await close();
          if (written !== bytes) throw new Error(`数据包副本长度 ${written} 字节，与原文件 ${bytes} 字节不符`);
        },
      };
      return {
        copy,
        /**
         * Keeps the verified copy under its digest's name (a copy kept before, by a crash before commit, is
         * replaced by the same bytes), and its content key if it is encrypted, durably: the copy was fsynced as
         * it finished; the key file is fsynced before its rename; the folder is, after the renames.
         */
        async place(digest: string, contentKey: Buffer | null = null): Promise<string> {
          await close();
          if (contentKey) {
            const keyTemp = `${temp}.sm4key`;
            const handle = await fs.open(keyTemp, 'wx');
            try {
              await handle.write(contentKey.toString('hex'));
              await handle.sync();
            } finally {
              await handle.close();
            }
            await settle(keyTemp, keyPath(digest));
          }
          await settle(temp, bundlePath(digest));
          return bundlePath(digest);
        },
        async discard(): Promise<void> {
          await close().catch(() => undefined);
          await rm(temp, { force: true });
          await rm(`${temp}.sm4key`, { force: true });
        },
      };
    },

    /**
     * Reads an attachment's bytes, checking its SM3 and size on the way:
     * a local one from its file; a received one from the bundle it arrived in
     * (its entry found by the digest in that bundle's manifest).
     */
    async readAttachment(row: { sm3: string; size: number; source: string }, deps: { engine: Sm3Engine; limits: BundleLimits }, onChunk?: (chunk: Buffer) => Promise<void> | void): Promise<void> {
      const hasher = deps.engine.hasher();
      let size = 0;
      const take = async (chunk: Buffer) => {
        hasher.update(chunk);
        size += chunk.length;
        await onChunk?.(chunk);
      };
      const loose = pathOf(row.sm3);
      if (row.source === 'local' || (await stat(loose).catch(() => null))) {
        const handle = await open(loose, 'r');
        try {
          const length = (await handle.stat()).size;
          for await (const chunk of readRange(handle, 0, length, () => attachmentDamaged(row.sm3, '文件在读取中变短'))) await take(chunk);
        } finally {
          await handle.close();
        }
      } else {
        const opened = await openBundle(bundlePath(row.source), deps.limits).catch((error: Error) => attachmentDamaged(row.sm3, `保存的数据包无法读取：${error.message}`));
        try {
          const manifest = JSON.parse(opened.manifestBytes.toString('utf8')) as { encryption?: unknown; entries: { name: string; sm3: string; iv?: string }[] };
          const listed = manifest.entries.find((entry) => entry.sm3 === row.sm3);
          const entry = listed ? opened.entries.get(listed.name) : undefined;
          if (!entry) attachmentDamaged(row.sm3, '保存的数据包中没有这个附件');
          const raw = readRange(opened.handle, entry.dataOffset, entry.packedSize, () => attachmentDamaged(row.sm3, '保存的数据包不完整'));
          if (manifest.encryption && listed?.iv) {
            // The SM3 is of the ciphertext, as stored and signed: hashed first, then decrypted for the reader.
            const key = await readFile(keyPath(row.source), 'utf8').catch(() => attachmentDamaged(row.sm3, '保存的数据包已加密，但其内容密钥文件缺失'));
            const cipher = createSm4Ctr(Buffer.from(key.trim(), 'hex'), Buffer.from(listed.iv, 'hex'));
            for await (const chunk of raw) {
              hasher.update(chunk);
              size += chunk.length;
              await onChunk?.(cipher.update(chunk));
            }
          } else if (entry.method === METHOD_DEFLATE) {
            await pipeline(raw, createInflateRaw(), async (chunks: AsyncIterable<Buffer>) => {
              for await (const chunk of chunks) await take(chunk);
            });
          } else {
            for await (const chunk of raw) await take(chunk);
          }
        } finally {
          await opened.close();
        }
      }
      if (size !== row.size || hasher.digestHex() !== row.sm3) attachmentDamaged(row.sm3, `内容与登记的 SM3 摘要或大小（${row.size} 字节）不符`);
    },
  };
}

export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
