import { listReceivedFilings } from '../../../db/queries/filings';
/**
 * The document service: gathers a form's data from the other services,
 * renders it (in the worker pool, or in-process when told), and returns the
 * PDF or saves it under `<data folder>/exports/`.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { FormView, RenderedDocument, RenderInput } from '../../../shared/contract/documents';
import { FORM_CATALOGUE, type FormId, type FormProfile } from '../../../shared/domain/forms';
import type { LifecycleStage } from '../../../shared/domain/enums';
import { beijingDay, toBeijingIso } from '../../../shared/domain/time';
import { RULE_PACKS } from '../../../shared/rules';
import { REGULATION_TEXTS } from '../../../shared/rules/articles';
import type { ComplianceService } from '../compliance';
import type { ServiceContext } from '../context';
import type { FactsService } from '../facts';
import type { OfficeService } from '../office';
import type { ProjectService } from '../projects';
import { freshExportPath, safeFileName } from '../export-files';
import type { DocumentHeader, DocumentData, ProjectBundle, RenderedPdf } from './data';
import { storedFindingsReader } from './findings';
import { profileFor, profilesOf } from './forms/profiles';
import { basisLabel } from './layout';

export type FormRenderer = (formId: FormId, data: DocumentData) => Promise<RenderedPdf>;

export interface DocumentDeps {
  office: OfficeService;
  projects: ProjectService;
  facts: FactsService;
  compliance: ComplianceService;
}

/** A year form over more projects than this is refused: split it (a 100-page table helps no one). */
export const MAX_YEAR_ROWS = 5_000;
const PAGE = 200;


