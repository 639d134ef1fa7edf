import { createWorkingDayCalendar, shippedHolidayCalendarData } from '../../shared/calendar';
import { beijingDay } from '../../shared/domain/time';
import { addMonths } from '../../shared/rules/framework/dates';
import { monthsPeriodEnd } from '../../shared/rules/framework/periods';
import { sampleProject, testOffice } from '../support/services';
import { ComplianceOverviewPage } from './pages/ComplianceOverviewPage';
import { toast } from './pages/element';
import { ProjectCompliancePanel, openArticle } from './pages/ProjectCompliancePanel';
import { ProjectDetailPage } from './pages/ProjectDetailPage';
import type { ProjectFormValues } from './pages/ProjectFormDialog';
import { ProjectListPage } from './pages/ProjectListPage';
import { SetupPage } from './pages/SetupPage';
import { expect, test } from './support/app';

// The services run on the real clock, so the dates are computed from today (Beijing).
const today = beijingDay(new Date());
/** Seven months ago: the six months of 第十八条 have run out. */
const completedOn = addMonths(today, -7);
/** 第十八条 “建成6个月内”: six months on, moved to the next working day, as the pack computes it. */
const acceptanceDue = monthsPeriodEnd(completedOn, 6, createWorkingDayCalendar(shippedHolidayCalendarData));

const platform: Partial<ProjectFormValues> = {
  name: '淅川县智慧教育云平台建设项目',
  contactPerson: '李强',
  contactPhone: '0377-69230000',
  stage: '建设实施',
  total: '380',
  funding: { superior: '200', localFiscal: '180' },
};

const portal: Partial<ProjectFormValues> = {
  name: '淅川县政务服务一网通办升级项目',
  contactPerson: '王芳',
  contactPhone: '0377-69231111',
  total: '96.5',
  funding: { localFiscal: '96.5' },
};

test('a completed project past its six months shows the 第十八条 finding, its overdue deadline and the article, and is overdue in the overview', async ({ app, page }) => {
  expect(acceptanceDue < today).toBe(true);
  await new SetupPage(page).complete(testOffice);
  const list = new ProjectListPage(page);
  const detail = new ProjectDetailPage(page);
  const compliance = new ProjectCompliancePanel(page);

  // A project under construction, registered through the form.
  const form = await list.startCreate();
  await form.fill(platform);
  await form.submit();
  await form.expectClosed();
  await list.openProject(platform.name!);
  await compliance.expectLoaded();
  await expect(compliance.currentStage).toHaveText('建设实施');
  await expect(compliance.finding('建成6个月内')).toHaveCount(0);

  // It was completed seven months ago.
  await compliance.recordEvent({ kind: '项目建成', date: completedOn });
  await expect(compliance.events).toHaveCount(1);
  await expect(compliance.events.first()).toContainText(completedOn);
  await expect(compliance.events.first()).toContainText('项目建成');
  await expect(detail.latestChanges()).toHaveText([`生命周期事件·项目建成：— → ${completedOn}`]);

  await compliance.openTab('findings');
  const overdue = compliance.finding('建成6个月内');
  await expect(overdue).toHaveCount(1);
  await expect(overdue).toHaveAttribute('data-severity', 'warning');
  await expect(overdue.getByTestId('finding-message')).toContainText(`项目于 ${completedOn} 建成`);
  await expect(overdue.getByTestId('finding-due')).toHaveText(`截止 ${acceptanceDue}`);
  const citation = overdue.getByTestId('citation-link');
  await expect(citation).toHaveText('淅川 第十八条');

  // The article's words, on demand.
  const article = await openArticle(page, citation);
  await expect(article).toContainText('淅川 第十八条');
  await expect(article).toContainText('第三章 项目建设和资金管理');
  await expect(article.getByTestId('article-text')).toContainText('政务信息化项目建成6个月内,项目建设单位应当按照有关规定组织验收');
  await app.screenshot('10-project-compliance-article');
  await detail.name.click();
  await expect(article).toBeHidden();
  await app.screenshot('11-project-compliance-findings', compliance.section);

  await compliance.openTab('deadlines');
  const deadline = compliance.deadline('建成后6个月内组织验收');
  await expect(deadline.getByTestId('deadline-due')).toHaveText(acceptanceDue);
  await expect(deadline.getByTestId('deadline-status')).toHaveText('已逾期');
  await expect(deadline.getByTestId('deadline-status')).toHaveAttribute('data-status', 'overdue');
  await expect(deadline.getByTestId('citation-link')).toHaveText('淅川 第十八条');
  await app.screenshot('12-project-compliance-deadlines', compliance.section);

  // The approval path the project skipped: 第七条's steps are required, 第九条's only “原则上”.
  await compliance.openTab('approval');
  await expect(compliance.approvalSteps.first()).toContainText('县行政审批和政务信息管理局技术性审查');
  await expect(compliance.approvalSteps.first()).toHaveAttribute('data-state', 'missing');
  await expect(compliance.approvalSteps.filter({ hasText: '项目建议书审批' }).getByTestId('approval-in-principle')).toHaveText('原则上');
  await expect(compliance.approvalSteps.filter({ hasText: '项目建议书审批' }).getByTestId('citation-link')).toHaveText('淅川 第九条');
  await app.screenshot('13-project-compliance-approval', compliance.section);

  await compliance.openTab('checklist');
  await expect(compliance.checklistLine('建设合同')).toHaveAttribute('data-present', 'false');
  await app.screenshot('14-project-compliance-checklist', compliance.section);

  // The office's overview lists the project under the overdue deadlines.
  const overview = new ComplianceOverviewPage(page);
  await overview.open();
  await expect(overview.overdue).toHaveCount(1);
  await expect(overview.overdue.first().getByTestId('deadline-item-project')).toHaveText(platform.name!);
  await expect(overview.overdue.first().getByTestId('deadline-item-due')).toHaveText(acceptanceDue);
  await expect(overview.overdue.first().getByTestId('citation-link')).toHaveText('淅川 第十八条');
  await expect(overview.banner).toHaveAttribute('data-kind', 'inForce');
  await expect(overview.banner).toContainText('淅川县政务信息化项目建设管理暂行办法');
  const blocking = Number(await overview.severityFilter('blocking').getByTestId('severity-count').textContent());
  expect(blocking).toBeGreaterThan(0);
  await overview.filterBy('blocking');
  await expect(overview.total).toHaveText(`共 ${blocking} 项`);
  await expect(overview.findingRows.getByTestId('finding-severity')).toHaveText(Array.from({ length: blocking }, () => '阻断'));
  await overview.filterBy('blocking');
  const result = await overview.recheckAll();
  await expect(result).toContainText('已重新检查 1 个项目');
  await expect(result).toContainText('用时');
  await expect(overview.overdue).toHaveCount(1);
  await app.screenshot('15-compliance-overview', overview.root);
  await overview.overdue.first().getByTestId('deadline-item-project').click();
  await expect(detail.name).toHaveText(platform.name!);
});

