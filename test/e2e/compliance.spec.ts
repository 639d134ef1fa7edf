import { createWorkingDayCalendar, shippedHolidayCalendarData } from '../../shared/calendar';
import { beijingDay, systemClock } from '../../shared/domain/time';
import { addMonths } from '../../shared/rules/framework/dates';
import { monthsPeriodEnd } from '../../shared/rules/framework/periods';
import { sampleProject, testOffice } from '../support/services';
import { ComplianceOverviewPage } from './pages/ComplianceOverviewPage';
import { chooseOption, toast } from './pages/element';
import { ProjectCompliancePanel, openArticle } from './pages/ProjectCompliancePanel';
import { ProjectDetailPage } from './pages/ProjectDetailPage';
import type { ProjectFormValues } from './pages/ProjectFormDialog';
import { ProjectListPage } from './pages/ProjectListPage';
import { SetupPage } from './pages/SetupPage';
import { expect, test } from './support/app';
import { install, PASSPHRASE, reviewOffice, trustEachOther, unitOffice, type OfficeInstall } from '../support/exchange';
import { addDays } from '../../shared/calendar';

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
  await expect(detail.historyEntries.first().getByTestId('history-what')).toHaveText('记录事件“项目建成”');
  await expect(detail.latestChanges()).toHaveText([`日期：${completedOn}`]);

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
  // The 第十八条 finding is a warning (and 第七条's steps only warn: “原则上”): filter the warnings.
  const warnings = Number(await overview.severityFilter('warning').getByTestId('severity-count').textContent());
  expect(warnings).toBeGreaterThan(0);
  await overview.filterBy('warning');
  await expect(overview.total).toHaveText(`共 ${warnings} 项`);
  await expect(overview.findingRows.getByTestId('finding-severity')).toHaveText(Array.from({ length: warnings }, () => '警示'));
  await overview.filterBy('warning');
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
  await expect(detail.latestChanges()).toHaveText(['项目阶段：编制中 → 已申报', `阶段变更日期：${today}`]);
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

test('stage and events agree: the page says where they differ, an event offers its stage dated by the event, a move asks its date and jumps over proven stages', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  const declaredOn = addDays(today, -30);
  const requestedOn = addDays(today, -20);
  const project = app.services.projects.create(sampleProject({ name: '淅川县智慧教育云平台建设项目' }));
  app.services.facts.recordEvent(project.id, { kind: 'declarationSubmitted', date: declaredOn });
  app.services.facts.recordEvent(project.id, { kind: 'reviewRequested', date: requestedOn, review: 'technical' });
  app.services.facts.addMaterial(project.id, { code: 'declarationForm', date: declaredOn });
  app.services.facts.addMaterial(project.id, { code: 'aiApplicationAnalysis', date: declaredOn });
  await page.goto(app.bridge.openUrl);
  await new ProjectListPage(page).openProject('淅川县智慧教育云平台建设项目');
  const compliance = new ProjectCompliancePanel(page);
  const detail = new ProjectDetailPage(page);

  // The events say 审查中, the register 编制中: the page says so.
  const notice = page.getByTestId('stage-disagreement');
  await expect(notice).toContainText(`事件表明项目已到“审查中”阶段（${requestedOn}“报请审查/审批”），登记的阶段仍为“编制中”。`);
  await app.screenshot('30-stage-disagreement', page.getByTestId('stage-card'));

  // One move jumps over 已申报 (proven by the declaration), asking for its date.
  const jump = page.getByTestId('stage-to-underReview');
  await expect(jump).toHaveText('进入“审查中”（经过已申报）');
  await jump.click();
  const box = page.locator('.el-message-box');
  await expect(box).toContainText('事件已表明项目经过“已申报”');
  const date = box.locator('input');
  await expect(date).toHaveValue(today);
  await date.fill(addDays(today, 1));
  await box.getByRole('button', { name: '确定' }).click();
  await expect(box).toContainText('不晚于今天');
  await date.fill(requestedOn);
  await app.screenshot('31-stage-move-date');
  await box.getByRole('button', { name: '确定' }).click();
  await expect(toast(page, '项目已进入“审查中”')).toBeVisible();
  await expect(compliance.currentStage).toHaveText('审查中');
  await expect(notice).toBeHidden();
  await expect(detail.latestChanges()).toHaveText(['项目阶段：编制中 → 审查中', `阶段变更日期：${requestedOn}`]);
  await expect(detail.historyEntries.first().getByTestId('history-what')).toHaveText('变更项目阶段');

  // On a second project, recording 报送申报材料 offers 已申报, dated by the event.
  const second = app.services.projects.create(sampleProject({ name: '淅川县政务服务一网通办升级项目' }));
  app.services.facts.addMaterial(second.id, { code: 'declarationForm', date: declaredOn });
  app.services.facts.addMaterial(second.id, { code: 'aiApplicationAnalysis', date: declaredOn });
  await detail.back();
  await new ProjectListPage(page).openProject('淅川县政务服务一网通办升级项目');
  await compliance.recordEvent({ kind: '报送申报材料', date: declaredOn, years: { forYear: Number(today.slice(0, 4)) + 1 } });
  await expect(box).toContainText('“报送申报材料”表明项目已进入“已申报”。将项目由“编制中”推进到“已申报”？');
  await expect(box.locator('input')).toHaveValue(declaredOn);
  await app.screenshot('32-event-offers-stage');
  await box.getByRole('button', { name: '确定' }).click();
  await expect(toast(page, '项目已进入“已申报”')).toBeVisible();
  await expect(compliance.currentStage).toHaveText('已申报');
  await expect(detail.latestChanges()).toHaveText(['项目阶段：编制中 → 已申报', `阶段变更日期：${declaredOn}`]);
  await app.screenshot('33-stage-history', page.getByTestId('history'));
});

