import { expect, type Locator, type Page } from '@playwright/test';
import type { Office } from '../../../shared/domain/office';
import { chooseOption } from './element';

const ROLE_LABELS: Record<Office['role'], RegExp> = {
  unit: /项目建设单位/,
  reviewOffice: /审查部门/,
};

/** First-run setup: who this installation belongs to. */
export class SetupPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('setup-page');
  }

  async expectShown(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.page.getByTestId('setup-name')).toBeFocused();
  }

  async fill(office: Office): Promise<void> {
    await this.page.getByTestId('setup-name').fill(office.name);
    await this.page.getByTestId('setup-code').fill(office.code);
    await chooseOption(this.page, this.page.getByTestId('setup-role'), ROLE_LABELS[office.role]);
    await chooseOption(this.page, this.page.getByTestId('setup-jurisdiction'), new RegExp(office.jurisdiction));
    await this.page.getByTestId('setup-operator').fill(office.operator);
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('setup-submit').click();
  }

  /** Fills, submits, and waits for the register the app then shows. */
  async complete(office: Office): Promise<void> {
    await this.fill(office);
    await this.submit();
    await expect(this.page.getByTestId('project-table')).toBeVisible();
  }
}