test('a draft cannot jump stages: the form and the stage buttons cite the articles; declared with its materials, it moves to 已申报', async ({ app, page }) => {
  await new SetupPage(page).complete(testOffice);
  const list = new ProjectListPage(page);
  const detail = new ProjectDetailPage(page);
  const compliance = new ProjectCompliancePanel(page);
  const form = await list.startCreate();
  await form.fill(portal);
  await form.submit();
  await form.expectClosed();
  await list.openProject(portal.name!);
  await compliance.expectLoaded();

  // Not to 建设实施 through the form: the refusal cites the article.
  await expect(compliance.currentStage).toHaveText('编制中');
  const edit = await detail.startEdit();
  await edit.fill({ stage: '建设实施' });
  await edit.submit();
  await expect(edit.formError).toContainText('本办法未规定由“编制中”直接进入“建设实施”');
  await expect(edit.formError.getByTestId('citation-link')).toHaveText('淅川 第十五条');
  await expect(edit.error('stage')).toHaveText('本办法不允许进入该阶段，原因见上方');
  await expect(toast(page, '不能进入该阶段')).toBeVisible();
  await app.screenshot('16-stage-refused-in-form');
  await edit.discardChanges();
  await expect(detail.field('stage')).toHaveText('编制中');

  // Nor to 已申报 before it is declared: the button says why, article by article.
  await expect(compliance.stageButton('已申报')).toHaveAttribute('data-allowed', 'false');
  await compliance.stageButton('已申报').click();
  const refusals = compliance.refusalDialog.getByTestId('stage-refusal');
  await expect(refusals.filter({ hasText: '尚无“报送申报材料”的记录' }).getByTestId('citation-link')).toHaveText('淅川 第七条');
  await expect(refusals.filter({ hasText: '缺少项目申报材料' })).toHaveCount(1);
  await app.screenshot('17-stage-refused-dialog');
  await compliance.refusalDialog.getByTestId('stage-refused-close').click();
  await expect(compliance.refusalDialog).toBeHidden();

  // A wrong record is undone (after a confirmation: the history keeps it).
  await compliance.recordEvent({ kind: '开工建设', date: today });
  await compliance.undoEvent('开工建设');
  await expect(compliance.events).toHaveCount(0);

  // Declared, with the declaration materials: now it may move.
  await compliance.recordEvent({ kind: '报送申报材料', date: today, years: { forYear: Number(today.slice(0, 4)) + 1 } });
  await compliance.receive('项目申报材料');
  await compliance.receive('人工智能大模型应用需求分析');
  await expect(compliance.stageButton('已申报')).toHaveAttribute('data-allowed', 'true');
  await compliance.moveTo('已申报');
  await expect(detail.field('stage')).toHaveText('已申报');
  await expect(detail.version).toHaveText('第 2 版');
  await expect(detail.latestChanges()).toHaveText(['项目阶段：编制中 → 已申报']);
  await expect(compliance.stageButton('审查中')).toBeVisible();
  await app.screenshot('21-project-history', page.getByTestId('history'));
  const portalId = decodeURIComponent(new URL(page.url()).hash.split('/').pop() ?? '');
  expect(app.services.projects.get(portalId).stage).toBe('declared');
});

