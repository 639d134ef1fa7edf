import { expect, type Locator, type Page } from '@playwright/test';
import { ProjectFormDialog } from './ProjectFormDialog';

/** The register: search form, table, paging, and the 新建项目 dialog. */
export class ProjectListPage {
  readonly table: Locator;
  readonly form: ProjectFormDialog;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('project-table');
    this.form = new ProjectFormDialog(page);
  }

  async open(): Promise<void> {
    await this.page.getByTestId('menu-projects').click();
    await expect(this.table).toBeVisible();
  }

  /** The project names shown, in table order. */
  get names(): Locator {
    return this.table.getByTestId('project-link');
  }

  get total(): Locator {
    return this.page.getByTestId('project-total');
  }

  get emptyState(): Locator {
    return this.page.getByTestId('project-empty');
  }

  get noMatch(): Locator {
    return this.page.getByTestId('project-no-match');
  }

  async startCreate(): Promise<ProjectFormDialog> {
    await this.page.getByTestId('project-create').click();
    await this.form.expectOpen();
    return this.form;
  }

  /** Types the keyword and presses Enter, as people do. */
  async search(keyword: string): Promise<void> {
    await this.page.getByTestId('search-keyword').fill(keyword);
    await this.page.getByTestId('search-keyword').press('Enter');
    await this.waitForLoad();
  }

  async reset(): Promise<void> {
    await this.page.getByTestId('search-reset').click();
    await this.waitForLoad();
  }

  async waitForLoad(): Promise<void> {
    await expect(this.table.locator('.el-loading-mask')).toHaveCount(0);
  }

  /** Clicks a column's header, as people do: descending first, then ascending, then the default order. */
  async sortBy(columnLabel: string): Promise<void> {
    // The corner of the header, not its arrows: an arrow sets its own order instead of taking the next one.
    await this.table.locator('.el-table__header th').filter({ hasText: columnLabel }).click({ position: { x: 6, y: 6 } });
    await this.waitForLoad();
  }

  async goToPage(page: number): Promise<void> {
    await this.page.getByTestId('project-pager').locator('.el-pager li').filter({ hasText: new RegExp(`^${page}$`) }).click();
    await this.waitForLoad();
  }

  /** A filter select of the search form (`stages`, `year`, `unit`, `class`, `kind`). */
  filter(name: 'stages' | 'year' | 'unit' | 'class' | 'kind'): Locator {
    return this.page.getByTestId(`search-${name}`);
  }

  async submitSearch(): Promise<void> {
    await this.page.getByTestId('search-submit').click();
    await this.waitForLoad();
  }

  async openProject(name: string): Promise<void> {
    await this.names.filter({ hasText: name }).click();
    await expect(this.page.getByTestId('detail-name')).toHaveText(name);
  }
}
