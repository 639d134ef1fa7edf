import { expect, type Locator, type Page } from '@playwright/test';
import type { FundingSource } from '../../../shared/domain/enums';
import { chooseOption } from './element';

/** What a test types into the form: amounts as the clerk writes them, in 万元. */
export interface ProjectFormValues {
  name: string;
  unitName: string;
  contactPerson: string;
  contactPhone: string;
  plannedYear: number;
  /** Option labels, as shown. */
  projectClass: string;
  kind: string;
  stage: string;
  total: string;
  funding: Partial<Record<FundingSource, string>>;
  description: string;
}

/** The project form in its dialog (create and edit). */
export class ProjectFormDialog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.el-dialog').filter({ has: page.getByTestId('project-form') });
  }

  input(prop: string): Locator {
    return this.root.getByTestId(`pf-${prop}`);
  }

  /** The validation message under a field (`name`, `funding`, `funding.superior`, ...). */
  error(prop: string): Locator {
    return this.root.getByTestId(`pf-item-${prop}`).locator('.el-form-item__error');
  }

  get fundingSum(): Locator {
    return this.root.getByTestId('pf-funding-sum');
  }

  get formError(): Locator {
    return this.root.getByTestId('pf-error');
  }

  async expectOpen(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.input('name')).toBeFocused();
  }

  async expectClosed(): Promise<void> {
    await expect(this.root).toBeHidden();
  }

  async fill(values: Partial<ProjectFormValues>): Promise<void> {
    if (values.name !== undefined) await this.input('name').fill(values.name);
    if (values.unitName !== undefined) {
      await this.input('unitName').fill(values.unitName);
      // Leave the box so its suggestion list closes (Escape would close the dialog once the list is gone).
      await this.input('unitName').press('Tab');
    }
    if (values.contactPerson !== undefined) await this.input('contactPerson').fill(values.contactPerson);
    if (values.contactPhone !== undefined) await this.input('contactPhone').fill(values.contactPhone);
    if (values.plannedYear !== undefined) await this.input('plannedYear').locator('input').fill(String(values.plannedYear));
    if (values.projectClass !== undefined) await chooseOption(this.page, this.input('projectClass'), values.projectClass);
    if (values.kind !== undefined) await chooseOption(this.page, this.input('kind'), values.kind);
    if (values.stage !== undefined) await chooseOption(this.page, this.input('stage'), values.stage);
    if (values.total !== undefined) await this.input('totalInvestmentFen').fill(values.total);
    for (const [source, amount] of Object.entries(values.funding ?? {})) {
      await this.input(`funding-${source}`).fill(amount);
    }
    if (values.description !== undefined) await this.input('description').fill(values.description);
  }

  async submit(): Promise<void> {
    await this.root.getByTestId('pf-submit').click();
  }

  /** Ctrl+Enter, from wherever the focus is in the form. */
  async submitWithKeyboard(): Promise<void> {
    await this.input('name').focus();
    await this.page.keyboard.press('Control+Enter');
  }

  /** Enter in a plain text box. */
  async submitWithEnter(prop = 'contactPhone'): Promise<void> {
    await this.input(prop).press('Enter');
  }

  async cancel(): Promise<void> {
    await this.root.getByTestId('pf-cancel').click();
    await this.expectClosed();
  }

  /** 取消 on a changed form: it asks first, and 放弃修改 closes it. */
  async discardChanges(): Promise<void> {
    await this.root.getByTestId('pf-cancel').click();
    const ask = this.page.locator('.el-message-box');
    await expect(ask).toContainText('表单已修改');
    await ask.getByRole('button', { name: '放弃修改' }).click();
    await this.expectClosed();
  }
}
