import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { profileFor } from '../../electron/services/documents/forms/profiles';
import { FORM_CATALOGUE, FORM_IDS, type FormId } from '../../shared/domain/forms';
import { beijingDay } from '../../shared/domain/time';
import { compact, firstPagePng, pdfText } from '../integration/documents/pdf-tools';
import { buildOperatingProject, buildSampleProject, SAMPLE_NAME } from '../integration/documents/sample';
import { sampleProject, testOffice } from '../support/services';
import { toast } from './pages/element';
import { ProjectDocumentsPanel } from './pages/ProjectDocumentsPanel';
import { ProjectListPage } from './pages/ProjectListPage';
import { expect, test, type Installation } from './support/app';

const PROJECT_FORMS = FORM_IDS.filter((id) => FORM_CATALOGUE[id].scope !== 'year');
/** The form's title as the 淅川 office's regulation gives it (or the plain form's). */
const titleOf = (formId: FormId): string => profileFor(formId, testOffice.jurisdiction).title;

/** A unit office with the sample project (its whole history), opened on that project's page. */
async function openSampleProject(app: Installation): Promise<ProjectDocumentsPanel> {
  app.services.office.completeSetup(testOffice);
  buildSampleProject(app.services);
  await app.page.goto(app.bridge.openUrl);
  await new ProjectListPage(app.page).openProject(SAMPLE_NAME);
  const panel = new ProjectDocumentsPanel(app.page);
  await expect(panel.titles).toHaveCount(PROJECT_FORMS.length);
  return panel;
}

test('a clerk previews a form on the project page, prints it, downloads it and saves it under exports/', async ({ app, page }) => {
  const panel = await openSampleProject(app);
  const title = titleOf('change-filing');
  await panel.open('change-filing', title);
  await expect(panel.previewMeta).toContainText('共 1 页');
  await app.screenshot('document-preview', panel.preview);

  // 打印 asks the frame showing the PDF to print (the print dialog itself is the system's).
  const frame = await panel.frameDocument();
  expect(frame.url()).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
  await frame.evaluate(() => {
    window.print = () => window.parent.document.body.setAttribute('data-printed', window.location.protocol);
  });
  await panel.print();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'blob:');

  const download = await panel.download();
  const today = beijingDay(new Date());
  expect(download.suggestedFilename()).toBe(`${title}-${SAMPLE_NAME}-${today}.pdf`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(compact(pdfText(bytes))).toContain(compact(title));

  await panel.saveToExports();
  const exports = join(app.dataDir, 'exports');
  await expect(toast(page, `已保存：${join(exports, `${title}-${SAMPLE_NAME}-${today}.pdf`)}`)).toBeVisible();
  expect(readdirSync(exports)).toEqual([`${title}-${SAMPLE_NAME}-${today}.pdf`]);
});

test('every form is rendered through the app and its first page kept as test-results/forms/<form>.png', async ({ app }) => {
  const panel = await openSampleProject(app);
  const pngs: string[] = [];
  for (const formId of PROJECT_FORMS) {
    await panel.open(formId, titleOf(formId));
    const bytes = readFileSync(await (await panel.download()).path());
    expect(bytes.subarray(0, 5).toString('latin1'), formId).toBe('%PDF-');
    expect(compact(pdfText(bytes)), formId).toContain(SAMPLE_NAME);
    pngs.push(firstPagePng(bytes, formId));
  }
  // The year's summary is not a project's form: rendered by the services, as the year screen will.
  buildOperatingProject(app.services);
  const plan = await app.services.documents.renderPdf('annual-plan', { year: 2026 });
  expect(compact(pdfText(plan.bytes))).toContain(SAMPLE_NAME);
  pngs.push(firstPagePng(plan.bytes, 'annual-plan'));

  expect(pngs).toHaveLength(FORM_IDS.length);
  for (const png of pngs) {
    expect(existsSync(png), png).toBe(true);
    expect(statSync(png).size, png).toBeGreaterThan(5_000);
  }
});

test('a batch of documents for the listed projects runs with a progress bar and lands in a folder of its own', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  for (const name of ['淅川县智慧教育云平台建设项目', '淅川县医保信息平台升级项目', '淅川县应急指挥调度系统建设项目']) app.services.projects.create(sampleProject({ name }));
  await page.goto(app.bridge.openUrl);
  const list = new ProjectListPage(page);
  await list.waitForLoad();
  await expect(list.total).toHaveText('共 3 个项目');

  await page.getByTestId('document-batch-open').click();
  const dialog = page.getByTestId('document-batch');
  await expect(dialog.getByTestId('document-batch-scope')).toContainText('3 个项目');
  await dialog.getByTestId('document-batch-form').click();
  await page.getByRole('option', { name: '政务信息化建设项目申报表' }).click();
  await dialog.getByTestId('document-batch-start').click();

  await expect(dialog.getByTestId('job-progress')).toHaveAttribute('data-state', 'done');
  await expect(dialog.getByTestId('job-message')).toHaveText('已生成 3 份');
  const folderName = `政务信息化建设项目申报表-${beijingDay(new Date())}-3份`;
  await expect(dialog.getByTestId('document-batch-result')).toContainText(`已生成 3 份，保存在：${join(app.dataDir, 'exports', folderName)}`);
  await app.screenshot('document-batch', dialog);
  expect(readdirSync(join(app.dataDir, 'exports', folderName))).toHaveLength(3);
});
