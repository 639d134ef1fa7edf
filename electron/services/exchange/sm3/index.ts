import { availableParallelism } from 'node:os';
import { createHasher, type Sm3Hasher } from './hasher';
import { compressBlocksJs, type CompressBlocks } from './sm3-js';
import { sm3WasmModule, wasmCompressor } from './wasm';
import { createSm3WorkerPool, type Sm3Stream, type Sm3WorkerPool } from './worker-pool';

export type { Sm3Hasher, Sm3Stream };

export type Sm3Implementation = 'wasm' | 'js';

/**
 * Streams expected below this stay on the calling thread. Besides the round
 * trip, it spreads the work over both threads: with one worker hashing the
 * scans, the documents (~15% of a filing's bytes, each well under 256 KiB)
 * are hashed on the main thread, which otherwise waits. Measured on a 1 GiB
 * filing: import 5.2 → 4.2 s, verify 3.7 → 3.1 s (16 KiB → 256 KiB).
 */
const INLINE_BELOW = 256 * 1024;

/**
 * When this many MiB wait for the workers as a stream starts, the stream is
 * hashed on the calling thread instead: with one worker on two cores, hashing
 * is the bottleneck and the main thread has time to spare between reads and
 * writes, so the work settles where there is room for it. Measured on a 1 GiB
 * filing (4 runs each, alternated): 2 MiB took too much from the main thread
 * (export 4.5 s); 4 → 6 MiB: export 3.77 → 3.52 s, import 3.45 → 3.1 s; 7 as 6.
 * (The workers hold at most 8 MiB.)
 */
const BACKLOG_INLINE_MIB = 6;

/**
 * The SM3 the app ships. WebAssembly (runs in Electron, whose BoringSSL has
 * no SM3) when the runtime allows it, else plain JavaScript. Large streams
 * can be hashed in worker threads so hashing overlaps I/O.
 */
export interface Sm3Engine {
  readonly implementation: Sm3Implementation;
  readonly workers: number;
  /** A hasher on this thread. */
  hasher(): Sm3Hasher;
  hash(bytes: Uint8Array): string;
  /**
   * A stream hashed in a worker when there are workers, else on this thread.
   * Streams expected to be small (`sizeHint` below 256 KiB) stay on this
   * thread (see INLINE_BELOW).
   */
  stream(sizeHint?: number): Sm3Stream;
  close(): Promise<void>;
}

export interface Sm3EngineOptions {
  /** Force the implementation (benchmarks, tests); default: wasm when it loads. */
  implementation?: Sm3Implementation;
  /** Hashing workers; default one per spare core, at most 2, none on a single core. */
  workers?: number;
}

export function defaultHashWorkers(): number {
  return Math.max(0, Math.min(2, availableParallelism() - 1));
}

function inlineStream(hasher: Sm3Hasher): Sm3Stream {
  return {
    update: (chunk) => void hasher.update(chunk),
    digest: async () => hasher.digestHex(),
    abandon: () => undefined,
  };
}

export function createSm3Engine(options: Sm3EngineOptions = {}): Sm3Engine {
  const module = options.implementation === 'js' ? null : sm3WasmModule();
  if (options.implementation === 'wasm' && !module) throw new Error('WebAssembly SM3 is not available in this runtime');
  const compress: CompressBlocks = module ? wasmCompressor(module) : compressBlocksJs;
  const workers = module ? (options.workers ?? defaultHashWorkers()) : 0;
  let pool: Sm3WorkerPool | null = null;
  return {
    implementation: module ? 'wasm' : 'js',
    workers,
    hasher: () => createHasher(compress),
    hash: (bytes) => createHasher(compress).update(bytes).digestHex(),
    stream(sizeHint) {
      if (workers === 0 || !module || (sizeHint !== undefined && sizeHint < INLINE_BELOW)) return inlineStream(createHasher(compress));
      pool ??= createSm3WorkerPool(module, workers);
      // The workers are behind: this thread hashes this stream itself rather than wait for them.
      if (pool.backlog() >= BACKLOG_INLINE_MIB) return inlineStream(createHasher(compress));
      return pool.stream();
    },
    async close() {
      await pool?.close();
      pool = null;
    },
  };
}

let shared: Sm3Engine | null = null;

/** One engine per process for one-off digests (keys, fingerprints, manifests). */
export function sm3Hex(bytes: Uint8Array): string {
  shared ??= createSm3Engine({ workers: 0 });
  return shared.hash(bytes);
}
