import { LIFECYCLE_STAGES } from '../../shared/domain/enums';
import type { ProjectFields } from '../../shared/domain/project';
import { sampleProject, testOffice } from '../support/services';
import { ComplianceOverviewPage } from './pages/ComplianceOverviewPage';
import { DashboardPage } from './pages/DashboardPage';
import { chooseOption } from './pages/element';
import { ProjectListPage } from './pages/ProjectListPage';
import { expect, test } from './support/app';

const EDUCATION = '淅川县教育局';
const MEDICAL = '淅川县医疗保障局';
const POLICE = '淅川县公安局';

/** 万元 as fen, with the whole sum from one source. */
function money(wan: number, source: 'superior' | 'localFiscal'): Pick<ProjectFields, 'totalInvestmentFen' | 'funding'> {
  const fen = wan * 1_000_000;
  return { totalInvestmentFen: fen, funding: { superior: 0, localFiscal: 0, selfRaised: 0, social: 0, other: 0, [source]: fen } };
}

/** Three units' projects, as a review office holds them: 3 in 建设实施, 2 planned for 2025, 1,340 万元 in all. */
const SEEDS: Partial<ProjectFields>[] = [
  { name: '淅川县智慧教育云平台建设项目', unitName: EDUCATION, stage: 'construction', plannedYear: 2026, ...money(380, 'superior') },
  { name: '淅川县教育数据中心扩容项目', unitName: EDUCATION, stage: 'construction', plannedYear: 2025, ...money(120, 'localFiscal') },
  { name: '淅川县中小学网络安全升级项目', unitName: EDUCATION, stage: 'declared', plannedYear: 2026, ...money(60, 'localFiscal') },
  { name: '淅川县医保结算平台升级项目', unitName: MEDICAL, stage: 'construction', plannedYear: 2025, ...money(200, 'superior') },
  { name: '淅川县医保移动支付建设项目', unitName: MEDICAL, stage: 'planned', plannedYear: 2026, ...money(80, 'localFiscal') },
  // Built new in its own server room: 第二十五条 “不得单独新建机房” blocks.
  { name: '淅川县公安视频联网平台项目', unitName: POLICE, stage: 'operation', plannedYear: 2024, kind: 'new', cloudDeployment: 'ownRoom', ...money(500, 'superior') },
];

test('the dashboard charts the register across units, and a bar clicked opens the list it counts', async ({ app, page }) => {
  app.services.office.completeSetup({ ...testOffice, name: '淅川县政务服务和大数据管理局', code: '11411326MB12345679', role: 'reviewOffice' });
  for (const seed of SEEDS) app.services.projects.create(sampleProject(seed));
  const expected = await app.services.handlers['dashboard.summary']({ unitName: null });
  const blocking = expected.findingsBySeverity.find((row) => row.severity === 'blocking')!.findings;
  expect(blocking).toBeGreaterThan(0);

  await page.goto(app.bridge.openUrl);
  const dashboard = new DashboardPage(page);
  const list = new ProjectListPage(page);
  await dashboard.open();

  await expect(dashboard.tile('projects')).toHaveText('6');
  await expect(dashboard.tile('investment')).toHaveText('1,340.00');
  await expect(dashboard.tile('blocking')).toHaveText(String(blocking));
  for (const chart of ['stage', 'unit', 'money', 'deadlines', 'severity'] as const) await expect(dashboard.canvas(chart)).toBeVisible();
  expect((await dashboard.bars('stage')).map((bar) => bar.key)).toEqual([...LIFECYCLE_STAGES]);
  expect((await dashboard.bars('unit')).map((bar) => bar.key)).toEqual([EDUCATION, MEDICAL, POLICE]);
  expect((await dashboard.bars('money')).map((bar) => bar.key)).toEqual(['2024', '2025', '2026']);
  expect((await dashboard.bars('deadlines')).map((bar) => bar.key)).toEqual(['overdue', 'soon', 'later']);
  await expect(dashboard.tableRows('money')).toHaveCount(3);
  await expect(dashboard.tableRows('money').nth(1)).toContainText('2025');
  await expect(dashboard.tableRows('money').nth(1)).toContainText('320.00');
  await app.screenshot('dashboard', dashboard.root);

  // The 建设实施 bar, clicked on the canvas: the register shows those three projects.
  await dashboard.clickBar('stage', 'construction');
  await expect(page).toHaveURL(/#\/projects\?stage=construction$/);
  await list.waitForLoad();
  await expect(list.total).toHaveText('共 3 个项目');
  await expect(list.filter('stages')).toContainText('建设实施');
  await expect(list.names).toHaveCount(3);

  // The 2025 stack of the money chart.
  await dashboard.open();
  await dashboard.clickBar('money', '2025');
  await expect(page).toHaveURL(/year=2025/);
  await list.waitForLoad();
  await expect(list.total).toHaveText('共 2 个项目');
  // Newest first, as the register lists.
  await expect(list.names).toHaveText(['淅川县医保结算平台升级项目', '淅川县教育数据中心扩容项目']);

  // A unit, through the chart's data table instead of the canvas.
  await dashboard.open();
  await dashboard.clickTableRow('unit', MEDICAL);
  await list.waitForLoad();
  await expect(list.total).toHaveText('共 2 个项目');
  await expect(list.filter('unit')).toContainText(MEDICAL);

  // The review office narrows the dashboard to one unit; a bar then opens that unit's projects only.
  await dashboard.open();
  await chooseOption(page, dashboard.unitFilter(), EDUCATION);
  await expect(dashboard.tile('projects')).toHaveText('3');
  await expect(dashboard.tile('investment')).toHaveText('560.00');
  await expect(page).toHaveURL(/unit=/);
  await dashboard.clickBar('stage', 'construction');
  await list.waitForLoad();
  await expect(list.total).toHaveText('共 2 个项目');
  await expect(list.filter('unit')).toContainText(EDUCATION);

  // 阻断 on the findings chart: the compliance overview, filtered to 阻断.
  await dashboard.open();
  await dashboard.clickBar('severity', 'blocking');
  const overview = new ComplianceOverviewPage(page);
  await expect(overview.root).toBeVisible();
  await overview.waitForLoad();
  await expect(overview.severityFilter('blocking')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('findings-total')).toContainText(String(blocking));
});