test('an approval at another amount: 批复 and 文号 beside the declared total, the finding with its article, the register filtered by it, 编辑 locked naming the office, and the history in words', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  await app.services.exchange.keys.create(PASSPHRASE);
  // The review office on its own PC (another data folder), trusted both ways.
  const review: OfficeInstall = await install(reviewOffice, systemClock);
  try {
    const unit = { office: unitOffice, dir: app.dataDir, services: app.services, close: () => undefined } as OfficeInstall;
    trustEachOther(unit, review);
    const declared = sampleProject({ name: '淅川县智慧教育云平台建设项目', totalInvestmentFen: 398_000_000, funding: { superior: 200_000_000, localFiscal: 198_000_000, selfRaised: 0, social: 0, other: 0 } });
    const project = app.services.projects.create(declared);
    app.services.projects.create(sampleProject({ name: '淅川县政务服务一网通办升级项目', totalInvestmentFen: 9_650_000, funding: { superior: 0, localFiscal: 9_650_000, selfRaised: 0, social: 0, other: 0 } }));
    const submitted = await app.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
    await review.services.filings.importBundle(submitted.file, undefined, PASSPHRASE);
    const [filing] = review.services.filings.views.received({});
    review.services.filings.desk.recordOpinion(filing!.id, { kind: 'technical', conclusion: 'pass', opinion: '技术方案可行。', experts: ['李明', '张华'] });
    review.services.filings.desk.decide(filing!.id, {
      decision: 'approve', review: 'establishment', date: today, opinion: '同意立项，核减设备购置费 18 万元。', citations: [{ regulation: 'xichuan-2025', article: 7 }],
      documentNo: '淅政数〔2026〕18号', approvedAmountFen: 380_000_000,
    });
    const sent = await review.services.filings.desk.send(unitOffice.code, PASSPHRASE);
    await app.services.filings.importBundle(sent.file, undefined, PASSPHRASE);

    // The register: 批复 beside the declared total, and the filter by approval state.
    await page.goto(app.bridge.openUrl);
    const list = new ProjectListPage(page);
    const approvalCell = page.getByTestId('row-approval');
    await expect(approvalCell.filter({ hasText: '380.00' })).toContainText('淅政数〔2026〕18号');
    await expect(approvalCell.filter({ hasText: '未报送' })).toHaveCount(1);
    await chooseOption(page, page.getByTestId('search-approval'), /^批复金额与申报不一致$/);
    await page.getByTestId('search-submit').click();
    await expect(page.getByTestId('project-total')).toHaveText('共 1 个项目');
    await expect(page.getByTestId('project-edit')).toBeDisabled();
    await app.screenshot('34-register-approval-filter');

    // The project page: the approval beside the total, the difference and its article, 编辑 locked naming the office.
    await list.openProject('淅川县智慧教育云平台建设项目');
    await expect(page.getByTestId('detail-approval')).toContainText('批复 380.00 万元');
    await expect(page.getByTestId('detail-approval')).toContainText('文号 淅政数〔2026〕18号');
    await expect(page.getByTestId('detail-approval')).toContainText('与申报不一致');
    await expect(page.getByTestId('approval-notice')).toContainText('淅川 第十一条');
    await expect(page.getByTestId('approval-notice')).toContainText('金额 380.00 万元，与登记的总投资 398.00 万元不一致');
    await expect(page.getByTestId('detail-edit')).toBeDisabled();
    const locked = page.getByTestId('detail-edit-locked');
    await expect(locked).toHaveAttribute('data-reason', new RegExp(`获${reviewOffice.name}批准并锁定`));
    await locked.hover();
    await expect(page.locator('.el-popper').filter({ hasText: reviewOffice.name }).filter({ visible: true })).toBeVisible();
    expect(await page.locator('body').innerText()).not.toContain(reviewOffice.code);
    const compliance = new ProjectCompliancePanel(page);
    await compliance.openTab('findings');
    await expect(page.getByTestId('project-compliance')).toContainText('审查部门批复（淅政数〔2026〕18号）金额 380.00 万元');
    await app.screenshot('35-project-approval', page.getByTestId('project-detail'));

    // The history in words: the filing to the office by name, the decision with its amount; never JSON.
    const history = page.getByTestId('history');
    await expect(history).toContainText(`向${reviewOffice.name}报送第 1 版申报`);
    await expect(history).toContainText('收到审查决定“批准”（第 1 版申报）');
    await expect(history.getByTestId('history-change').filter({ hasText: '批复金额：380.00 万元' }).first()).toBeVisible();
    const text = await history.innerText();
    expect(text).not.toMatch(/[{}]|\[object|":/);
    await app.screenshot('36-history-in-words', history);
  } finally {
    review.close();
  }
});
