/**
 * documents.renderBatch: one form for many projects as a job, through the
 * contract (the worker pool renders), saved in the batch's own folder under
 * exports/; progress as it goes; a cancel stops before the next document and
 * removes the folder; bad input refused before a job starts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/rpc/dispatch';
import type { Services } from '../../../electron/services';
import { startRenderBatch } from '../../../electron/services/documents/batch';
import type { RenderBatchResult } from '../../../shared/contract/documents';
import type { JobStatus } from '../../../shared/contract/jobs';
import type { Project } from '../../../shared/domain/project';
import { openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';
import { compact, pdfText } from './pdf-tools';
import { envelopeValue as value } from '../../support/envelope';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let call: Dispatch;
let projects: Project[];

/** Polls jobs.status as the renderer does, keeping every status seen. */
async function follow(jobId: string): Promise<JobStatus[]> {
  const seen: JobStatus[] = [];
  for (;;) {
    const status = value<JobStatus>(await call('jobs.status', { jobId }));
    seen.push(status);
    if (status.state !== 'running') return seen;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

beforeAll(async () => {
  data = tempDataDir();
  services = await openServices(data.dir);
  call = createDispatcher(services.handlers, () => {});
  services.office.completeSetup(testOffice);
  const names = ['淅川县智慧教育云平台建设项目', '淅川县医保信息平台升级项目', '淅川县智慧教育云平台建设项目', '淅川县应急指挥调度系统建设项目'];
  projects = names.map((name, index) => services.projects.create(sampleProject({ name, contactPerson: `联系人${index + 1}` })));
});
afterAll(() => {
  services.close();
  data.cleanup();
});

describe('documents.renderBatch', () => {
  it('writes one PDF per project into a folder of its own under exports/, reporting progress', async () => {
    const started = value<{ jobId: string }>(await call('documents.renderBatch', { formId: 'declaration-form', projectIds: projects.map((p) => p.id) }));
    const seen = await follow(started.jobId);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'done', kind: 'documents.renderBatch', done: 4, total: 4, cancellable: true, label: '批量生成“政务信息化建设项目申报表”（4 个项目）' });
    expect(seen.every((status) => status.total === 4 && status.done <= 4)).toBe(true);
    // Progress only rises.
    expect(seen.map((status) => status.done)).toEqual([...seen.map((status) => status.done)].sort((a, b) => a - b));

    const result = last.result as RenderBatchResult;
    expect(result.failed).toEqual([]);
    expect(dirname(result.folder)).toBe(join(data.dir, 'exports'));
    expect(basename(result.folder)).toBe('政务信息化建设项目申报表-2026-11-24-4份');
    expect(readdirSync(result.folder).sort()).toEqual(result.files.map((file) => basename(file)).sort());
    // In the projects' order; two projects of the same name: the second file is "(2)", never overwritten.
    expect(result.files.map((file) => basename(file))).toEqual([
      '政务信息化建设项目申报表-淅川县智慧教育云平台建设项目-2026-11-24.pdf',
      '政务信息化建设项目申报表-淅川县医保信息平台升级项目-2026-11-24.pdf',
      '政务信息化建设项目申报表-淅川县智慧教育云平台建设项目-2026-11-24(2).pdf',
      '政务信息化建设项目申报表-淅川县应急指挥调度系统建设项目-2026-11-24.pdf',
    ]);
    const text = compact(pdfText(readFileSync(result.files[1]!)));
    expect(text).toContain('淅川县医保信息平台升级项目');
  });

  it('makes the 基础目录清单 one departmental list, in PDF and in Excel, naming the projects not yet in operation', async () => {
    const operating = ['淅川县不动产登记信息系统', '淅川县政务服务一网通办平台'].map((name) => services.projects.create(sampleProject({ name, stage: 'operation' })));
    const ids = [...operating.map((project) => project.id), projects[1]!.id];
    const started = value<{ jobId: string }>(await call('documents.renderBatch', { formId: 'system-inventory', projectIds: ids }));
    const last = (await follow(started.jobId)).at(-1)!;
    expect(last).toMatchObject({ state: 'done', label: '生成“政务信息系统基础目录清单”（3 个项目汇总为一份）' });
    expect(last.message).toBe('已生成清单（2 个系统），PDF 和 Excel 各一份；1 个项目尚未投入运行，未列入');
    const result = last.result as RenderBatchResult;
    expect(basename(result.folder)).toBe('政务信息系统基础目录清单-2026-11-24');
    const name = '政务信息系统基础目录清单-淅川县教育局-2026-11-24';
    expect(result.files.map((file) => basename(file))).toEqual([`${name}.pdf`, `${name}.xlsx`]);
    expect(readdirSync(result.folder).sort()).toEqual([`${name}.pdf`, `${name}.xlsx`]);
    expect(result.failed).toEqual([{ projectId: projects[1]!.id, projectName: '淅川县医保信息平台升级项目', message: '尚未投入运行，未列入清单' }]);

    // One table: both systems, in the projects' order, one total.
    const text = compact(pdfText(readFileSync(result.files[0]!)));
    expect(text.indexOf(operating[0]!.name)).toBeGreaterThan(0);
    expect(text.indexOf(operating[1]!.name)).toBeGreaterThan(text.indexOf(operating[0]!.name));
    expect(text).not.toContain('淅川县医保信息平台升级项目');
    expect(text).toContain('合计760.00');
    expect(text).toContain('共2个系统');
    expect(text).toContain('本清单报县行政审批和政务信息管理局备案。');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(result.files[1]!);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('政务信息系统基础目录清单');
    expect(sheet.actualRowCount).toBe(3);
    expect(sheet.getRow(1).getCell(2).value).toBe('系统名称');
    expect([sheet.getRow(2).getCell(2).value, sheet.getRow(3).getCell(2).value]).toEqual(operating.map((project) => project.name));
    expect(sheet.getRow(2).getCell(8).value).toBe(380);
  });

  it('a second batch of the same form the same day gets its own folder', async () => {
    const ids = projects.slice(0, 1).map((p) => p.id);
    const a = (await startRenderBatch(services, { formId: 'change-filing', projectIds: ids }).done).result as RenderBatchResult;
    const b = (await startRenderBatch(services, { formId: 'change-filing', projectIds: ids }).done).result as RenderBatchResult;
    expect(basename(a.folder)).toBe('政务信息化项目建设内容调整备案表-2026-11-24-1份');
    expect(basename(b.folder)).toBe('政务信息化项目建设内容调整备案表-2026-11-24-1份(2)');
    expect(readdirSync(a.folder)).toHaveLength(1);
    expect(readdirSync(b.folder)).toHaveLength(1);
  });

  it('stops before the next document when cancelled, and leaves no folder behind', async () => {
    const ids = Array.from({ length: 8 }, (_, index) => services.projects.create(sampleProject({ name: `取消测试项目${index + 1}` })).id);
    let rendered = 0;
    let jobId = '';
    const job = startRenderBatch(services, { formId: 'change-filing', projectIds: ids }, async (formId, projectId) => {
      const pdf = await services.documents.renderPdf(formId, { projectId });
      rendered += 1;
      // The clerk presses 取消 once two documents are done.
      if (rendered === 2) value(await call('jobs.cancel', { jobId }));
      return pdf;
    });
    jobId = job.jobId;
    const final = await job.done;
    expect(final.state).toBe('cancelled');
    expect(final.done).toBeGreaterThanOrEqual(1);
    // Two lanes: at most the one document already started finishes after the cancel.
    expect(rendered).toBeLessThanOrEqual(3);
    expect(final.done).toBeLessThan(8);
    const folders = readdirSync(join(data.dir, 'exports')).filter((name) => name.includes('-8份'));
    expect(folders).toEqual([]);
  });

  it('lists a project whose document cannot be made, and still writes the others', async () => {
    const ids = projects.slice(0, 2).map((p) => p.id);
    const job = startRenderBatch(services, { formId: 'change-filing', projectIds: ids }, async (formId, projectId) => {
      if (projectId === ids[1]) throw new Error('字体文件损坏');
      return services.documents.renderPdf(formId, { projectId });
    });
    const final = await job.done;
    const result = final.result as RenderBatchResult;
    expect(final.state).toBe('done');
    expect(result.files).toHaveLength(1);
    expect(result.failed).toEqual([{ projectId: ids[1], projectName: '淅川县医保信息平台升级项目', message: '文书生成失败：字体文件损坏' }]);
    expect(final.message).toBe('已生成 1 份，1 份未能生成');
  });

  it('refuses a year form, an empty list and an unknown project before any job starts', async () => {
    expect(await call('documents.renderBatch', { formId: 'annual-plan', projectIds: [projects[0]!.id] })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'formId', message: '“年度政务信息化项目计划汇总表”按年度生成一份，不能按项目批量生成' }] },
    });
    expect(await call('documents.renderBatch', { formId: 'change-filing', projectIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'projectIds', message: '请至少选择一个项目' }] },
    });
    const before = readdirSync(join(data.dir, 'exports')).length;
    expect(await call('documents.renderBatch', { formId: 'change-filing', projectIds: [projects[0]!.id, '0190f5c4-0000-7000-8000-000000000000'] })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
    expect(readdirSync(join(data.dir, 'exports'))).toHaveLength(before);
  });
});
