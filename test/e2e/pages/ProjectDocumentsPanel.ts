import { expect, type Download, type Frame, type Locator, type Page } from '@playwright/test';
import type { FormId } from '../../../shared/domain/forms';

/** 文书 on a project's page: the forms, and the in-page preview with 打印 / 下载 / 保存. */
export class ProjectDocumentsPanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('project-documents');
  }

  get titles(): Locator {
    return this.root.getByTestId('document-form-title');
  }

  get preview(): Locator {
    return this.root.getByTestId('document-preview');
  }

  get previewTitle(): Locator {
    return this.root.getByTestId('document-preview-title');
  }

  get previewMeta(): Locator {
    return this.root.getByTestId('document-preview-meta');
  }

  get frame(): Locator {
    return this.root.getByTestId('document-frame');
  }

  /** Renders the form and waits for it in the preview frame. */
  async open(formId: FormId, title: string): Promise<void> {
    await this.root.getByTestId(`document-preview-${formId}`).click();
    await expect(this.previewTitle).toHaveText(title);
    await expect(this.frame).toHaveAttribute('src', /^blob:/);
  }

  /** The preview frame's document (the blob: URL the PDF viewer shows). */
  async frameDocument(): Promise<Frame> {
    const handle = await this.frame.elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error('the preview frame has no document');
    return frame;
  }

  async download(): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.root.getByTestId('document-download').click()]);
    return download;
  }

  async print(): Promise<void> {
    await this.root.getByTestId('document-print').click();
  }

  async saveToExports(): Promise<void> {
    await this.root.getByTestId('document-preview-save').click();
  }
}
