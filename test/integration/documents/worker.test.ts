/**
 * Rendering off the main thread: the worker pool gives the same document as
 * the in-process path, runs jobs side by side, and survives a failing job,
 * a crash and a timeout without losing the next job.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { createRenderPool, renderInProcess, type DocumentData, type RenderPool } from '../../../electron/services/documents';
import { AppError } from '../../../shared/contract/errors';
import type { FormId } from '../../../shared/domain/forms';
import { openServices, tempDataDir, testOffice } from '../../support/services';
import { compact, pdfFonts, pdfText } from './pdf-tools';
import { buildSampleProject, SAMPLE_NAME } from './sample';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let projectId: string;
let pool: RenderPool;

beforeAll(async () => {
  data = tempDataDir();
  services = await openServices(data.dir);
  services.office.completeSetup(testOffice);
  projectId = buildSampleProject(services).id;
  pool = createRenderPool({ size: 2 });
});
afterAll(async () => {
  await pool.close();
  services.close();
  data.cleanup();
});

const gather = (formId: FormId): DocumentData => services.documents.gather(formId, { projectId });

describe('the render worker', () => {
  it.each<FormId>(['compliance-report', 'change-filing', 'system-inventory'])('renders %s with the same text and fonts as in-process, byte for byte', async (formId) => {
    const formData = gather(formId);
    const [inWorker, inProcess] = await Promise.all([pool.renderInWorker(formId, formData), renderInProcess(formId, formData)]);
    expect(inWorker.pages).toBe(inProcess.pages);
    // The PDF's dates come from the data (the service's clock), so the output is reproducible.
    expect(Buffer.from(inWorker.bytes).equals(Buffer.from(inProcess.bytes))).toBe(true);
    expect(pdfText(inWorker.bytes)).toBe(pdfText(inProcess.bytes));
    expect(pdfFonts(inWorker.bytes)).toEqual(pdfFonts(inProcess.bytes));
    expect(compact(pdfText(inWorker.bytes))).toContain(SAMPLE_NAME);
  });

  it('runs more jobs than workers, each answered with its own document', async () => {
    const forms: FormId[] = ['change-filing', 'system-inventory', 'supervision-request', 'acceptance-application', 'declaration-approval'];
    const results = await Promise.all(forms.map((formId) => pool.renderInWorker(formId, gather(formId))));
    results.forEach((result, index) => {
      const words = compact(pdfText(result.bytes));
      expect(words).toContain(compact(services.documents.forms().find((form) => form.id === forms[index])!.title));
    });
  });

  it('is what the services use: documents.render goes through the pool', async () => {
    const rendered = await services.documents.render({ formId: 'change-filing', projectId, save: false });
    const bytes = Buffer.from(rendered.bytesBase64!, 'base64');
    expect(rendered.size).toBe(bytes.byteLength);
    expect(compact(pdfText(bytes))).toContain('BG-2026-01');
  });

  it('fails a job whose data is broken with a clear message, and goes on working', async () => {
    const broken = { ...gather('change-filing'), subject: null };
    await expect(pool.renderInWorker('change-filing', broken)).rejects.toThrow(/文书生成失败/);
    const next = await pool.renderInWorker('change-filing', gather('change-filing'));
    expect(next.pages).toBe(1);
  });

  it('abandons a job that overruns its time and replaces the worker for the next job', async () => {
    const impatient = createRenderPool({ size: 1, timeoutMs: 1 });
    try {
      const overrun = impatient.renderInWorker('compliance-report', gather('compliance-report'));
      await expect(overrun).rejects.toBeInstanceOf(AppError);
      await expect(overrun).rejects.toThrow(/超时/);
      // The one worker was terminated; the next job gets a new one (and overruns too, rather than hanging).
      await expect(impatient.renderInWorker('change-filing', gather('change-filing'))).rejects.toThrow(/超时/);
    } finally {
      await impatient.close();
    }
  });

  it('reports a worker that cannot start, and refuses work once closed', async () => {
    const missing = createRenderPool({ size: 1, script: new URL('./no-such-worker.mjs', import.meta.url) });
    await expect(missing.renderInWorker('change-filing', gather('change-filing'))).rejects.toThrow(/文书生成程序/);
    await missing.close();
    await expect(missing.renderInWorker('change-filing', gather('change-filing'))).rejects.toThrow(/已停止/);
  });
});
