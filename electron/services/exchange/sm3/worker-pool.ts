import { Worker } from 'node:worker_threads';
import { sm3Tail, stateToHex } from './hasher';
import { SM3_IV } from './sm3-js';
import { WASM_DATA_OFFSET, WASM_DATA_WINDOW, WASM_STATE_OFFSET } from './wasm-module';

/**
 * SM3 off the main thread: each stream's bytes are batched (1 MiB, block
 * aligned) and transferred to a worker that runs the WebAssembly compress and
 * keeps the stream's state, so hashing overlaps the reading, inflating and
 * writing the main thread does, across entries too (a digest is awaited only
 * when it is needed). Await `update`: it waits when all batch buffers are out.
 *
 * The worker is evaluated from this source (no separate file to bundle, so it
 * runs the same under Electron, tsx and vitest). It only runs the module it is given.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { module, iv, stateOffset, dataOffset, window } = workerData;
const wasm = new WebAssembly.Instance(module, {}).exports;
const heap = new Uint8Array(wasm.memory.buffer);
const view = new Int32Array(wasm.memory.buffer, stateOffset, 8);
const states = new Map();
parentPort.on('message', ({ id, data, length, final, drop }) => {
  if (drop) { states.delete(id); return; }
  let state = states.get(id);
  if (!state) { state = Int32Array.from(iv); states.set(id, state); }
  const bytes = new Uint8Array(data, 0, length);
  view.set(state);
  for (let done = 0; done < bytes.length; done += window) {
    const size = Math.min(window, bytes.length - done);
    heap.set(bytes.subarray(done, done + size), dataOffset);
    wasm.compress(stateOffset, dataOffset, size >>> 6);
  }
  state.set(view);
  if (final) states.delete(id);
  parentPort.postMessage({ id, data, state: final ? state : undefined }, [data]);
});
`;

const BATCH = 1 << 20;
const MAX_OUT = 8;

export interface Sm3Stream {
  /** Resolves when the stream can take more (backpressure); usually returns at once. */
  update(chunk: Uint8Array): void | Promise<void>;
  digest(): Promise<string>;
  /** Gives up on the stream (a refused bundle): its state is dropped and it keeps nothing alive. */
  abandon(): void;
}

type Reply = { id: number; data?: ArrayBuffer; state?: Int32Array };

class PooledWorker {
  readonly worker: Worker;
  private readonly streams = new Map<number, WorkerStream>();
  /** Batches sent and not yet back. */
  private out = 0;
  dead = false;

  constructor(module: WebAssembly.Module, buffers: BufferStore) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { module, iv: SM3_IV, stateOffset: WASM_STATE_OFFSET, dataOffset: WASM_DATA_OFFSET, window: WASM_DATA_WINDOW },
    });
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => {
      // Buffers come home even for a stream given up on meanwhile.
      if (reply.data) {
        this.out -= 1;
        buffers.give(reply.data);
      }
      if (reply.state) this.streams.get(reply.id)?.finished(reply.state);
    });
    // A dead worker fails its streams; the pool starts another for new ones, and forgets the batches it held.
    this.worker.on('error', (error) => {
      this.dead = true;
      buffers.lost(this.out);
      this.out = 0;
      for (const stream of [...this.streams.values()]) stream.fail(error);
    });
  }

  post(message: { id: number; data: ArrayBuffer; length: number; final: boolean }): void {
    this.out += 1;
    this.worker.postMessage(message, [message.data]);
  }

  get open(): number {
    return this.streams.size;
  }

  /** An open stream keeps the process alive (its digest is awaited); an idle worker does not. */
  attach(id: number, stream: WorkerStream): void {
    if (this.streams.size === 0) this.worker.ref();
    this.streams.set(id, stream);
  }

  detach(id: number): void {
    this.streams.delete(id);
    if (this.streams.size === 0) this.worker.unref();
  }
}

/**
 * Batch buffers: they travel to a worker and come back to be reused. At most
 * MAX_OUT exist, so however far the workers fall behind, the bytes waiting
 * for them stay bounded (8 MiB) and the reader waits instead.
 */
