import { expect, type Locator, type Page } from '@playwright/test';

/** 数据交换: the inbox, this office's key and the trusted offices, the folders. */
export class ExchangePage {
  constructor(readonly page: Page) {}

  async open(tab: '收件箱' | '密钥与信任' | '收发文件夹'): Promise<void> {
    await this.page.getByTestId('menu-exchange').click();
    await expect(this.page.getByTestId('exchange-page')).toBeVisible();
    await this.page.getByRole('tab', { name: tab }).click();
  }

  /** Creates the signing key and returns the public key file's text and its fingerprint. */
  async createKeyAndExport(passphrase: string): Promise<{ keyFile: string; fingerprint: string }> {
    await this.open('密钥与信任');
    await this.page.getByTestId('key-passphrase').fill(passphrase);
    await this.page.getByTestId('key-passphrase-confirm').fill(passphrase);
    await this.page.getByTestId('key-create').click();
    const fingerprint = this.page.getByTestId('key-fingerprint');
    await expect(fingerprint).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){4}$/);
    await this.page.getByTestId('key-export').click();
    const text = this.page.getByTestId('key-public-text');
    await expect(text).toHaveValue(/BEGIN PUBLIC KEY/);
    return { keyFile: await text.inputValue(), fingerprint: (await fingerprint.textContent())!.trim() };
  }

  /** Adds the other office's key, with the fingerprint "read on the phone". */
  async trust(keyFile: string, fingerprint: string, officeName: string): Promise<void> {
    await this.open('密钥与信任');
    await this.page.getByTestId('trust-key-file').fill(keyFile);
    await this.page.getByTestId('trust-fingerprint').fill(fingerprint);
    await this.page.getByTestId('trust-add').click();
    await expect(this.page.getByTestId('trust-table')).toContainText(officeName);
  }

  async setFolders(inbox: string, outbox: string): Promise<void> {
    await this.open('收发文件夹');
    await this.page.getByTestId('folder-inbox').fill(inbox);
    await this.page.getByTestId('folder-outbox').fill(outbox);
    await this.page.getByTestId('folders-save').click();
    await expect(this.page.getByText('已保存收发文件夹')).toBeVisible();
  }

  /** Sends the signed receipt for the bundle from `sender` this office imported. */
  async sendReceipt(passphrase: string, sender: string): Promise<void> {
    await this.open('收件箱');
    await this.page.getByTestId('receipt-passphrase').fill(passphrase);
    await this.page.getByTestId('receipts-table').locator('.el-table__body tr').filter({ hasText: sender }).getByTestId('receipt-send').click();
    await expect(this.page.getByText(/已发送回执/)).toBeVisible();
  }

  get inboxRows(): Locator {
    return this.page.getByTestId('inbox-table').locator('.el-table__body tr');
  }

  /** Refreshes the inbox until the bundle from `sender` shows as verified, imports it (with the passphrase an encrypted one needs), and returns the result dialog. */
  async importFrom(sender: string, type?: '项目报送' | '审查决定' | '回执', passphrase?: string): Promise<Locator> {
    await this.open('收件箱');
    if (passphrase) await this.page.getByTestId('inbox-passphrase').fill(passphrase);
    let row = this.inboxRows.filter({ hasText: sender }).filter({ hasText: '验证通过' });
    if (type) row = row.filter({ hasText: type });
    await expect(async () => {
      await this.page.getByTestId('inbox-refresh').click();
      await expect(row).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await row.getByTestId('inbox-import').click();
    const result = this.page.getByTestId('import-result');
    await expect(result).toBeVisible({ timeout: 20_000 });
    return result;
  }
}
