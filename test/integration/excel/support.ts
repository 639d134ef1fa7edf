/** Helpers for the Excel tests: calls that wait for their job, files as the contract carries them. */
export { xlsxFromCsv } from '../../support/ledger-files';
import { readFileSync } from 'node:fs';
import { createDispatcher, type Dispatch } from '../../../electron/rpc/dispatch';
import type { Services } from '../../../electron/services';
import type { MethodInput, MethodName } from '../../../shared/contract';
import type { Envelope } from '../../../shared/contract/errors';
import type { JobStatus } from '../../../shared/contract/jobs';
import { envelopeValue as value } from '../../support/envelope';

export { value };

/** The contract as the renderer meets it (inputs and outputs checked), and a way to wait for a job. */
export function contractOf(services: Services) {
  const dispatch: Dispatch = createDispatcher(services.handlers, () => {});
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Envelope<unknown>> {
    return dispatch(method, input);
  }
  async function job(jobId: string): Promise<JobStatus> {
    for (;;) {
      const status = value<JobStatus>(await dispatch('jobs.status', { jobId }));
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  /** Starts a job method and waits for it to end. */
  async function run<M extends MethodName>(method: M, input: MethodInput<M>): Promise<JobStatus> {
    return job(value<{ jobId: string }>(await call(method, input)).jobId);
  }
  /** Same, and returns the job's result (throws with the job's message if it failed). */
  async function result<T>(method: MethodName, input: unknown): Promise<T> {
    const status = await run(method, input as never);
    if (status.state !== 'done') throw new Error(`job ${status.state}: ${status.error?.message ?? status.message}`);
    return status.result as T;
  }
  return { call, run, result, job };
}

export function fileInput(path: string): { fileName: string; bytesBase64: string } {
  return { fileName: path.split('/').at(-1)!, bytesBase64: readFileSync(path).toString('base64') };
}
