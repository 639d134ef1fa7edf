import { test as base, expect } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Office } from '../../shared/domain/office';
import { reviewOffice } from '../support/exchange';
import { tempDataDir, testOffice } from '../support/services';
import { ExchangePage } from './pages/ExchangePage';
import { ProjectListPage } from './pages/ProjectListPage';
import { ReviewPage } from './pages/ReviewPage';
import { SetupPage } from './pages/SetupPage';
import { Installation } from './support/app';

/** Two installations on separate data folders, each in its own browser context: a unit and its review office. */
const test = base.extend<{ unit: Installation; office: Installation; share: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from its first parameter; this one has none.
  share: async ({}, use) => {
    const data = tempDataDir();
    await use(data.dir);
    data.cleanup();
  },
  unit: async ({ browser }, use) => use(await startInstallation(browser)),
  office: async ({ browser }, use) => use(await startInstallation(browser)),
});

const installations: { app: Installation; cleanup(): void }[] = [];
async function startInstallation(browser: import('@playwright/test').Browser): Promise<Installation> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 900 } });
  const data = tempDataDir();
  const app = new Installation(await context.newPage(), data.dir);
  await app.watchBrowser();
  await app.start();
  installations.push({ app, cleanup: data.cleanup });
  return app;
}

test.afterEach(async () => {
  for (const { app, cleanup } of installations.splice(0)) {
    await app.stop();
    await app.page.context().close();
    cleanup();
  }
});

const PASSPHRASE = '淅川-交换-口令-2026';
const PROJECT = '淅川县智慧教育云平台建设项目';
const SCAN_NAME = '可行性研究报告（盖章扫描件）.pdf';
const SCAN = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(300_000)]);

async function setUp(app: Installation, office: Office): Promise<ExchangePage> {
  await new SetupPage(app.page).complete(office);
  return new ExchangePage(app.page);
}

