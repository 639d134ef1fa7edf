/**
 * A small pool of render workers. Workers start on demand, keep the fonts
 * loaded between jobs, and take one job at a time from a FIFO queue. A worker
 * that crashes or overruns its time is replaced; its job fails with a clear
 * message and nothing else is affected.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorCode } from '../../../shared/contract/errors';
import type { FormId } from '../../../shared/domain/forms';
import type { DocumentData, RenderedPdf } from './data';

export interface RenderJob {
  id: number;
  formId: FormId;
  data: DocumentData;
}

export type RenderReply =
  | { id: number; ok: true; bytes: Uint8Array; pages: number }
  | { id: number; ok: false; error: { code: AppErrorCode | null; message: string } };

export interface PoolOptions {
  /** Number of workers (default: 2, or 1 on a single-core machine). */
  size?: number;
  /** The worker's entry; by default worker.ts (through worker-from-source.mjs) or the built documents-worker.js. */
  script?: URL;
  execArgv?: string[];
  /** A job running longer is abandoned and its worker replaced (default 60 s). */
  timeoutMs?: number;
}

export interface RenderPool {
  renderInWorker(formId: FormId, data: DocumentData): Promise<RenderedPdf>;
  /** Starts the workers now (they load the fonts) instead of at the first job. */
  warm(): void;
  close(): Promise<void>;
}

/**
 * Running from source (tests, bench, CLI, web bridge under tsx), this module is
 * a .ts file and the worker is worker.ts behind a bootstrap that registers tsx
 * in the thread; in the built app this code is bundled into out/main/index.js
 * and the worker is out/main/documents-worker.js beside it.
 */
export function defaultWorkerEntry(): { script: URL; execArgv: string[] } {
  const here = import.meta.url;
  // A computed name, so the bundler does not try to resolve the URL at build time.
  const name = here.endsWith('.ts') ? 'worker-from-source.mjs' : 'documents-worker.js';
  return { script: new URL(name, here), execArgv: [] };
}

interface Slot {
  worker: Worker;
  job: { id: number; resolve(value: RenderedPdf): void; reject(error: Error): void; timer: NodeJS.Timeout } | null;
}

interface Queued {
  job: RenderJob;
  resolve(value: RenderedPdf): void;
  reject(error: Error): void;
}

export function createRenderPool(options: PoolOptions = {}): RenderPool {
  const size = Math.max(1, options.size ?? Math.min(2, Math.max(1, availableParallelism() - 1)));
  const entry = options.script ? { script: options.script, execArgv: options.execArgv ?? [] } : defaultWorkerEntry();
  const timeoutMs = options.timeoutMs ?? 60_000;
  const slots: Slot[] = [];
  const queue: Queued[] = [];
  let nextId = 1;
  let closed = false;

  function retire(slot: Slot, error: Error): void {
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    if (slot.job) {
      clearTimeout(slot.job.timer);
      slot.job.reject(error);
      slot.job = null;
    }
    void slot.worker.terminate();
    pump();
  }

  function spawn(): Slot {
    const worker = new Worker(entry.script, { execArgv: entry.execArgv });
    const slot: Slot = { worker, job: null };
    worker.unref();
    worker.on('message', (reply: RenderReply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      clearTimeout(job.timer);
      slot.job = null;
      worker.unref();
      if (reply.ok) job.resolve({ bytes: reply.bytes, pages: reply.pages });
      else job.reject(new AppError(reply.error.code ?? 'internal', reply.error.code ? reply.error.message : `文书生成失败：${reply.error.message}`));
      pump();
    });
    worker.on('error', (error) => retire(slot, new AppError('internal', `文书生成程序出错：${error.message}`)));
    worker.on('exit', (code) => {
      if (slots.includes(slot)) retire(slot, new AppError('internal', `文书生成程序意外退出（代码 ${code}）。`));
    });
    slots.push(slot);
    return slot;
  }

  function pump(): void {
    while (queue.length > 0 && !closed) {
      const slot = slots.find((candidate) => candidate.job === null) ?? (slots.length < size ? spawn() : null);
      if (!slot) return;
      const { job, resolve, reject } = queue.shift()!;
      const timer = setTimeout(() => retire(slot, new AppError('internal', `文书生成超时（超过 ${Math.round(timeoutMs / 1000)} 秒），已中止。`)), timeoutMs);
      slot.job = { id: job.id, resolve, reject, timer };
      slot.worker.ref();
      slot.worker.postMessage(job);
    }
  }

  return {
    renderInWorker(formId, data) {
      if (closed) return Promise.reject(new AppError('internal', '文书生成已停止（程序正在退出）。'));
      return new Promise<RenderedPdf>((resolve, reject) => {
        queue.push({ job: { id: nextId++, formId, data }, resolve, reject });
        pump();
      });
    },
    warm() {
      while (!closed && slots.length < size) spawn();
    },
    async close() {
      closed = true;
      for (const { reject } of queue.splice(0)) reject(new AppError('internal', '文书生成已停止（程序正在退出）。'));
      const stopping = slots.splice(0);
      for (const slot of stopping) {
        if (slot.job) {
          clearTimeout(slot.job.timer);
          slot.job.reject(new AppError('internal', '文书生成已停止（程序正在退出）。'));
          slot.job = null;
        }
      }
      await Promise.all(stopping.map((slot) => slot.worker.terminate()));
    },
  };
}
