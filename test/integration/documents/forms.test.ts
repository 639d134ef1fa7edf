/**
 * Every form, rendered in-process for the sample project of a xichuan-2025
 * unit: the Chinese comes back out of the PDF (the font is embedded as a
 * subset with a Unicode map), a one-page form stays within 200 KB, and the
 * first page is kept as a PNG in test-results/forms/ for a person to look at.
 */
import { existsSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { createDocumentService, renderInProcess, type DocumentService } from '../../../electron/services/documents';
import { profileFor } from '../../../electron/services/documents/forms/profiles';
import { FORM_CATALOGUE, FORM_IDS, type FormId } from '../../../shared/domain/forms';
import { openServices, tempDataDir, testOffice } from '../../support/services';
import { compact, firstPagePng, pdfFonts, pdfText } from './pdf-tools';
import { buildSampleProject, SAMPLE_NAME } from './sample';

const ONE_PAGE_LIMIT = 200 * 1024;

/** Forms that must fit one page for the sample project (the compliance report runs to several). */
const ONE_PAGE: readonly FormId[] = ['change-filing', 'system-inventory', 'declaration-approval', 'supervision-request', 'acceptance-application', 'annual-plan', 'performance-self-evaluation'];

/** Words each form must carry besides its title and the project's name: the point of the form. */
const EXPECTED: Record<FormId, string[]> = {
  'compliance-report': ['阻断', '整改要求', '第十八条', '“政务信息化项目建成6个月内', '2026年11月20日'],
  'change-filing': ['BG-2026-01', '36.00万元', '9.47%', '■（二）根据信息技术发展新变化', '■技术审查部门出具意见（2026年3月18日）', '县发改委备案意见'],
  'system-inventory': ['淅川县智慧教育云平台', '淅发改〔2025〕56号', '19.00', '等级保护第三级，已备案', '信息共享开放情况', '绩效指标'],
  'declaration-approval': ['380.00', '审查内容（第七条）', '项目的集约性', '县行政审批和政务信息管理局审查意见', '县发改委意见'],
  'declaration-form': ['项目建议书', '2026年度', '380.00', '2026年度政务信息化建设项目'],
  'technical-design-outline': ['建设目标', '安全', '信息资源共享分析篇', '编制完成后报县行政审批和政务信息管理局开展技术评审。'],
  'supervision-request': ['2026年1月12日', '监理要求（第十六条）', '监理单位'],
  'acceptance-application': ['项目建设总结', '财务报告', '审计报告', '安全风险评估报告', '2026年5月20日', '■项目已建成（建成6个月内组织验收）'],
  'acceptance-report': ['验收结论', '验收专家组', '县发改委、县行政审批和政务信息管理局、县财政局'],
  'annual-plan': ['合计', '380.00', '2026年度'],
  'performance-self-evaluation': ['绩效目标', '自评', '380.00'],
};

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let documents: DocumentService;
let projectId: string;

beforeAll(async () => {
  data = tempDataDir();
  services = await openServices(data.dir);
  services.office.completeSetup(testOffice);
  projectId = buildSampleProject(services).id;
  documents = createDocumentService(services.context, services, renderInProcess);
});
afterAll(() => {
  services.close();
  data.cleanup();
});

const inputFor = (formId: FormId) => (FORM_CATALOGUE[formId].scope === 'year' ? { year: 2026 } : { projectId });

describe.each(FORM_IDS)('%s', (formId) => {
  let pdf: { bytes: Uint8Array; pages: number; fileName: string };
  let text: string;

  beforeAll(async () => {
    pdf = await documents.renderPdf(formId, inputFor(formId));
    text = pdfText(pdf.bytes);
  });

  it('is a PDF whose text gives back the title, the project and the form’s own words', () => {
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const words = compact(text);
    expect(words).toContain(compact(profileFor(formId, 'xichuan-2025').title));
    expect(words).toContain(SAMPLE_NAME);
    for (const expected of EXPECTED[formId]) expect(words).toContain(compact(expected));
  });

  it('carries the office, the date in Beijing time and the page numbers', () => {
    const words = compact(text);
    expect(words).toContain('淅川县教育局');
    expect(words).toContain('2026年11月24日');
    for (let page = 1; page <= pdf.pages; page += 1) expect(text).toMatch(new RegExp(`—\\s*${page}\\s*—`));
    expect(text).not.toMatch(new RegExp(`—\\s*${pdf.pages + 1}\\s*—`));
  });

  it('embeds Source Han Sans SC as a subset with a Unicode map, and no other font', () => {
    const fonts = pdfFonts(pdf.bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+SourceHanSansSC-(Regular|Bold)$/);
      expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
  });

  it('names the file after the form, the project (or year) and the day', () => {
    expect(pdf.fileName).toMatch(/\.pdf$/);
    expect(pdf.fileName).toContain('2026-11-24');
    expect(pdf.fileName).toContain(FORM_CATALOGUE[formId].scope === 'year' ? '2026年度' : SAMPLE_NAME);
  });

  if (ONE_PAGE.includes(formId)) {
    it('fits one page of at most 200 KB', () => {
      expect(pdf.pages).toBe(1);
      expect(pdf.bytes.byteLength).toBeLessThanOrEqual(ONE_PAGE_LIMIT);
    });
  }

  it('leaves its first page as a PNG for review', () => {
    const png = firstPagePng(pdf.bytes, formId);
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(5_000);
  });
});
