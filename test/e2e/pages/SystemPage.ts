import { expect, type Locator, type Page } from '@playwright/test';

/** 系统信息: data folder, backups, history verification. */
export class SystemPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('menu-system').click();
    await expect(this.page.getByTestId('system-info')).toBeVisible();
  }

  value(name: 'appVersion' | 'dataDir' | 'databaseFile' | 'projectCount'): Locator {
    return this.page.getByTestId(`system-${name}`);
  }

  get backupRows(): Locator {
    return this.page.getByTestId('system-backups').locator('.el-table__body tr');
  }

  async backupNow(): Promise<void> {
    await this.page.getByTestId('system-backup').click();
  }

  async verifyHistory(): Promise<Locator> {
    await this.page.getByTestId('system-verify').click();
    return this.page.getByTestId('system-verify-result');
  }
}