test('a unit files a project, the review office reviews and approves it, the unit sees the decision with the filing locked', async ({ unit, office, share }) => {
  test.setTimeout(180_000);
  const toOffice = join(share, '报送');
  const toUnit = join(share, '审查决定');
  mkdirSync(toOffice, { recursive: true });
  mkdirSync(toUnit, { recursive: true });

  // Both offices: set up, create keys, exchange public keys with fingerprints read on the phone, point the folders at the share.
  const unitExchange = await setUp(unit, testOffice);
  const officeExchange = await setUp(office, reviewOffice);
  const unitKey = await unitExchange.createKeyAndExport(PASSPHRASE);
  const officeKey = await officeExchange.createKeyAndExport(PASSPHRASE);
  await unitExchange.trust(officeKey.keyFile, officeKey.fingerprint, reviewOffice.name);
  await officeExchange.trust(unitKey.keyFile, unitKey.fingerprint, testOffice.name);
  await unitExchange.setFolders(toUnit, toOffice);
  await officeExchange.setFolders(toOffice, toUnit);

  // The unit registers the project and files it.
  const list = new ProjectListPage(unit.page);
  await list.open();
  const form = await list.startCreate();
  await form.fill({ name: PROJECT, total: '380', funding: { localFiscal: '380' }, contactPerson: '李强', contactPhone: '0377-69230000' });
  await form.submit();
  await form.expectClosed();
  await list.openProject(PROJECT);
  // A scanned feasibility study goes with it, attached through the page.
  const attachments = unit.page.getByTestId('project-attachments');
  await attachments.getByTestId('attachment-material').click();
  await unit.page.getByRole('option', { name: '可行性研究报告' }).click();
  await attachments.getByTestId('attachment-file').setInputFiles({ name: SCAN_NAME, mimeType: 'application/pdf', buffer: SCAN });
  await expect(attachments.getByTestId('attachment-list')).toContainText(SCAN_NAME);
  await expect(attachments.getByTestId('attachment-list')).toContainText('可行性研究报告');
  await unit.page.getByTestId('filing-submit').click();
  await unit.page.getByTestId('filing-passphrase').fill(PASSPHRASE);
  await unit.page.getByTestId('filing-confirm').click();
  await expect(unit.page.getByTestId('filing-versions')).toContainText('已报送，待审查');

  // The review office imports the bundle from its inbox; the project joins its register (read-only).
  const imported = await officeExchange.importFrom(testOffice.name, undefined, PASSPHRASE);
  await expect(imported.getByTestId('import-result-project')).toHaveText(`${PROJECT}：第 1 版申报`);
  await office.screenshot('exchange-import-result', imported);
  await imported.getByTestId('import-result-close').click();
  await officeExchange.sendReceipt(PASSPHRASE, testOffice.name);

  // It reviews: opinions with the experts, then a decision citing its article; and sends it back.
  const review = new ReviewPage(office.page);
  await review.open();
  await review.openFiling(PROJECT);
  // The scan arrived with the filing; a copy saved from the office is the unit's file, byte for byte.
  await expect(review.workspace.getByTestId('attachment-list')).toContainText(SCAN_NAME);
  await review.workspace.getByTestId('attachment-save').click();
  const saved = join(office.dataDir, 'exports', '附件', SCAN_NAME);
  await expect(office.page.locator('.el-message--success').filter({ hasText: saved })).toBeVisible();
  expect(readFileSync(saved).equals(SCAN)).toBe(true);
  await review.recordOpinion('技术审查意见', '李明、张华、赵强', '技术方案可行，同意通过技术审查。');
  await review.recordOpinion('财政审查意见', '钱芳', '资金来源明确，同意。');
  await review.decide({ documentNo: '淅政数〔2026〕18号', amountWan: '365', opinion: '经技术审查和财政审查，同意该项目建设。', articles: '第十二条' });
  await office.screenshot('review-workspace', review.workspace);
  await review.closeWorkspace();
  await review.sendDecisions(PASSPHRASE, testOffice.name);
  await office.page.getByTestId('menu-projects').click();
  await expect(new ProjectListPage(office.page).names).toContainText([PROJECT]);

  // The unit takes the receipt, then the decision: it shows on the project, and the filing is locked.
  const receipt = await unitExchange.importFrom(reviewOffice.name, '回执');
  await receipt.getByTestId('import-result-close').click();
  const back = await unitExchange.importFrom(reviewOffice.name, '审查决定', PASSPHRASE);
  await expect(back.getByTestId('import-result-project')).toHaveText(`${PROJECT}：批准（第 1 版申报）`);
  await back.getByTestId('import-result-close').click();
  await list.open();
  await list.openProject(PROJECT);
  const filing = unit.page.getByTestId('project-filing');
  await expect(filing.getByTestId('filing-locked')).toContainText('第 1 版申报已获批准，申报内容已锁定');
  await expect(filing.getByTestId('decision-kind')).toHaveText('批准');
  await expect(filing.getByTestId('filing-decision')).toContainText('淅政数〔2026〕18号');
  await expect(filing.getByTestId('filing-decision')).toContainText('李明、张华、赵强');
  await expect(filing.getByTestId('filing-submit')).toHaveCount(0);
  await unit.screenshot('project-filing-locked', filing);

  // Editing the declared content is off, with the reason and the review office's name on hover.
  await expect(unit.page.getByTestId('detail-edit')).toBeDisabled();
  await expect(unit.page.getByTestId('detail-edit-locked')).toHaveAttribute('data-reason', new RegExp(`获${reviewOffice.name}批准并锁定`));
  await unit.page.getByTestId('detail-edit-locked').hover();
  await expect(unit.page.locator('.el-popper').filter({ hasText: /获.*批准并锁定/ }).filter({ visible: true })).toContainText(reviewOffice.name);

  for (const app of [unit, office]) expect(app.browserProblems, 'the browser console showed errors').toEqual([]);
});