test('the event dialog validates with the schema main uses, and records 万元 as fen', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  const project = app.services.projects.create(sampleProject({ stage: 'procurement' }));
  await page.reload();
  await new ProjectListPage(page).openProject(project.name);
  const compliance = new ProjectCompliancePanel(page);
  await compliance.expectLoaded();

  await page.getByTestId('event-record').click();
  const dialog = compliance.eventDialog;
  await dialog.submit();
  await expect(dialog.error('kind')).toHaveText('请选择事件');

  await dialog.fill({ kind: '审查/审批' });
  await dialog.submit();
  await expect(dialog.error('review')).toHaveText('请选择审查/审批事项');
  await expect(dialog.error('outcome')).toHaveText('请选择结论');
  await dialog.fill({ kind: '审查/审批', selects: { review: '技术审查' } });
  await expect(dialog.error('review')).toBeHidden();

  await dialog.fill({ kind: '签订合同', date: today, checks: { clauses: ['工程建设内容', '付款方式'] }, texts: { amountFen: '一百' } });
  await dialog.submit();
  await expect(dialog.error('amountFen')).toHaveText('合同金额必须是数字');
  await dialog.item('amountFen').locator('input').fill('120.5');
  await dialog.item('amountFen').locator('input').blur();
  await expect(dialog.item('amountFen').locator('input')).toHaveValue('120.50');
  await app.screenshot('18-event-dialog');
  await dialog.submit();
  await dialog.expectClosed();
  await expect(compliance.events.first()).toContainText('签订合同');
  await expect(compliance.events.first()).toContainText('合同条款：已约定 2/14 项');
  await expect(compliance.events.first()).toContainText('金额（万元）：120.50');

  const recorded = app.services.facts.get(project.id).events.map((stored) => stored.event);
  expect(recorded).toEqual([{ kind: 'contractSigned', date: today, clauses: ['constructionContent', 'paymentTerms'], amountFen: 120_500_000 }]);

  // The panel in English: labels translated, the rules' findings in the regulation's Chinese.
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('tab-events')).toContainText('Lifecycle events');
  await expect(compliance.events.first()).toContainText('Contract signed');
  await expect(compliance.events.first()).toContainText('Contract clauses: 2 of 14 clauses');
  await compliance.openTab('checklist');
  await expect(compliance.checklistLine('Construction contract')).toContainText('Xichuan Art. 15');
  await app.screenshot('20-project-compliance-english', compliance.section);
});

test('the pack banner warns in every page when the regulation is about to end, and names the days left', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  const status = app.services.compliance.status();
  await page.route('**/rpc/rules.status', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: { ...status, kind: 'endingSoon', daysLeft: 12, message: null } }) }),
  );
  await page.reload();
  const banner = page.getByTestId('layout-pack-banner');
  await expect(banner).toHaveAttribute('data-kind', 'endingSoon');
  await expect(banner).toHaveClass(/el-alert--warning/);
  await expect(banner).toContainText(`将于 ${status.validUntil} 届满，还剩 12 天`);
  await app.screenshot('19-pack-ending-soon');

  await page.route('**/rpc/rules.status', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: { ...status, kind: 'expired', daysLeft: null, message: null } }) }),
  );
  const overview = new ComplianceOverviewPage(page);
  await overview.open();
  // The overview shows the status itself, in red once expired.
  await expect(banner).toHaveCount(0);
  await expect(overview.banner).toHaveAttribute('data-kind', 'expired');
  await expect(overview.banner).toHaveClass(/el-alert--error/);
  await expect(overview.banner).toContainText('已于');

  // In English too, the regulation's own words stay Chinese.
  await page.getByTestId('lang-en').click();
  await expect(overview.root.getByRole('heading', { name: 'Compliance overview' })).toBeVisible();
  await expect(overview.severityFilter('blocking')).toContainText('Blocking');
  await expect(overview.banner).toContainText('expired on');
  await expect(page.getByTestId('menu-compliance')).toHaveText('Compliance');
});