class BufferStore {
  private readonly spare: ArrayBuffer[] = [];
  private readonly waiting: ((buffer: ArrayBuffer) => void)[] = [];
  private created = 0;

  /** Batches handed out and not yet back: the hashing the workers still have to do, in MiB. */
  get outstanding(): number {
    return this.created - this.spare.length;
  }

  take(): ArrayBuffer | Promise<ArrayBuffer> {
    const spare = this.spare.pop();
    if (spare) return spare;
    if (this.created < MAX_OUT) {
      this.created += 1;
      return new ArrayBuffer(BATCH);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Batches that will never come back (their worker died): new ones may be made instead. */
  lost(count: number): void {
    this.created -= count;
    while (this.waiting.length > 0 && this.created < MAX_OUT) {
      this.created += 1;
      this.waiting.shift()!(new ArrayBuffer(BATCH));
    }
  }

  give(buffer: ArrayBuffer): void {
    if (buffer.byteLength !== BATCH) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter(buffer);
    else this.spare.push(buffer);
  }
}

class WorkerStream implements Sm3Stream {
  private batch: Uint8Array | null = null;
  private filled = 0;
  private length = 0;
  private finish: { resolve(hex: string): void; reject(error: Error): void } | null = null;
  private error: Error | null = null;

  constructor(
    private readonly owner: PooledWorker,
    private readonly buffers: BufferStore,
    private readonly id: number,
  ) {
    owner.attach(id, this);
  }

  async update(chunk: Uint8Array): Promise<void> {
    this.length += chunk.length;
    for (let offset = 0; offset < chunk.length; ) {
      if (this.error) throw this.error;
      this.batch ??= new Uint8Array(await this.buffers.take());
      const take = Math.min(BATCH - this.filled, chunk.length - offset);
      this.batch.set(chunk.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === BATCH) this.send(false);
    }
  }

  async digest(): Promise<string> {
    if (this.error) throw this.error;
    const whole = this.filled - (this.filled % 64);
    const tail = sm3Tail(this.batch ? this.batch.subarray(whole, this.filled) : new Uint8Array(0), this.length);
    this.filled = whole;
    if (whole + tail.length > BATCH) this.send(false);
    this.batch ??= new Uint8Array(await this.buffers.take());
    this.batch.set(tail, this.filled);
    this.filled += tail.length;
    return new Promise((resolve, reject) => {
      this.finish = { resolve, reject };
      this.send(true);
    });
  }

  finished(state: Int32Array): void {
    this.owner.detach(this.id);
    this.finish?.resolve(stateToHex(state));
  }

  abandon(): void {
    if (this.error) return;
    this.error = new Error('SM3 stream abandoned');
    if (this.batch) this.buffers.give(this.batch.buffer as ArrayBuffer);
    this.batch = null;
    this.owner.worker.postMessage({ id: this.id, drop: true });
    this.owner.detach(this.id);
  }

  fail(error: Error): void {
    this.error = error;
    this.owner.detach(this.id);
    this.finish?.reject(error);
  }

  private send(final: boolean): void {
    this.owner.post({ id: this.id, data: this.batch!.buffer as ArrayBuffer, length: this.filled, final });
    this.batch = null;
    this.filled = 0;
  }
}

export interface Sm3WorkerPool {
  stream(): Sm3Stream;
  /** MiB handed to the workers and not yet hashed (batches out, at most MAX_OUT). */
  backlog(): number;
  close(): Promise<void>;
}

export function createSm3WorkerPool(module: WebAssembly.Module, size: number): Sm3WorkerPool {
  let workers: PooledWorker[] = [];
  const buffers = new BufferStore();
  let nextId = 1;
  return {
    stream() {
      workers = workers.filter((pooled) => !pooled.dead);
      if (workers.length < size) workers.push(new PooledWorker(module, buffers));
      // The worker with the fewest open streams takes the new one.
      const owner = workers.reduce((best, worker) => (worker.open < best.open ? worker : best));
      return new WorkerStream(owner, buffers, nextId++);
    },
    backlog: () => buffers.outstanding,
    async close() {
      await Promise.all(workers.splice(0).map((pooled) => pooled.worker.terminate()));
    },
  };
}
