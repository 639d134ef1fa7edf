import { sampleProject, testOffice } from '../support/services';
import { toast } from './pages/element';
import { ProjectDetailPage } from './pages/ProjectDetailPage';
import type { ProjectFormValues } from './pages/ProjectFormDialog';
import { ProjectListPage } from './pages/ProjectListPage';
import { SetupPage } from './pages/SetupPage';
import { expect, test } from './support/app';

const education: Partial<ProjectFormValues> = {
  name: '淅川县智慧教育云平台建设项目',
  contactPerson: '李强',
  contactPhone: '0377-69230000',
  stage: '已申报',
  total: '380',
  funding: { superior: '200', localFiscal: '180' },
  description: '建设覆盖全县中小学的教育云平台，部署于市政务云。',
};

test('a clerk sets up the office, registers a project, finds it by two characters, edits its money and sees it in the history', async ({ app, page }) => {
  const setup = new SetupPage(page);
  await setup.expectShown();
  await app.screenshot('01-setup');
  await setup.complete(testOffice);
  await expect(page.getByTestId('office-name')).toHaveText(testOffice.name);
  await expect(page.getByTestId('office-jurisdiction')).toHaveText('河南省淅川县');

  const list = new ProjectListPage(page);
  await expect(list.emptyState).toBeVisible();
  await app.screenshot('02-register-empty');

  // Another unit's project, to be filtered out by the search.
  await app.services.handlers['project.create'](
    sampleProject({ name: '淅川县医疗保障信息平台升级项目', unitName: '淅川县医疗保障局', totalInvestmentFen: 50_000_000, funding: { superior: 0, localFiscal: 50_000_000, selfRaised: 0, social: 0, other: 0 } }),
  );
  await list.reset();
  await expect(list.names).toHaveText(['淅川县医疗保障信息平台升级项目']);

  const form = await list.startCreate();
  // A unit registers its own projects: the unit is filled in.
  await expect(form.input('unitName')).toHaveValue(testOffice.name);
  await form.fill(education);
  await expect(form.fundingSum).toHaveText('合计 380.00 万元');
  await expect(form.fundingSum).not.toHaveClass(/mismatch/);
  await app.screenshot('03-project-form');
  await form.submit();
  await form.expectClosed();
  await expect(toast(page, '项目已登记')).toBeVisible();
  await expect(list.total).toHaveText('共 2 个项目');

  await list.search('教育');
  await expect(list.names).toHaveText([education.name!]);
  await expect(list.total).toHaveText('共 1 个项目');
  await app.screenshot('04-register-search');

  await list.openProject(education.name!);
  const detail = new ProjectDetailPage(page);
  await expect(detail.field('totalInvestmentFen')).toHaveText('380.00 万元');
  await expect(detail.field('funding-superior')).toContainText('200.00 万元');
  await expect(detail.field('stage')).toHaveText('已申报');
  await expect(detail.version).toHaveText('第 1 版');

  const edit = await detail.startEdit();
  await expect(edit.input('totalInvestmentFen')).toHaveValue('380.00');
  await edit.fill({ total: '420.5', funding: { localFiscal: '220.5' } });
  await expect(edit.fundingSum).toHaveText('合计 420.50 万元');
  await edit.submit();
  await edit.expectClosed();

  await expect(detail.field('totalInvestmentFen')).toHaveText('420.50 万元');
  await expect(detail.version).toHaveText('第 2 版');
  await expect(detail.historyEntries).toHaveCount(2);
  const latest = detail.historyEntries.first();
  await expect(latest.getByTestId('history-action')).toHaveText('修改');
  await expect(latest.getByTestId('history-actor')).toHaveText(testOffice.operator);
  await expect(detail.latestChanges()).toHaveText(['总投资：380.00 万元 → 420.50 万元', '资金来源·本级财政资金：180.00 万元 → 220.50 万元']);
  await expect(detail.historyEntries.last().getByTestId('history-action')).toHaveText('新建');
  await app.screenshot('05-project-detail');
});

