import type { Locator, Page } from '@playwright/test';
import { ProjectFormDialog } from './ProjectFormDialog';

/** One project: its fields, the 编辑 button, and its history. */
export class ProjectDetailPage {
  readonly form: ProjectFormDialog;

  constructor(readonly page: Page) {
    this.form = new ProjectFormDialog(page);
  }

  get name(): Locator {
    return this.page.getByTestId('detail-name');
  }

  get version(): Locator {
    return this.page.getByTestId('detail-version');
  }

  /** The shown value of a field (`unitName`, `totalInvestmentFen`, `funding-superior`, ...). */
  field(prop: string): Locator {
    return this.page.getByTestId(`detail-${prop}`);
  }

  async startEdit(): Promise<ProjectFormDialog> {
    await this.page.getByTestId('detail-edit').click();
    await this.form.expectOpen();
    return this.form;
  }

  /** History entries, newest first. */
  get historyEntries(): Locator {
    return this.page.getByTestId('history-entry');
  }

  /** The "字段：旧值 → 新值" lines of the newest entry. */
  latestChanges(): Locator {
    return this.historyEntries.first().getByTestId('history-change');
  }

  async back(): Promise<void> {
    await this.page.getByTestId('detail-back').click();
  }
}
