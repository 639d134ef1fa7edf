import { expect, type Locator, type Page } from '@playwright/test';

/** 合规总览: the pack's status, counts by severity, deadlines, the office's findings, 重新检查全部. */
export class ComplianceOverviewPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('compliance-overview');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('menu-compliance').click();
    await expect(this.root).toBeVisible();
    await this.waitForLoad();
  }

  async waitForLoad(): Promise<void> {
    await expect(this.findingsTable.locator('.el-loading-mask')).toHaveCount(0);
  }

  get banner(): Locator {
    return this.root.getByTestId('pack-banner');
  }

  /** A severity tile (`blocking`, `warning`, `info`, or `all`): its count, and a click filters. */
  severityFilter(severity: 'blocking' | 'warning' | 'info' | 'all'): Locator {
    return this.root.getByTestId(`severity-filter-${severity}`);
  }

  async filterBy(severity: 'blocking' | 'warning' | 'info' | 'all'): Promise<void> {
    await this.severityFilter(severity).click();
    await this.waitForLoad();
  }

  get overdue(): Locator {
    return this.root.getByTestId('deadlines-overdue').getByTestId('deadline-item');
  }

  get upcoming(): Locator {
    return this.root.getByTestId('deadlines-upcoming').getByTestId('deadline-item');
  }

  get findingsTable(): Locator {
    return this.root.getByTestId('office-findings');
  }

  get findingRows(): Locator {
    return this.findingsTable.locator('.el-table__body tr');
  }

  get total(): Locator {
    return this.root.getByTestId('findings-total');
  }

  async recheckAll(): Promise<Locator> {
    await this.root.getByTestId('recheck-all').click();
    const result = this.root.getByTestId('recheck-result');
    await expect(result).toBeVisible();
    return result;
  }
}
