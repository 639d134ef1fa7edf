import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './element';

/** 导入项目台账: choose the file, check the column for each field, read the report, confirm. */
export class ExcelImportPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('excel-import');
  }

  /** From the register's toolbar, as people get there. */
  async open(): Promise<void> {
    await this.page.getByTestId('excel-import').click();
    await expect(this.root).toBeVisible();
  }

  async upload(path: string): Promise<void> {
    await this.root.getByTestId('ledger-upload').locator('input[type=file]').setInputFiles(path);
    await expect(this.root.getByTestId('ledger-mapping')).toBeVisible();
  }

  /** The select holding a field's column (`name`, `contactPerson`, `funding.superior`, …). */
  mapping(field: string): Locator {
    return this.root.getByTestId(`mapping-${field}`);
  }

  /** Picks the sheet column for a field by its option text ("C 列 · 负责同志"). */
  async map(field: string, option: string | RegExp): Promise<void> {
    await chooseOption(this.page, this.mapping(field), option);
  }

  get validateButton(): Locator {
    return this.root.getByTestId('ledger-validate');
  }

  async validate(): Promise<void> {
    await this.validateButton.click();
    await expect(this.root.getByTestId('ledger-report')).toBeVisible();
  }

  get ready(): Locator {
    return this.root.getByTestId('ledger-report-ready');
  }

  get refused(): Locator {
    return this.root.getByTestId('ledger-report-refused');
  }

  get badRows(): Locator {
    return this.root.getByTestId('ledger-bad-rows');
  }

  /** The issues table: each issue's row number and message. */
  get issueRows(): Locator {
    return this.root.getByTestId('ledger-issues').getByTestId('issue-row');
  }

  get issueMessages(): Locator {
    return this.root.getByTestId('ledger-issues').getByTestId('issue-message');
  }

  get confirmButton(): Locator {
    return this.root.getByTestId('ledger-import-confirm');
  }

  async confirm(): Promise<void> {
    await this.confirmButton.click();
    await expect(this.root.getByTestId('ledger-done')).toBeVisible();
  }

  get done(): Locator {
    return this.root.getByTestId('ledger-done');
  }

  async toRegister(): Promise<void> {
    await this.root.getByTestId('ledger-to-register').click();
  }
}
