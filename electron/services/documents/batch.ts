/**
 * documents.renderBatch: one form for many projects, as a job. The documents
 * render in the worker pool, two at a time (the pool's size), and are saved in
 * a folder of the batch's own under `<data folder>/exports/`. Cancelling stops
 * before the next document; a cancelled or failed batch removes its folder, so
 * a half batch is never mistaken for a whole one.
 *
 * The 基础目录清单 is the department's one list, not a form per project: its
 * batch writes one table of the projects' systems in operation, as a PDF and
 * as an Excel workbook, and names the projects left out.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderBatchInput, RenderBatchResult } from '../../../shared/contract/documents';
import { AppError } from '../../../shared/contract/errors';
import type { JobStatus } from '../../../shared/contract/jobs';
import type { FormId } from '../../../shared/domain/forms';
import { beijingDay } from '../../../shared/domain/time';
import type { FeatureDeps } from '../feature-deps';
import type { JobControl } from '../jobs';
import { safeFileName } from '../export-files';
import { writeInventoryWorkbook } from '../excel/export-tables';
import { inventoryLine } from './forms/system-inventory';

/** Documents rendering at once: the worker pool's size, so a cancel waits for two at most. */
export const BATCH_LANES = 2;

/** Renders one project's form; by default the document service's renderPdf (through the pool). */
export type BatchRender = (formId: FormId, projectId: string) => Promise<{ bytes: Uint8Array; fileName: string }>;

type BatchDeps = Pick<FeatureDeps, 'context' | 'projects' | 'documents' | 'jobs'>;

/** A new folder under `parent`: "name", or "name(2)", … if taken. */
function newFolder(parent: string, name: string): string {
  mkdirSync(parent, { recursive: true });
  for (let n = 1; ; n += 1) {
    const folder = join(parent, n === 1 ? name : `${name}(${n})`);
    try {
      mkdirSync(folder);
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Written whole, then renamed. The n-th project of the same name gets "…(n).pdf"
 * whichever finishes first, so the names follow the projects' order.
 */
function writeNew(folder: string, fileName: string, bytes: Uint8Array, occurrence: number): string {
  const named = (n: number) => join(folder, n === 1 ? fileName : fileName.replace(/\.pdf$/, `(${n}).pdf`));
  let n = occurrence;
  while (existsSync(named(n))) n += 1;
  const target = named(n);
  writeWhole(target, bytes);
  return target;
}

function reason(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return `文书生成失败：${error instanceof Error ? error.message : String(error)}`;
}

function writeWhole(target: string, bytes: Uint8Array): void {
  const partial = `${target}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, target);
}

/** The 基础目录清单 over the chosen projects: one PDF and one workbook in the batch's folder. */
function startInventoryBatch(deps: BatchDeps, ids: string[]): { jobId: string; done: Promise<JobStatus> } {
  const { title } = deps.documents.profile('system-inventory');
  const total = ids.length;

  async function run(control: JobControl): Promise<RenderBatchResult> {
    control.throwIfCancelled();
    control.progress(0, total, `正在汇总 ${total} 个项目的信息系统`);
    const day = beijingDay(deps.context.clock.now());
    const folder = newFolder(join(deps.context.dataDir, 'exports'), safeFileName(`${title}-${day}`));
    try {
      const pdf = await deps.documents.renderInventory(ids);
      control.throwIfCancelled();
      const pdfPath = join(folder, pdf.fileName);
      writeWhole(pdfPath, pdf.bytes);
      const rows = pdf.data.rows.map((bundle) => ({ ...inventoryLine(bundle), unitName: bundle.project.unitName }));
      const workbook = join(folder, pdf.fileName.replace(/\.pdf$/, '.xlsx'));
      await writeInventoryWorkbook(workbook, title, rows, control);
      const left = pdf.left.map((bundle) => ({ projectId: bundle.project.id, projectName: bundle.project.name, message: '尚未投入运行，未列入清单' }));
      control.progress(total, total, `已生成清单（${rows.length} 个系统），PDF 和 Excel 各一份${left.length > 0 ? `；${left.length} 个项目尚未投入运行，未列入` : ''}`);
      return { folder, files: [pdfPath, workbook], failed: left };
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
  }

  return deps.jobs.start({ kind: 'documents.renderBatch', label: `生成“${title}”（${total} 个项目汇总为一份）`, cancellable: true, run });
}

export function startRenderBatch(
  deps: BatchDeps,
  input: RenderBatchInput,
  render: BatchRender = async (formId, projectId) => deps.documents.renderPdf(formId, { projectId }),
): { jobId: string; done: Promise<JobStatus> } {
  const ids = [...new Set(input.projectIds)];
  // Every project is looked up first: a wrong id refuses the batch before anything is written.
  const names = ids.map((id) => deps.projects.get(id).name);
  if (input.formId === 'system-inventory') return startInventoryBatch(deps, ids);
  const seen = new Map<string, number>();
  const occurrences = names.map((name) => {
    seen.set(name, (seen.get(name) ?? 0) + 1);
    return seen.get(name)!;
  });
  const { title } = deps.documents.profile(input.formId);
  const total = ids.length;

  async function run(control: JobControl): Promise<RenderBatchResult> {
    control.throwIfCancelled();
    control.progress(0, total, `准备生成 ${total} 份`);
    const day = beijingDay(deps.context.clock.now());
    const folder = newFolder(join(deps.context.dataDir, 'exports'), safeFileName(`${title}-${day}-${total}份`));
    const files: (string | null)[] = ids.map(() => null);
    const failed: RenderBatchResult['failed'] = [];
    let next = 0;
    let finished = 0;
    let stopped = false;

    async function lane(): Promise<void> {
      while (!stopped && next < total) {
        control.throwIfCancelled();
        const index = next;
        next += 1;
        let pdf: Awaited<ReturnType<BatchRender>> | null = null;
        try {
          pdf = await render(input.formId, ids[index]!);
        } catch (error) {
          failed.push({ projectId: ids[index]!, projectName: names[index]!, message: reason(error) });
        }
        // A file that cannot be written (disk full, folder removed) stops the whole batch.
        if (pdf) files[index] = writeNew(folder, pdf.fileName, pdf.bytes, occurrences[index]!);
        finished += 1;
        control.progress(finished, total, `已处理 ${finished}/${total} 份：${names[index]}`);
      }
    }

    const lanes = await Promise.allSettled(
      Array.from({ length: Math.min(BATCH_LANES, total) }, () =>
        lane().catch((error: unknown) => {
          stopped = true;
          throw error;
        }),
      ),
    );
    const stop = lanes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (stop) {
      rmSync(folder, { recursive: true, force: true });
      throw stop.reason;
    }
    const written = files.filter((file): file is string => file !== null);
    control.progress(total, total, failed.length > 0 ? `已生成 ${written.length} 份，${failed.length} 份未能生成` : `已生成 ${written.length} 份`);
    return { folder, files: written, failed };
  }

  return deps.jobs.start({ kind: 'documents.renderBatch', label: `批量生成“${title}”（${total} 个项目）`, cancellable: true, run });
}
