import { join } from 'node:path';
import { createServices } from '../../electron/services';
import { createDocumentService, createRenderPool, renderInProcess } from '../../electron/services/documents';
import { startRenderBatch } from '../../electron/services/documents/batch';
import type { RenderBatchResult } from '../../shared/contract/documents';
import { fixedClock } from '../../shared/domain/time';
import { buildSampleProject } from '../../test/integration/documents/sample';
import { testOffice } from '../../test/support/services';
import { generateProjects } from '../fixtures';
import { median, time, timeAsync, type BenchRow } from '../stats';

const WARM_RUNS = 20;
const BATCH = 100;
const BATCH_RUNS = 3;
const KB = 1024;

/**
 * Issue 5: PDF forms. A one-page form (变更备案表) cold and warm, in-process
 * and through the worker pool (gathering the data included), and a batch of
 * 100 compliance reports through the pool, and the same 100 as a
 * documents.renderBatch job that saves them; medians, with sizes.
 */
export async function documentsSuite(workDir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (name: string, value: number, unit: string, target?: { text: string; met: boolean }): void => {
    rows.push({ suite: 'documents', name, value, unit, ...(target ? { target: target.text, met: target.met } : {}) });
  };
  const services = await createServices({ dataDir: join(workDir, 'documents'), migrationsFolder: join(process.cwd(), 'db', 'migrations'), clock: fixedClock('2026-11-24T01:30:00Z') });
  try {
    services.office.completeSetup(testOffice);
    const projectId = buildSampleProject(services).id;
    const inProcess = createDocumentService(services.context, services, renderInProcess);

    const cold = await timeAsync(() => inProcess.renderPdf('change-filing', { projectId }));
    row('one-page form, cold in-process (font load and parse included)', cold.ms, 'ms');
    const warm: number[] = [];
    for (let run = 0; run < WARM_RUNS; run += 1) warm.push((await timeAsync(() => inProcess.renderPdf('change-filing', { projectId }))).ms);
    row(`one-page form, warm in-process (median of ${WARM_RUNS})`, median(warm), 'ms', { text: '≤ 300', met: median(warm) <= 300 });
    row('one-page form, size', cold.value.bytes.byteLength / KB, 'KB', { text: '≤ 200', met: cold.value.bytes.byteLength <= 200 * KB && cold.value.pages === 1 });

    const pool = createRenderPool({ size: 2 });
    const viaPool = createDocumentService(services.context, services, (formId, data) => pool.renderInWorker(formId, data));
    try {
      const first = await timeAsync(() => viaPool.renderPdf('change-filing', { projectId }));
      row('one-page form, first in a new worker (thread start and font load included)', first.ms, 'ms');
      const warmPool: number[] = [];
      for (let run = 0; run < WARM_RUNS; run += 1) warmPool.push((await timeAsync(() => viaPool.renderPdf('change-filing', { projectId }))).ms);
      row(`one-page form, warm in a worker (median of ${WARM_RUNS})`, median(warmPool), 'ms', { text: '≤ 300', met: median(warmPool) <= 300 });

      services.projects.importMany(generateProjects(BATCH, { firstYear: 2026, years: 1 }));
      await services.compliance.recheckAll();
      const ids = services.context.handle.sqlite.prepare('SELECT id FROM projects ORDER BY id LIMIT ?').pluck().all(BATCH) as string[];
      pool.warm();
      const batches: number[] = [];
      let sizes: number[] = [];
      let pages: number[] = [];
      for (let run = 0; run < BATCH_RUNS; run += 1) {
        const batch = await timeAsync(() => Promise.all(ids.map((id) => viaPool.renderPdf('compliance-report', { projectId: id }))));
        batches.push(batch.ms);
        sizes = batch.value.map((pdf) => pdf.bytes.byteLength / KB);
        pages = batch.value.map((pdf) => pdf.pages);
      }
      row(`${BATCH} compliance reports through 2 workers (median of ${BATCH_RUNS})`, median(batches) / 1000, 's');
      row(`${BATCH} compliance reports: per report`, median(batches) / BATCH, 'ms');
      row('compliance report, median size', median(sizes), 'KB');
      row('compliance report, median pages', median(pages), 'pages');
      const gatherOnly = time(() => ids.map((id) => viaPool.gather('compliance-report', { projectId: id })));
      row(`gathering the data of ${BATCH} reports (main thread)`, gatherOnly.ms, 'ms');

      // documents.renderBatch as the clerk runs it: a job through the services' own pool (both workers
      // started first, as after the first document of the day), each PDF saved.
      await Promise.all(ids.slice(0, 2).map((id) => services.documents.renderPdf('change-filing', { projectId: id })));
      const perDocument: number[] = [];
      const job = await timeAsync(async () => {
        const started = startRenderBatch(services, { formId: 'compliance-report', projectIds: ids }, async (formId, projectId) => {
          const one = await timeAsync(() => services.documents.renderPdf(formId, { projectId }));
          perDocument.push(one.ms);
          return one.value;
        });
        return started.done;
      });
      const written = (job.value.result as RenderBatchResult | undefined)?.files.length ?? 0;
      row(`${BATCH}-project batch (documents.renderBatch job, compliance reports saved; ${written} written)`, job.ms / 1000, 's');
      row(`${BATCH}-project batch: per document, render in its lane (median)`, median(perDocument), 'ms');
    } finally {
      await pool.close();
    }
  } finally {
    services.close();
  }
  return rows;
}
