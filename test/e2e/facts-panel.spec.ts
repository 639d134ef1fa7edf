import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Office } from '../../shared/domain/office';
import { reviewOffice } from '../support/exchange';
import { tempDataDir, testOffice } from '../support/services';
import { chooseOption, toast } from './pages/element';
import { ExchangePage } from './pages/ExchangePage';
import { ProjectCompliancePanel } from './pages/ProjectCompliancePanel';
import type { ProjectFormValues } from './pages/ProjectFormDialog';
import { ProjectListPage } from './pages/ProjectListPage';
import { ReviewPage } from './pages/ReviewPage';
import { SetupPage } from './pages/SetupPage';
import { Installation } from './support/app';

/** Installations on separate data folders, each in its own browser context (one for the first test, two for the second). */
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
async function startInstallation(browser: Browser): Promise<Installation> {
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
const PROJECT: Partial<ProjectFormValues> = {
  name: '淅川县智慧教育云平台建设项目',
  contactPerson: '李强',
  contactPhone: '0377-69230000',
  stage: '建设实施',
  total: '380',
  funding: { superior: '200', localFiscal: '180' },
};
const KEY_PRODUCTS = '尚未登记关键产品';
const CRYPTO = '密码应用仍为“未规划”';
const REASON = '本项目只采购教学终端和课堂互动软件，不新建信息系统，也不处理需密码保护的重要数据；县密码管理局已书面确认无需同步规划密码保障系统。';

/** The unit registers the project under construction and opens it. */
async function registerProject(page: Page): Promise<ProjectCompliancePanel> {
  const list = new ProjectListPage(page);
  await list.open();
  const form = await list.startCreate();
  await form.fill(PROJECT);
  await form.submit();
  await form.expectClosed();
  await list.openProject(PROJECT.name!);
  const compliance = new ProjectCompliancePanel(page);
  await compliance.expectLoaded();
  return compliance;
}

/** 不适用 / 例外 on the 第三十一条 finding, with its reason. */
async function explainCrypto(page: Page, compliance: ProjectCompliancePanel): Promise<void> {
  await compliance.finding(CRYPTO).getByTestId('finding-except').click();
  const dialog = page.locator('.el-dialog').filter({ has: page.getByTestId('exception-reason') });
  await expect(dialog.getByTestId('exception-finding')).toContainText('第三十一条');
  // Too short a reason is refused in words, and nothing is saved.
  await dialog.getByTestId('exception-reason').fill('不需要');
  await dialog.getByTestId('exception-save').click();
  await expect(dialog).toContainText('至少 4 个字');
  await dialog.getByTestId('exception-reason').fill(REASON);
  await dialog.getByTestId('exception-save').click();
  await expect(toast(page, '已说明')).toBeVisible();
  await expect(dialog).toBeHidden();
}

test('a clerk in 淅川 records facts through the panel and closes one finding by a fact, another by a reasoned exception', async ({ unit }) => {
  test.setTimeout(120_000);
  const page = unit.page;
  await new SetupPage(page).complete(testOffice);
  const compliance = await registerProject(page);
  const openCount = compliance.root.getByTestId('open-findings');
  const before = Number(await openCount.textContent());
  await expect(compliance.finding(KEY_PRODUCTS)).toHaveCount(1);
  await unit.screenshot('facts-1-findings-before', compliance.section);

  // 去填写 on the 第三十三条 finding opens the facts panel on 关键产品自主可靠情况, marked.
  await compliance.finding(KEY_PRODUCTS).getByTestId('finding-fill').click();
  const panel = page.getByTestId('facts-panel');
  const keyProducts = panel.getByTestId('fact-compliance-keyProductsDomestic');
  await expect(keyProducts).toHaveClass(/is-marked/);
  // Only what xichuan's rules read is shown, grouped by the lifecycle; a fact no xichuan rule reads is not.
  await expect(panel.getByTestId('facts-group-declaration')).toContainText('涉及国家秘密（涉密项目）');
  await expect(panel.getByTestId('facts-group-declaration')).toContainText('国家和省、市的临时安排');
  await expect(panel.getByTestId('facts-group-operation')).toContainText('政务信息系统基础目录清单条目');
  await expect(panel.getByTestId('fact-attributes-govCloudPlatform')).toHaveCount(0);
  // Each fact names its article on hover.
  await keyProducts.getByTestId('fact-label').hover();
  await expect(page.locator('.fact-articles').filter({ visible: true })).toContainText('第三十三条');
  await unit.screenshot('facts-2-panel-key-products', page.getByTestId('project-compliance'));

  // The clerk records the key products, the inventory entry's 类型 and 建设依据, and that the project is not a 临时安排.
  await chooseOption(page, keyProducts.locator('.el-select'), '全部自主可靠');
  const inventory = panel.getByTestId('fact-compliance-inventoryEntry');
  await inventory.getByTestId('inventory-systemType').locator('input').fill('业务应用类');
  await inventory.getByTestId('inventory-basis').locator('input').fill('淅政办[2025]6号');
  await inventory.getByTestId('inventory-investmentFen').locator('input').fill('三百万');
  await panel.getByTestId('facts-save').click();
  // A bad amount is named and nothing is saved.
  await expect(panel.getByTestId('facts-error')).toContainText('投资额度');
  await inventory.getByTestId('inventory-investmentFen').locator('input').fill('380');
  await panel.getByTestId('facts-save').click();
  await expect(toast(page, '事实已保存')).toBeVisible();
  await expect(panel.getByTestId('facts-save')).toBeDisabled();
  await unit.screenshot('facts-3-panel-saved', page.getByTestId('project-compliance'));

  // The 第三十三条 finding is closed by the fact.
  await compliance.openTab('findings');
  await expect(compliance.finding(KEY_PRODUCTS)).toHaveCount(0);
  await expect(openCount).toHaveText(String(before - 1));

  // 去填写 on an approval finding opens 记录事件 on the event it needs.
  await compliance.finding('技术性审查尚未办理').getByTestId('finding-fill').click();
  const eventDialog = page.locator('.el-dialog').filter({ has: page.getByTestId('event-form') });
  await expect(eventDialog.getByTestId('ef-item-kind')).toContainText('审查/审批');
  await unit.screenshot('facts-4-fill-opens-event', eventDialog);
  await eventDialog.getByRole('button', { name: '取消' }).click();

  // 不适用 / 例外 on the 第三十一条 finding: it moves to 已说明, greyed, with the reason.
  await explainCrypto(page, compliance);
  await expect(compliance.finding(CRYPTO)).toHaveCount(0);
  const explained = compliance.root.getByTestId('finding-explained');
  await expect(explained).toHaveCount(1);
  await expect(explained).toContainText(CRYPTO);
  await expect(explained.getByTestId('finding-exception')).toContainText(REASON);
  await expect(openCount).toHaveText(String(before - 2));
  await unit.screenshot('facts-5-explained', compliance.section);

  // Both are in the history.
  const history = page.getByTestId('project-detail');
  await expect(history).toContainText(REASON);
  await expect(history).toContainText('业务应用类');
  expect(unit.browserProblems, 'the browser console showed errors').toEqual([]);
});

async function setUp(app: Installation, office: Office): Promise<ExchangePage> {
  await new SetupPage(app.page).complete(office);
  return new ExchangePage(app.page);
}

test('the review office sees the exception in the filing and rejects it; the unit sees the finding reopened', async ({ unit, office, share }) => {
  test.setTimeout(180_000);
  const toOffice = join(share, '报送');
  const toUnit = join(share, '审查决定');
  mkdirSync(toOffice, { recursive: true });
  mkdirSync(toUnit, { recursive: true });
  const unitExchange = await setUp(unit, testOffice);
  const officeExchange = await setUp(office, reviewOffice);
  const unitKey = await unitExchange.createKeyAndExport(PASSPHRASE);
  const officeKey = await officeExchange.createKeyAndExport(PASSPHRASE);
  await unitExchange.trust(officeKey.keyFile, officeKey.fingerprint, reviewOffice.name);
  await officeExchange.trust(unitKey.keyFile, unitKey.fingerprint, testOffice.name);
  await unitExchange.setFolders(toUnit, toOffice);
  await officeExchange.setFolders(toOffice, toUnit);

  // The unit explains the 第三十一条 finding and files the project.
  const compliance = await registerProject(unit.page);
  await explainCrypto(unit.page, compliance);
  await unit.page.getByTestId('filing-submit').click();
  await unit.page.getByTestId('filing-passphrase').fill(PASSPHRASE);
  await unit.page.getByTestId('filing-confirm').click();
  await expect(unit.page.getByTestId('filing-versions')).toContainText('已报送，待审查');

  // The review office imports it and sees the exception in the workspace; it rejects it with its reason.
  const imported = await officeExchange.importFrom(testOffice.name, undefined, PASSPHRASE);
  await imported.getByTestId('import-result-close').click();
  const review = new ReviewPage(office.page);
  await review.open();
  await review.openFiling(PROJECT.name!);
  const exception = review.workspace.getByTestId('filing-exception');
  await expect(exception).toContainText(REASON);
  await expect(exception).toContainText('第三十一条');
  await expect(exception.getByTestId('filing-exception-status')).toHaveText('待审查');
  await office.screenshot('facts-6-office-sees-exception', review.workspace.getByTestId('filing-exceptions'));
  await exception.getByTestId('filing-exception-reject').click();
  const box = office.page.locator('.exception-reject-box');
  await box.locator('textarea').fill('密码管理局的确认只针对终端采购；本项目含课堂互动平台，应同步规划密码保障系统。');
  await box.getByRole('button', { name: '驳回' }).click();
  await expect(exception.getByTestId('filing-exception-status')).toHaveText('已驳回');
  await office.screenshot('facts-7-office-rejected', review.workspace.getByTestId('filing-exceptions'));

  // Its decision (退回整改) carries the rejection back.
  await chooseOption(office.page, office.page.getByTestId('decision-select'), '退回整改');
  await office.page.getByTestId('decision-opinion').fill('密码应用的例外说明不成立，请补充密码应用方案后再报。');
  await office.page.getByTestId('decision-articles').fill('31');
  await office.page.getByTestId('decision-save').click();
  await expect(review.workspace.getByTestId('workspace-decision')).toContainText('退回整改');
  await review.closeWorkspace();
  await review.sendDecisions(PASSPHRASE, testOffice.name);

  // The unit imports the decision: the finding is open again, with the office's reason.
  const back = await unitExchange.importFrom(reviewOffice.name, '审查决定', PASSPHRASE);
  await expect(back.getByTestId('import-result-project')).toContainText('驳回 1 项例外说明');
  await back.getByTestId('import-result-close').click();
  const list = new ProjectListPage(unit.page);
  await list.open();
  await list.openProject(PROJECT.name!);
  const reopened = compliance.finding(CRYPTO);
  await expect(reopened).toHaveCount(1);
  await expect(reopened.getByTestId('finding-rejected')).toContainText('本项目含课堂互动平台');
  await expect(compliance.root.getByTestId('finding-explained')).toHaveCount(0);
  await unit.screenshot('facts-8-unit-reopened', compliance.section);

  for (const app of [unit, office]) expect(app.browserProblems, 'the browser console showed errors').toEqual([]);
});