test('the form refuses an empty name and a split that does not add up, with the rule’s own words, and creates nothing', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  await page.reload();
  const list = new ProjectListPage(page);
  await expect(list.emptyState).toBeVisible();

  // Esc closes the dialog.
  await list.startCreate();
  await page.keyboard.press('Escape');
  await list.form.expectClosed();

  // Esc on a changed form asks first: 继续填写 keeps it, 放弃修改 closes it.
  await list.startCreate();
  await list.form.fill({ name: '半填的项目' });
  await page.keyboard.press('Escape');
  const ask = page.locator('.el-message-box');
  await expect(ask).toContainText('表单已修改');
  await ask.getByRole('button', { name: '继续填写' }).click();
  await expect(ask).toBeHidden();
  await expect(list.form.input('name')).toHaveValue('半填的项目');
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: '放弃修改' }).click();
  await list.form.expectClosed();

  const form = await list.startCreate();
  await form.submit();
  await expect(form.error('name')).toHaveText('项目名称为必填项');
  await expect(form.error('contactPerson')).toHaveText('项目负责人为必填项');

  await form.fill({ ...education, total: '100', funding: { superior: '60' } });
  await expect(form.fundingSum).toHaveText('合计 60.00 万元，比总投资少 40.00 万元');
  await expect(form.fundingSum).toHaveClass(/mismatch/);
  await form.submit();
  await expect(form.error('name')).toBeHidden();
  await expect(form.error('funding')).toHaveText('资金来源合计 60.00 万元与总投资 100.00 万元不一致');
  await expect(form.error('totalInvestmentFen')).toBeHidden();
  await app.screenshot('06-project-form-errors');
  expect(app.services.projects.count()).toBe(0);

  // An amount that is not one is refused, saying how amounts may be written; a third decimal says why.
  await form.fill({ total: '一百' });
  await form.input('totalInvestmentFen').blur();
  await expect(form.error('totalInvestmentFen')).toHaveText('总投资必须是数字（单位：万元；也可写“386万元”“3,860,000元”）');
  await form.fill({ total: '100.005' });
  await form.input('totalInvestmentFen').blur();
  await expect(form.error('totalInvestmentFen')).toHaveText('总投资最多保留两位小数（万元，即精确到百元）');

  // 元 written out is read as 万元, and the field says what it read.
  await form.fill({ total: '1,000,000元' });
  await form.input('totalInvestmentFen').blur();
  await expect(form.input('totalInvestmentFen')).toHaveValue('100.00');
  await expect(page.getByTestId('pf-totalInvestmentFen-read')).toHaveText('读作 100.00 万元');

  // Mend both and save from the keyboard.
  await form.fill({ total: '100', funding: { superior: '60', localFiscal: '40' } });
  await expect(form.error('funding')).toBeHidden();
  await form.submitWithKeyboard();
  await form.expectClosed();
  await expect(list.names).toHaveText([education.name!]);
  expect(app.services.projects.count()).toBe(1);
});

test('an edit of a version someone else has changed is refused with the conflict message; server field errors land on their fields', async ({ app, page }) => {
  app.services.office.completeSetup(testOffice);
  const project = app.services.projects.create(sampleProject());
  await page.reload();
  const list = new ProjectListPage(page);
  await list.openProject(project.name);
  const detail = new ProjectDetailPage(page);

  const edit = await detail.startEdit();
  // Meanwhile, another window saves version 2.
  app.services.projects.update(project.id, 1, { ...sampleProject(), contactPerson: '王芳' });
  await edit.fill({ contactPhone: '0377-69231111' });
  await edit.submit();
  await expect(edit.formError).toContainText('该项目已被修改（当前第 2 版，您编辑的是第 1 版）');
  await expect(toast(page, '该项目已被修改')).toBeVisible();
  // Saving again is still refused: the dialog keeps the version it was opened on.
  await edit.submit();
  await expect(edit.formError).toContainText('您编辑的是第 1 版');
  await edit.discardChanges();
  // The page behind shows the newer version.
  await expect(detail.field('contactPerson')).toHaveText('王芳');
  await expect(detail.version).toHaveText('第 2 版');
  expect(app.services.projects.get(project.id).contactPhone).toBe(project.contactPhone);

  // A refusal only the server can make (none of today's rules is server-only) is shown on its field.
  await page.route('**/rpc/project.update', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'validation', message: '项目名称已被本单位其他项目使用', issues: [{ path: 'fields.name', message: '项目名称已被本单位其他项目使用' }] },
      }),
    }),
  );
  const again = await detail.startEdit();
  await again.submit();
  await expect(again.error('name')).toHaveText('项目名称已被本单位其他项目使用');
  await expect(again.formError).toHaveText('项目名称已被本单位其他项目使用');
});
