import { sampleProject, testOffice } from '../support/services';
import { chooseOption, chooseOptions, toast } from './pages/element';
import { ProjectListPage } from './pages/ProjectListPage';
import { SystemPage } from './pages/SystemPage';
import { expect, test } from './support/app';

test('the register pages, sorts and filters on the server', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  // 25 projects: 1..25 万元, years alternating, every fifth one under construction at the 医保局.
  app.services.projects.importMany(
    Array.from({ length: 25 }, (_, index) => {
      const fen = (index + 1) * 1_000_000;
      const medical = (index + 1) % 5 === 0;
      return sampleProject({
        name: `测试项目${String(index + 1).padStart(2, '0')}`,
        unitName: medical ? '淅川县医疗保障局' : testOffice.name,
        plannedYear: index % 2 === 0 ? 2026 : 2027,
        stage: medical ? 'construction' : 'draft',
        totalInvestmentFen: fen,
        funding: { superior: fen, localFiscal: 0, selfRaised: 0, social: 0, other: 0 },
      });
    }),
  );
  await page.reload();
  const list = new ProjectListPage(page);
  await expect(list.total).toHaveText('共 25 个项目');
  await expect(list.names).toHaveCount(20);

  await list.sortBy('总投资');
  await expect(list.names.first()).toHaveText('测试项目25');
  await list.sortBy('总投资');
  await expect(list.names.first()).toHaveText('测试项目01');
  await list.goToPage(2);
  await expect(list.names).toHaveText(['测试项目21', '测试项目22', '测试项目23', '测试项目24', '测试项目25']);

  await chooseOptions(page, list.filter('stages'), ['建设实施']);
  await chooseOption(page, list.filter('unit'), '淅川县医疗保障局');
  await page.getByTestId('search-min').fill('10');
  await page.getByTestId('search-max').fill('20.00');
  await list.submitSearch();
  await expect(list.names).toHaveText(['测试项目10', '测试项目15', '测试项目20']);

  await chooseOption(page, list.filter('year'), '2027');
  await list.submitSearch();
  await expect(list.names).toHaveText(['测试项目10', '测试项目20']);

  await page.getByTestId('search-min').fill('30');
  await page.getByTestId('search-max').fill('');
  await list.submitSearch();
  await expect(list.noMatch).toBeVisible();

  // Money the server refuses is named in its words.
  await page.getByTestId('search-max').fill('5');
  await list.submitSearch();
  await expect(toast(page, '最低金额不能高于最高金额')).toBeVisible();

  await list.reset();
  await expect(list.total).toHaveText('共 25 个项目');
});

test('the system page shows the data folder, takes a backup and verifies the history; the language switch sticks', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  await page.reload();
  const system = new SystemPage(page);
  await system.open();
  await expect(system.value('dataDir')).toHaveText(app.dataDir);
  await expect(system.value('projectCount')).toHaveText('0');
  const before = await system.backupRows.count();
  await system.backupNow();
  await expect(toast(page, /已备份/)).toBeVisible();
  await expect(system.backupRows).toHaveCount(before + 1);
  await expect(system.backupRows.first()).toContainText('手动备份');
  const result = await system.verifyHistory();
  await expect(result).toContainText('哈希链校验通过');
  await app.screenshot('07-system');

  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('menu-system')).toHaveText('System');
  await expect(page.getByTestId('system-verify')).toHaveText('Verify history');
  await page.reload();
  await expect(page.getByTestId('menu-projects')).toHaveText('Project register');
  await page.getByTestId('menu-projects').click();
  await expect(page.getByTestId('project-create')).toHaveText('New project');
  // Element Plus speaks the same language.
  await expect(page.getByTestId('project-pager')).toContainText('Total 0');
  await expect(page).toHaveTitle('Government IT Project Desk');
  await app.screenshot('08-register-english');
  await page.getByTestId('lang-zh').click();
  await expect(page.getByTestId('project-create')).toHaveText('新建项目');
  await expect(page).toHaveTitle('政务信息化项目管理台');
});
