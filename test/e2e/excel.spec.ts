import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { xlsxFromCsv } from '../support/ledger-files';
import { sampleProject, testOffice } from '../support/services';
import { ExcelImportPage } from './pages/ExcelImportPage';
import { ProjectListPage } from './pages/ProjectListPage';
import { expect, test } from './support/app';

let work: string;
test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'govit-e2e-excel-'));
});
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a unit imports its ledger: the columns are guessed, one is mapped by hand, the report is clean, the projects appear', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  // A unit's own ledger: no unit column (the unit is the office), and a header the guess does not know (负责同志).
  const file = xlsxFromCsv(work, '教育局项目台账', [
    ['序号', '项目名称', '负责同志', '联系电话', '投资金额（万元）', '资金来源', '计划年份', '当前阶段'],
    ['1', '淅川县智慧课堂建设项目', '李强', '0377-69230000', '58.5', '财政资金', '2027', '已申报'],
    ['2', '淅川县教育资源公共服务平台', '王芳', '0377-69231111', '120', '上级补助', '2026年', '在建'],
  ]);
  await page.reload();
  const list = new ProjectListPage(page);
  await expect(list.emptyState).toBeVisible();

  const ledger = new ExcelImportPage(page);
  await ledger.open();
  await ledger.upload(file);
  await expect(ledger.root.getByTestId('ledger-file-name')).toHaveText('教育局项目台账.xlsx');
  await expect(ledger.mapping('name')).toContainText('B 列 · 项目名称');
  await expect(ledger.mapping('totalInvestmentFen')).toContainText('E 列 · 投资金额（万元）');
  await expect(ledger.mapping('fundingChannel')).toContainText('F 列 · 资金来源');
  // 项目负责人 is optional (a ledger without contacts imports them blank), so checking can start; the unguessed header is mapped by hand.
  await expect(ledger.validateButton).toBeEnabled();
  await ledger.map('contactPerson', 'C 列 · 负责同志');
  await expect(ledger.validateButton).toBeEnabled();
  await app.screenshot('excel-01-mapping', ledger.root);

  await ledger.validate();
  await expect(ledger.ready).toContainText('共 2 个项目可以导入');
  await expect(ledger.root.getByTestId('ledger-sample')).toContainText('淅川县智慧课堂建设项目');
  // Nothing is written before the confirmation.
  expect(app.services.projects.count()).toBe(0);
  await app.screenshot('excel-02-report', ledger.root);

  await ledger.confirm();
  await expect(ledger.done).toContainText('已导入 2 个项目');
  await ledger.toRegister();
  await list.waitForLoad();
  await expect(list.total).toHaveText('共 2 个项目');
  await expect(list.names).toHaveCount(2);
  await expect(list.names.filter({ hasText: '淅川县智慧课堂建设项目' })).toHaveCount(1);
  await expect(list.names.filter({ hasText: '淅川县教育资源公共服务平台' })).toHaveCount(1);

  const classroom = app.services.projects.list({ search: '智慧课堂', stages: [], plannedYear: null, unitName: null, projectClass: null, kind: null, minFen: null, maxFen: null, sortBy: 'name', sortDir: 'asc', page: 1, pageSize: 5 }).rows[0]!;
  expect(classroom).toMatchObject({ unitName: testOffice.name, contactPerson: '李强', totalInvestmentFen: 58_500_000, funding: { localFiscal: 58_500_000 }, plannedYear: 2027, stage: 'declared' });
});

test('a ledger with bad rows shows their row numbers and why, and imports nothing', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  const file = xlsxFromCsv(work, '有错的台账', [
    ['项目名称', '建设单位', '项目负责人', '联系电话', '总投资（万元）', '上级资金（万元）', '年度'],
    ['淅川县智慧课堂建设项目', '淅川县教育局', '李强', '0377-69230000', '100', '100', '2026'],
    ['', '淅川县教育局', '李强', '0377-69230000', '100', '100', '2026'],
    ['淅川县教育资源公共服务平台', '淅川县教育局', '王芳', '0377-69231111', '一百', '', '2026'],
  ]);
  await page.reload();
  const ledger = new ExcelImportPage(page);
  await ledger.open();
  await ledger.upload(file);
  await ledger.validate();
  await expect(ledger.refused).toContainText('有 2 行不符合要求，本次不会导入任何项目');
  await expect(ledger.badRows).toHaveText('有误的行：第 3、4 行');
  await expect(ledger.issueRows).toHaveText(['3', '4']);
  await expect(ledger.issueMessages).toHaveText(['项目名称为必填项', '总投资必须是数字（单位：万元；也可写“386万元”“3,860,000元”）']);
  await expect(ledger.confirmButton).toBeDisabled();
  await app.screenshot('excel-03-bad-rows', ledger.root);
  expect(app.services.projects.count()).toBe(0);
});

test('the register exports as .xlsx with progress, is saved under exports/ and offered as a download', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  app.services.projects.importMany([sampleProject(), sampleProject({ name: '淅川县教育资源公共服务平台', totalInvestmentFen: 12_340_000, funding: { superior: 0, localFiscal: 12_340_000, selfRaised: 0, social: 0, other: 0 } })]);
  await page.reload();
  const list = new ProjectListPage(page);
  await expect(list.total).toHaveText('共 2 个项目');
  await app.screenshot('excel-00-register-toolbar');

  await page.getByTestId('excel-export').click();
  await page.getByTestId('excel-export-register').click();
  const dialog = page.getByTestId('excel-export-dialog');
  await expect(dialog.getByTestId('job-progress')).toHaveAttribute('data-state', 'done');
  await expect(dialog.getByTestId('excel-export-path')).toContainText(join(app.dataDir, 'exports', '项目台账-淅川县教育局-'));
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('excel-export-download').click()]);
  expect(download.suggestedFilename()).toMatch(/^项目台账-淅川县教育局-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const saved = join(work, 'downloaded.xlsx');
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getCell('A1').value).toBe('项目名称');
  expect(sheet.getCell('H1').value).toBe('总投资（万元）');
  expect([sheet.getCell('A2').value, sheet.getCell('H2').value]).toEqual(['淅川县智慧教育云平台建设项目', 380]);
  expect([sheet.getCell('A3').value, sheet.getCell('H3').value]).toEqual(['淅川县教育资源公共服务平台', 12.34]);
  await app.screenshot('excel-04-export', dialog);
  await dialog.getByTestId('excel-export-close').click();
});
