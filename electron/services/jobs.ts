import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/contract/errors';
import type { JobStatus } from '../../shared/contract/jobs';
import { toBeijingIso, type Clock } from '../../shared/domain/time';

/** What a job's work is given: report progress, and a signal that says "stop" when cancelled. */
export interface JobControl {
  progress(done: number, total: number, message?: string): void;
  readonly signal: AbortSignal;
  /** Throws the cancellation if the job was cancelled; call between safe steps. */
  throwIfCancelled(): void;
}

export interface JobSpec<T> {
  kind: string;
  label: string;
  /** Whether stopping half-way is safe (nothing written yet, or each step its own transaction). */
  cancellable: boolean;
  run(control: JobControl): Promise<T>;
}

/** A finished job is kept this long for its result to be fetched. */
const KEEP_FINISHED_MS = 30 * 60 * 1000;

export class JobCancelled extends Error {
  constructor() {
    super('已取消');
  }
}

/**
 * Runs long work in the background of the main process and keeps its status
 * for polling. The work itself should yield (await) between steps, or run in a
 * worker, so the status stays fresh.
 */
export function createJobRunner(clock: Clock) {
  const jobs = new Map<string, { status: JobStatus; abort: AbortController; finishedMs: number | null }>();

  function prune(): void {
    const now = clock.now().getTime();
    for (const [id, job] of jobs) if (job.finishedMs !== null && now - job.finishedMs > KEEP_FINISHED_MS) jobs.delete(id);
  }

  function get(jobId: string) {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('notFound', '找不到该任务：它可能已结束较久被清理，或程序已重新启动。');
    return job;
  }

  return {
    start<T>(spec: JobSpec<T>): { jobId: string; done: Promise<JobStatus> } {
      prune();
      const jobId = `job-${randomUUID()}`;
      const abort = new AbortController();
      const status: JobStatus = {
        jobId, kind: spec.kind, label: spec.label, state: 'running', done: 0, total: 0, message: '', cancellable: spec.cancellable,
        startedAt: toBeijingIso(clock.now()), finishedAt: null, error: null,
      };
      const job = { status, abort, finishedMs: null as number | null };
      jobs.set(jobId, job);
      const control: JobControl = {
        signal: abort.signal,
        progress(done, total, message) {
          status.done = done;
          status.total = total;
          if (message !== undefined) status.message = message;
        },
        throwIfCancelled() {
          if (abort.signal.aborted) throw new JobCancelled();
        },
      };
      const finish = (state: JobStatus['state']) => {
        status.state = state;
        status.finishedAt = toBeijingIso(clock.now());
        job.finishedMs = clock.now().getTime();
        return { ...status };
      };
      const done = Promise.resolve()
        .then(() => spec.run(control))
        .then(
          (result) => {
            status.result = result;
            return finish('done');
          },
          (error: unknown) => {
            if (error instanceof JobCancelled || (abort.signal.aborted && !(error instanceof AppError))) {
              status.message = '已取消';
              return finish('cancelled');
            }
            status.error = error instanceof AppError
              ? { code: error.code, message: error.message }
              : { code: 'internal', message: `程序内部错误：${error instanceof Error ? error.message : String(error)}` };
            return finish('failed');
          },
        );
      return { jobId, done };
    },

    status(jobId: string): JobStatus {
      return { ...get(jobId).status };
    },

    cancel(jobId: string): JobStatus {
      const job = get(jobId);
      if (job.status.state !== 'running') return { ...job.status };
      if (!job.status.cancellable) throw new AppError('refused', `“${job.status.label}”进行到一半不能安全地停止，请等待它完成。`);
      job.abort.abort();
      job.status.message = '正在取消…';
      return { ...job.status };
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
