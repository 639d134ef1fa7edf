/**
 * The render worker (node:worker_threads): loads the fonts once, then renders
 * one job at a time, so a form never holds up the main process. Built as its
 * own entry (`documents-worker.js`, see README "PDF 文书") beside the main bundle.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import type { RenderJob, RenderReply } from './pool';
import { renderForm, warmUp } from './render';

const port = parentPort;
if (!port) throw new Error('documents worker must run in a worker thread');

let startError: unknown = null;
try {
  warmUp();
} catch (error) {
  startError = error;
}

function failure(id: number, error: unknown): RenderReply {
  const message = error instanceof Error ? error.message : String(error);
  return { id, ok: false, error: { code: error instanceof AppError ? error.code : null, message } };
}

port.on('message', (job: RenderJob) => {
  if (startError) {
    port.postMessage(failure(job.id, startError));
    return;
  }
  renderForm(job.formId, job.data).then(
    ({ bytes, pages }) => {
      // An exactly sized copy, so the transfer hands over no more than the PDF.
      const owned = bytes.slice();
      port.postMessage({ id: job.id, ok: true, bytes: owned, pages } satisfies RenderReply, [owned.buffer]);
    },
    (error: unknown) => port.postMessage(failure(job.id, error)),
  );
});
