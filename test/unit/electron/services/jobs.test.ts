import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/contract/errors';
import { createJobRunner } from '../../../../electron/services/jobs';
import { fixedClock } from '../../../../shared/domain/time';

const clock = fixedClock('2026-11-24T09:00:00+08:00');
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('job runner', () => {
  it('reports progress while running and the result when done', async () => {
    const jobs = createJobRunner(clock);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { jobId, done } = jobs.start({
      kind: 'test', label: '测试任务', cancellable: false,
      run: async (control) => {
        control.progress(3, 10, '第 3 行');
        await gate;
        control.progress(10, 10);
        return { rows: 10 };
      },
    });
    await tick();
    expect(jobs.status(jobId)).toMatchObject({ state: 'running', done: 3, total: 10, message: '第 3 行' });
    release();
    const finished = await done;
    expect(finished).toMatchObject({ state: 'done', done: 10, result: { rows: 10 }, error: null });
    expect(jobs.status(jobId).finishedAt).toBe('2026-11-24T09:00:00.000+08:00');
  });

  it('cancels a cancellable job between steps', async () => {
    const jobs = createJobRunner(clock);
    const steps: number[] = [];
    const { jobId, done } = jobs.start({
      kind: 'test', label: '可取消', cancellable: true,
      run: async (control) => {
        for (let step = 0; step < 1000; step += 1) {
          control.throwIfCancelled();
          steps.push(step);
          await tick();
        }
      },
    });
    await tick();
    jobs.cancel(jobId);
    expect((await done).state).toBe('cancelled');
    expect(steps.length).toBeLessThan(1000);
  });

  it('refuses to cancel work that cannot stop safely, and keeps a failure with its code', async () => {
    const jobs = createJobRunner(clock);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { jobId, done } = jobs.start({
      kind: 'test', label: '写入数据库', cancellable: false,
      run: async () => {
        await gate;
        throw new AppError('validation', '第 2 行：项目名称为必填项');
      },
    });
    expect(() => jobs.cancel(jobId)).toThrow(/不能安全地停止/);
    release();
    expect(await done).toMatchObject({ state: 'failed', error: { code: 'validation', message: '第 2 行：项目名称为必填项' } });
  });

  it('says plainly when a job id is unknown', () => {
    expect(() => createJobRunner(clock).status('job-00000000-0000')).toThrow(/找不到该任务/);
  });
});
