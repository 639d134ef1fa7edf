import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sm3Engine } from '../exchange/sm3';
import type { AttachmentCopies } from '../exchange/verify';

/**
 * Attachment bytes, content-addressed by SM3 under `<data folder>/attachments/`:
 * the name is the digest, so a copy is checked by its name and the same file
 * received twice is stored once. Incoming copies are written under
 * `.incoming/` and moved into place only once every digest has been checked;
 * a crash leaves only `.incoming/` leftovers, cleared at the next start.
 */
/** Writes of incoming attachment chunks allowed in flight at once (each a copy of a ≤1 MiB chunk). */
const WRITES_IN_FLIGHT = 4;

export function createAttachmentStore(dataDir: string) {
  const root = join(dataDir, 'attachments');
  const incomingRoot = join(root, '.incoming');
  rmSync(incomingRoot, { recursive: true, force: true });

  const pathOf = (sm3: string) => join(root, sm3.slice(0, 2), sm3);

  return {
    root,
    pathOf,

    /** Copies a local file in, hashing it in the same pass; returns its SM3 and size. */
    async addLocal(source: string, engine: Sm3Engine): Promise<{ sm3: string; size: number }> {
      mkdirSync(incomingRoot, { recursive: true });
      const temp = join(incomingRoot, `${randomUUID()}.local`);
      const hashing = engine.stream();
      let size = 0;
      try {
        const input = await open(source, 'r');
        const output = await open(temp, 'wx');
        try {
          const buffer = Buffer.allocUnsafe(1 << 20);
          for (;;) {
            const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0) break;
            const chunk = Buffer.from(buffer.subarray(0, bytesRead));
            await output.write(chunk);
            await hashing.update(chunk);
            size += bytesRead;
          }
        } finally {
          await input.close();
          await output.close();
        }
        const sm3 = (await hashing.digest())!;
        mkdirSync(join(root, sm3.slice(0, 2)), { recursive: true });
        if (await stat(pathOf(sm3)).catch(() => null)) await rm(temp);
        else await rename(temp, pathOf(sm3));
        return { sm3, size };
      } catch (error) {
        hashing.abandon();
        await rm(temp, { force: true });
        throw error;
      }
    },

    /**
     * Copies for one import. `copies` is handed to the verification, which
     * writes each attachment as it hashes it; `place` then moves each copy to
     * its digest's name; `discard` removes them (refused or failed import).
     */
    incoming() {
      const dir = join(incomingRoot, randomUUID());
      mkdirSync(dir, { recursive: true });
      const files = new Map<string, string>();
      let current: FileHandle | null = null;
      // A few positional writes in flight: they overlap the hashing and the reading of the next chunks.
      let inFlight: Promise<void>[] = [];
      let position = 0;
      const drain = async () => {
        const pending = inFlight;
        inFlight = [];
        await Promise.all(pending);
      };
      const closeCurrent = async () => {
        const handle = current;
        current = null;
        try {
          await drain();
        } finally {
          await handle?.close();
        }
      };
      const writeAll = async (handle: FileHandle, chunk: Buffer, at: number) => {
        let offset = 0;
        while (offset < chunk.length) offset += (await handle.write(chunk, offset, chunk.length - offset, at + offset)).bytesWritten;
      };
      const copies: AttachmentCopies = {
        async open(entryName) {
          await closeCurrent();
          const file = join(dir, String(files.size));
          files.set(entryName, file);
          const handle = await open(file, 'wx');
          current = handle;
          position = 0;
          return {
            write: async (chunk) => {
              if (inFlight.length >= WRITES_IN_FLIGHT) await inFlight.shift();
              // A copy: the reader recycles its chunk once it has been hashed.
              const next = writeAll(handle, Buffer.from(chunk), position);
              next.catch(() => undefined); // reported when awaited (shift or drain), not as an unhandled rejection
              inFlight.push(next);
              position += chunk.length;
            },
          };
        },
        finish: closeCurrent,
      };
      return {
        copies,
        /** Moves the checked copy of each entry to its digest's name (after the copies were verified). */
        async place(digests: ReadonlyMap<string, string>): Promise<void> {
          for (const [entry, file] of files) {
            const sm3 = digests.get(entry);
            if (!sm3) throw new Error(`附件 ${entry} 没有摘要`);
            const target = pathOf(sm3);
            mkdirSync(join(root, sm3.slice(0, 2)), { recursive: true });
            const existing = await stat(target).catch(() => null);
            if (existing) await rm(file);
            else await rename(file, target);
          }
        },
        async discard(): Promise<void> {
          await closeCurrent().catch(() => undefined);
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
  };
}

export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
