import { testOffice } from '../support/services';
import { ProjectDetailPage } from './pages/ProjectDetailPage';
import { ProjectListPage } from './pages/ProjectListPage';
import { SetupPage } from './pages/SetupPage';
import { expect, test } from './support/app';

test('the office, the projects and their history are still there after a restart', async ({ app, page }) => {
  await new SetupPage(page).complete(testOffice);
  const list = new ProjectListPage(page);

  const projects = [
    { name: '淅川县智慧教育云平台建设项目', total: '380', funding: { superior: '380' } },
    { name: '淅川县政务服务一网通办升级项目', total: '96.5', funding: { localFiscal: '96.5' } },
  ];
  for (const [index, project] of projects.entries()) {
    const form = await list.startCreate();
    await form.fill({ ...project, contactPerson: '李强', contactPhone: '0377-69230000' });
    // The first by the button, the second by Enter in a text box.
    if (index === 0) await form.submit();
    else await form.submitWithEnter();
    await form.expectClosed();
  }
  await expect(list.total).toHaveText('共 2 个项目');

  await list.openProject(projects[1]!.name);
  const detail = new ProjectDetailPage(page);
  const edit = await detail.startEdit();
  await edit.fill({ contactPerson: '王芳' });
  await edit.submit();
  await edit.expectClosed();
  await expect(detail.version).toHaveText('第 2 版');

  await app.restart();
  await page.reload();

  await expect(page.getByTestId('setup-page')).toHaveCount(0);
  await expect(page.getByTestId('office-name')).toHaveText(testOffice.name);
  await expect(list.total).toHaveText('共 2 个项目');
  await expect(list.names).toHaveText(projects.map((project) => project.name).reverse());

  await list.openProject(projects[1]!.name);
  await expect(detail.field('contactPerson')).toHaveText('王芳');
  await expect(detail.field('totalInvestmentFen')).toHaveText('96.50 万元');
  await expect(detail.historyEntries).toHaveCount(2);
  await expect(detail.latestChanges()).toHaveText(['项目负责人：李强 → 王芳']);
  await expect(detail.historyEntries.last().getByTestId('history-action')).toHaveText('新建');
});