export function createDocumentService(ctx: ServiceContext, deps: DocumentDeps, renderer: FormRenderer) {
  const findingsOf = storedFindingsReader(ctx.handle.sqlite);

  function header(notice: string | null = null): DocumentHeader {
    const office = deps.office.requireOffice();
    const now = ctx.clock.now();
    const regulation = office.jurisdiction;
    return {
      office,
      day: beijingDay(now),
      createdAt: toBeijingIso(now),
      regulation: { id: regulation, title: REGULATION_TEXTS[regulation].title, documentNumber: RULE_PACKS[regulation]?.meta.documentNumber ?? null },
      notice,
    };
  }

  function bundle(projectId: string, withFindings: boolean): ProjectBundle {
    const facts = deps.facts.factsOf(projectId);
    return { ...facts, findings: withFindings ? findingsOf(projectId) : [] };
  }

  /** Every project of the year (or stage), unit by unit, through the register's own paging. */
  function yearRows(query: { plannedYear: number | null; stages: LifecycleStage[] }): ProjectBundle[] {
    const rows: ProjectBundle[] = [];
    for (let page = 1; ; page += 1) {
      const result = deps.projects.list({ search: '', unitName: null, projectClass: null, kind: null, minFen: null, maxFen: null, sortBy: 'unitName', sortDir: 'asc', page, pageSize: PAGE, ...query });
      if (result.total > MAX_YEAR_ROWS) {
        throw new AppError('refused', `该范围内有 ${result.total} 个项目，超过单份文书 ${MAX_YEAR_ROWS} 个的上限，请缩小范围后再生成。`);
      }
      rows.push(...result.rows.map((project) => bundle(project.id, false)));
      if (rows.length >= result.total || result.rows.length === 0) return rows;
    }
  }

  /** At the review office, the annual plan is compiled from the declarations it approved for the year (newest filing of each project). */
  function approvedDeclarations(year: number): ProjectBundle[] {
    return listReceivedFilings(ctx.handle.sqlite, { status: 'approved', year })
      .sort((a, b) => a.unit_name.localeCompare(b.unit_name, 'zh-CN') || a.project_name.localeCompare(b.project_name, 'zh-CN'))
      .map((filing) => bundle(filing.project_id, false));
  }

  /**
   * The compliance report is checked afresh, so 检查日期 (today) is true of
   * every finding on it; without a rule pack for the office it is refused
   * (compliance.status says so) rather than printed empty.
   */
  function checkedToday(projectId: string): string | null {
    const { message } = deps.compliance.status();
    ctx.handle.sqlite.transaction(() => deps.compliance.recheckProject(projectId))();
    return message;
  }

  function gather(formId: FormId, input: { projectId?: string; year?: number }): DocumentData {
    const notice = formId === 'compliance-report' && input.projectId !== undefined ? checkedToday(input.projectId) : null;
    const head = header(notice);
    const form = profileFor(formId, head.office.jurisdiction);
    const year = input.year ?? Number(head.day.slice(0, 4));
    const scope = FORM_CATALOGUE[formId].scope;
    if (input.projectId !== undefined && scope !== 'year') {
      return { header: head, form, subject: bundle(input.projectId, formId === 'compliance-report'), year: input.year ?? null, rows: [] };
    }
    if (scope === 'project') throw new AppError('validation', `生成“${form.title}”须先选择项目。`, [{ path: 'projectId', message: '请选择项目' }]);
    const rows =
      formId === 'system-inventory'
        ? yearRows({ plannedYear: null, stages: ['operation'] })
        : formId === 'annual-plan' && head.office.role === 'reviewOffice'
          ? approvedDeclarations(year)
          : yearRows({ plannedYear: year, stages: [] });
    return { header: head, form, subject: null, year, rows };
  }

  /**
   * One 基础目录清单 over the given projects: the department's systems in
   * operation, one table (第二十八条 asks for one list of the department, not a
   * page per project). Projects not yet in operation are left out and named.
   */
  function gatherInventory(projectIds: readonly string[]): { data: DocumentData; left: ProjectBundle[] } {
    const head = header();
    const bundles = projectIds.map((id) => bundle(id, false));
    const year = Number(head.day.slice(0, 4));
    return {
      data: { header: head, form: profileFor('system-inventory', head.office.jurisdiction), subject: null, year, rows: bundles.filter((item) => item.project.stage === 'operation') },
      left: bundles.filter((item) => item.project.stage !== 'operation'),
    };
  }

  function fileName(data: DocumentData): string {
    const about = data.subject ? data.subject.project.name : `${data.year}年度`;
    return `${safeFileName(`${data.form.title}-${about}-${data.header.day}`)}.pdf`;
  }

  /** Never overwrites: a second export the same day becomes "…(2).pdf". Written whole, then renamed. */
  function save(name: string, bytes: Uint8Array): string {
    const target = freshExportPath(join(ctx.dataDir, 'exports'), name);
    const partial = `${target}.partial`;
    writeFileSync(partial, bytes);
    renameSync(partial, target);
    return target;
  }

  /** The PDF and its name, without saving (tests, bench, bundles). */
  async function renderPdf(formId: FormId, input: { projectId?: string; year?: number } = {}): Promise<RenderedPdf & { fileName: string }> {
    const data = gather(formId, input);
    const pdf = await renderer(formId, data);
    return { ...pdf, fileName: fileName(data) };
  }

  /** The department's 基础目录清单 over these projects, as one PDF (the batch's one document). */
  async function renderInventory(projectIds: readonly string[]): Promise<RenderedPdf & { fileName: string; data: DocumentData; left: ProjectBundle[] }> {
    const { data, left } = gatherInventory(projectIds);
    const pdf = await renderer('system-inventory', data);
    return { ...pdf, fileName: `${safeFileName(`${data.form.title}-${data.header.office.name}-${data.header.day}`)}.pdf`, data, left };
  }

  /** The form as the office's regulation defines it (the plain form before setup). */
  function profile(formId: FormId): FormProfile {
    return profileFor(formId, deps.office.getOffice()?.jurisdiction ?? null);
  }

  return {
    gather,
    renderPdf,
    renderInventory,
    profile,

    /**
     * The office's forms: each as its regulation defines it, or the plain form
     * (`forJurisdiction` false) where it does not; the compliance report is the app's own.
     */
    forms(): FormView[] {
      return profilesOf(deps.office.getOffice()?.jurisdiction ?? null).map((form) => ({
        id: form.id,
        title: form.title,
        scope: form.scope,
        summary: form.summary,
        basis: form.basis.map((basis) => ({ ...basis, label: basisLabel(basis) })),
        forJurisdiction: form.defined || form.id === 'compliance-report',
      }));
    },

    async render(input: RenderInput): Promise<RenderedDocument> {
      const { bytes, pages, fileName: name } = await renderPdf(input.formId, input);
      const common = { formId: input.formId, fileName: name, pages, size: bytes.byteLength };
      if (input.save) return { ...common, bytesBase64: null, savedPath: save(name, bytes) };
      return { ...common, bytesBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), savedPath: null };
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
