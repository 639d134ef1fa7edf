/**
 * documents.forms and documents.render through the contract's dispatcher (the
 * path IPC and the web bridge take): the list of forms with their articles,
 * input refused at the boundary, saving under <data folder>/exports/, and the
 * year-scoped forms picking the right projects.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/rpc/dispatch';
import type { Services } from '../../../electron/services';
import type { FormView, RenderedDocument } from '../../../shared/contract/documents';
import { FORM_IDS } from '../../../shared/domain/forms';
import { openServices, tempDataDir, testOffice } from '../../support/services';
import { compact, pdfText } from './pdf-tools';
import { buildOperatingProject, buildSampleProject, OPERATING_NAME, SAMPLE_NAME } from './sample';
import { envelopeValue as value } from '../../support/envelope';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let call: Dispatch;
let projectId: string;

beforeAll(async () => {
  data = tempDataDir();
  services = await openServices(data.dir);
  call = createDispatcher(services.handlers, () => {});
  services.office.completeSetup(testOffice);
  projectId = buildSampleProject(services).id;
  buildOperatingProject(services);
});
afterAll(() => {
  services.close();
  data.cleanup();
});

describe('documents.forms', () => {
  it('lists every form as the office’s regulation defines it, or as the plain form, with only its articles', async () => {
    const forms = value<FormView[]>(await call('documents.forms', {}));
    expect(forms.map((form) => form.id)).toEqual([...FORM_IDS]);
    const change = forms.find((form) => form.id === 'change-filing')!;
    expect(change).toMatchObject({ title: '政务信息化项目建设内容调整备案表', forJurisdiction: true });
    expect(change.basis).toEqual([{ regulation: 'xichuan-2025', article: 17, relation: 'prescribes', label: '《淅川县政务信息化项目建设管理暂行办法》第十七条' }]);
    // 老河口's 派驻监理申请 (附件2) is not 淅川's: the plain form, serving 淅川 第十六条 (监理制).
    expect(forms.find((form) => form.id === 'supervision-request')!).toMatchObject({
      title: '信息化项目监理情况表',
      forJurisdiction: false,
      basis: [{ regulation: 'xichuan-2025', article: 16, relation: 'serves', label: '《淅川县政务信息化项目建设管理暂行办法》第十六条' }],
    });
    expect(forms.flatMap((form) => form.basis).every((basis) => basis.regulation === 'xichuan-2025')).toBe(true);
    expect(forms.find((form) => form.id === 'compliance-report')).toMatchObject({ basis: [], forJurisdiction: true });
  });
});

describe('documents.render', () => {
  it('returns the PDF as base64 with its name, size and page count', async () => {
    const rendered = value<RenderedDocument>(await call('documents.render', { formId: 'system-inventory', projectId }));
    const bytes = Buffer.from(rendered.bytesBase64!, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(rendered).toMatchObject({ formId: 'system-inventory', pages: 1, size: bytes.byteLength, savedPath: null });
    expect(rendered.fileName).toBe(`政务信息系统基础目录清单-${SAMPLE_NAME}-2026-11-24.pdf`);
  });

  it('refuses a project form without a project, and an unknown form, before rendering anything', async () => {
    const missing = await call('documents.render', { formId: 'change-filing' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'projectId' }] } });
    const unknown = await call('documents.render', { formId: 'no-such-form', projectId });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'validation' } });
    const noProject = await call('documents.render', { formId: 'change-filing', projectId: '0190f5c4-0000-7000-8000-000000000000' });
    expect(noProject).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('saves under <data folder>/exports/ and never overwrites an earlier export', async () => {
    const first = value<RenderedDocument>(await call('documents.render', { formId: 'change-filing', projectId, save: true }));
    const second = value<RenderedDocument>(await call('documents.render', { formId: 'change-filing', projectId, save: true }));
    expect(first.bytesBase64).toBeNull();
    expect(dirname(first.savedPath!)).toBe(join(data.dir, 'exports'));
    expect(basename(first.savedPath!)).toBe(`政务信息化项目建设内容调整备案表-${SAMPLE_NAME}-2026-11-24.pdf`);
    expect(basename(second.savedPath!)).toBe(`政务信息化项目建设内容调整备案表-${SAMPLE_NAME}-2026-11-24(2).pdf`);
    for (const saved of [first, second]) {
      const bytes = readFileSync(saved.savedPath!);
      expect(bytes.byteLength).toBe(saved.size);
      expect(compact(pdfText(bytes))).toContain('BG-2026-01');
      expect(existsSync(`${saved.savedPath!}.partial`)).toBe(false);
    }
  });

  it('lists, for a year’s inventory, the systems in operation and not those still being built', async () => {
    const rendered = value<RenderedDocument>(await call('documents.render', { formId: 'system-inventory', year: 2026 }));
    const words = compact(pdfText(Buffer.from(rendered.bytesBase64!, 'base64')));
    expect(words).toContain(OPERATING_NAME);
    expect(words).not.toContain(SAMPLE_NAME);
    expect(words).toContain('共1个系统');
    expect(rendered.fileName).toContain('2026年度');
  });

  it('sums the annual plan over the year’s projects only', async () => {
    const plan2026 = compact(pdfText(Buffer.from(value<RenderedDocument>(await call('documents.render', { formId: 'annual-plan', year: 2026 })).bytesBase64!, 'base64')));
    expect(plan2026).toContain(SAMPLE_NAME);
    expect(plan2026).not.toContain(OPERATING_NAME);
    expect(plan2026).toContain('合计（1个项目，1个建设单位）380.00200.00180.000.00');
    const plan2024 = compact(pdfText(Buffer.from(value<RenderedDocument>(await call('documents.render', { formId: 'annual-plan', year: 2024 })).bytesBase64!, 'base64')));
    expect(plan2024).toContain(OPERATING_NAME);
    expect(plan2024).toContain('合计（1个项目，1个建设单位）126.500.00126.500.00');
  });
});
