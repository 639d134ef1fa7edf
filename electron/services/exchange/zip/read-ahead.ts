import { open, type FileHandle } from 'node:fs/promises';

export const CHUNK = 1 << 20;

/**
 * Read and write buffers (1 MiB unless told), reused: a bundle of a gigabyte is read through a handful
 * of them instead of a thousand fresh ones the garbage collector would leave
 * lying around (resident memory then grows with the attachments).
 */
export class ChunkPool {
  private readonly spare: Buffer[] = [];
  constructor(
    readonly size = CHUNK,
    private readonly keep = 8,
  ) {}
  take(): Buffer {
    return this.spare.pop() ?? Buffer.allocUnsafeSlow(this.size);
  }
  give(buffer: Buffer): void {
    if (buffer.length === this.size && this.spare.length < this.keep) this.spare.push(buffer);
  }
}

async function readFully(handle: FileHandle, buffer: Buffer, size: number, at: number): Promise<boolean> {
  const { bytesRead } = await handle.read(buffer, 0, size, at);
  return bytesRead === size;
}

/**
 * Reads `length` bytes from `start` in 1 MiB chunks, the next read in flight
 * while the caller works on the current chunk, so disk and CPU overlap. With a
 * pool, each chunk's buffer is reused once the caller asks for the next one:
 * the caller must be done with a chunk (or have copied it) by then.
 */
export async function* readRange(handle: FileHandle, start: number, length: number, onShort: () => never, pool?: ChunkPool): AsyncGenerator<Buffer> {
  const end = start + length;
  let position = start;
  const next = (): { buffer: Buffer; done: Promise<Buffer> } | null => {
    if (position >= end) return null;
    const size = Math.min(CHUNK, end - position);
    const buffer = pool ? pool.take() : Buffer.allocUnsafe(size);
    const done = readFully(handle, buffer, size, position).then((whole) => (whole ? buffer.subarray(0, size) : onShort()));
    position += size;
    return { buffer, done };
  };
  let pending = next();
  let current: Buffer | null = null;
  try {
    while (pending) {
      const chunk = await pending.done;
      current = pending.buffer;
      pending = next();
      yield chunk;
      if (pool) pool.give(current);
      current = null;
    }
  } finally {
    pending?.done.catch(() => undefined);
    if (pool && current) pool.give(current);
  }
}

/**
 * A file opened, and its first chunks read, before it is needed: the writer
 * starts the next attachments while it writes the current one.
 */
export class PrefetchedFile {
  private readonly handle: Promise<FileHandle>;
  private readonly started: Promise<{ chunks: AsyncGenerator<Buffer>; first: Promise<IteratorResult<Buffer>> }>;
  private consumed = false;

  /** `handle`: the file already open (its size taken from it), which this then owns and closes. */
  constructor(
    readonly path: string,
    readonly size: number,
    pool: ChunkPool,
    handle?: FileHandle,
  ) {
    this.handle = handle ? Promise.resolve(handle) : open(path, 'r');
    this.started = this.handle.then((handle) => {
      const chunks = readRange(handle, 0, size, () => this.changed('变短了'), pool);
      const first = chunks.next();
      first.catch(() => undefined);
      return { chunks, first };
    });
    this.started.catch(() => undefined);
  }

  private changed(how: string): never {
    throw new Error(`文件“${this.path}”在导出过程中${how}（被修改），请重新导出。`);
  }

  /** The file's bytes; each chunk's buffer is reused once the next is asked for. */
  async *chunks(): AsyncGenerator<Buffer> {
    this.consumed = true;
    const { chunks, first } = await this.started;
    const handle = await this.handle;
    try {
      const result = await first;
      if (!result.done) {
        yield result.value;
        yield* chunks;
      }
      const { bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, this.size);
      if (bytesRead !== 0) this.changed('变长了');
    } finally {
      await chunks.return(undefined);
      await handle.close();
    }
  }

  /** Closes a file that will not be read after all (an export that failed earlier). */
  async discard(): Promise<void> {
    if (this.consumed) return;
    this.consumed = true;
    await this.started.then(({ chunks }) => chunks.return(undefined)).catch(() => undefined);
    await this.handle.then((handle) => handle.close()).catch(() => undefined);
  }
}
