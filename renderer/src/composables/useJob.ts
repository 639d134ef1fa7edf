import { onBeforeUnmount, ref } from 'vue';
import type { JobStatus } from '../../../shared/contract/jobs';
import { AppError, type AppErrorCode } from '../../../shared/contract/errors';
import { api } from '../api/client';

const POLL_MS = 200;

/**
 * Follows a job started by a contract method (`{ jobId }`) until it ends:
 * `status` feeds <job-progress>; `run` resolves with the job's result, or
 * throws the job's error (or a 'cancelled' AppError when the user cancelled).
 */
export function useJob() {
  const status = ref<JobStatus | null>(null);
  let stopped = false;
  onBeforeUnmount(() => {
    stopped = true;
  });

  async function follow<T>(jobId: string): Promise<T> {
    for (;;) {
      const current = await api['jobs.status']({ jobId });
      status.value = current;
      if (current.state === 'done') return current.result as T;
      if (current.state === 'failed') throw AppError.fromData({ code: (current.error?.code ?? 'internal') as AppErrorCode, message: current.error?.message ?? '任务失败' });
      if (current.state === 'cancelled') throw new AppError('conflict', '已取消。', [], 'cancelled');
      if (stopped) throw new AppError('conflict', '页面已关闭，任务仍在后台运行。', [], 'detached');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Starts the job with `start` and waits for its result. */
  async function run<T>(start: () => Promise<{ jobId: string }>): Promise<T> {
    status.value = null;
    const { jobId } = await start();
    return follow<T>(jobId);
  }

  async function cancel(): Promise<void> {
    if (status.value?.state === 'running') status.value = await api['jobs.cancel']({ jobId: status.value.jobId });
  }

  function isCancelled(error: unknown): boolean {
    return error instanceof AppError && error.reason === 'cancelled';
  }

  return { status, run, follow, cancel, isCancelled };
}
