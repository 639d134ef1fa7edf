import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './element';

/** 审查工作台: received filings, the workspace of one, decisions to send, the annual plan. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('menu-review').click();
    await expect(this.page.getByTestId('review-page')).toBeVisible();
  }

  get workspace(): Locator {
    return this.page.getByTestId('review-workspace');
  }

  async openFiling(projectName: string): Promise<void> {
    await this.page.getByTestId('review-table').locator('.el-table__body tr').filter({ hasText: projectName }).getByTestId('review-open').click();
    await expect(this.workspace).toContainText(projectName);
  }

  async recordOpinion(kind: '技术审查意见' | '财政审查意见', experts: string, opinion: string): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('opinion-kind'), kind);
    await this.page.getByTestId('opinion-experts').fill(experts);
    await this.page.getByTestId('opinion-text').fill(opinion);
    await this.page.getByTestId('opinion-save').click();
    await expect(this.workspace.getByTestId('workspace-opinion').filter({ hasText: opinion })).toBeVisible();
  }

  async decide(values: { documentNo: string; amountWan: string; opinion: string; articles: string }): Promise<void> {
    await this.page.getByTestId('decision-document-no').fill(values.documentNo);
    await this.page.getByTestId('decision-amount').fill(values.amountWan);
    await this.page.getByTestId('decision-opinion').fill(values.opinion);
    await this.page.getByTestId('decision-articles').fill(values.articles);
    await this.page.getByTestId('decision-save').click();
    // 批准 asks first, showing the amount and the 文号.
    const confirm = this.page.locator('.el-message-box');
    await expect(confirm).toContainText(`批复金额 ${Number(values.amountWan).toFixed(2)} 万元`);
    await expect(confirm).toContainText(values.documentNo);
    await confirm.getByRole('button', { name: '批准' }).click();
    await expect(this.workspace.getByTestId('workspace-status')).toHaveText('已批准（锁定）');
  }

  async closeWorkspace(): Promise<void> {
    await this.workspace.locator('.el-drawer__close-btn').click();
    await expect(this.workspace).toBeHidden();
  }

  async sendDecisions(passphrase: string, unitName: string): Promise<void> {
    await this.page.getByRole('tab', { name: '待发送决定' }).click();
    await this.page.getByTestId('send-passphrase').fill(passphrase);
    await this.page.getByTestId('outgoing-table').locator('.el-table__body tr').filter({ hasText: unitName }).getByTestId('send-decisions').click();
    await expect(this.page.getByText(/已发送 1 项决定/)).toBeVisible();
  }
}
