import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from '../../../electron/rpc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import { startWebBridge, type WebBridge } from '../../../electron/web-bridge/server';
import { MIGRATIONS_FOLDER, tempDataDir } from '../../support/services';

const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));
const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/screenshots', import.meta.url));

/** One installation: its own data folder, the real services, the bridge, a page. */
export class Installation {
  services!: Services;
  bridge!: WebBridge;
  /** Console errors, uncaught exceptions and CSP violations seen in the page; the fixture fails the test on any. */
  readonly browserProblems: string[] = [];

  constructor(
    readonly page: Page,
    readonly dataDir: string,
  ) {}

  async start(): Promise<void> {
    this.services = await createServices({ dataDir: this.dataDir, migrationsFolder: MIGRATIONS_FOLDER, appVersion: 'e2e' });
    this.bridge = await startWebBridge({ dispatch: createDispatcher(this.services.handlers), staticDir: RENDERER_DIR, dataDir: this.dataDir });
    await this.page.goto(this.bridge.openUrl);
  }

  async stop(): Promise<void> {
    await this.bridge.close();
    this.services.close();
  }

  /** Closes the services and opens them again on the same data folder, as a restart does. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /**
   * Saves a screenshot as test-results/screenshots/<name>.png, for people to
   * look at: the page, or one part of it whole (the page scrolls inside its
   * main area, so a full-page picture would show only the first screen).
   */
  async screenshot(name: string, part?: Locator): Promise<void> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    // Let transitions (dialogs, messages) settle so the picture shows the resting screen.
    await this.page.waitForTimeout(350);
    if (!part) {
      await this.page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
      return;
    }
    // Grow the window until the main area no longer scrolls, so the part is painted whole; then put it back.
    const viewport = this.page.viewportSize();
    const overflow = Number(await this.page.evaluate('(() => { const main = document.querySelector(".shell-main"); return main ? main.scrollHeight - main.clientHeight : 0; })()'));
    if (viewport && overflow > 0) await this.page.setViewportSize({ width: viewport.width, height: viewport.height + overflow });
    try {
      await this.page.waitForTimeout(150);
      // Toasts that answered earlier steps would cover the part (a drawer's form, say): left out of the picture.
      await part.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, style: '.el-message { display: none !important; }' });
    } finally {
      if (viewport && overflow > 0) await this.page.setViewportSize(viewport);
    }
  }

  /** Listens before the first page load, so nothing the app prints is missed. */
  async watchBrowser(): Promise<void> {
    // The renderer's CSP violations also reach the console, but listening for the event names them exactly.
    // (A string, since this file is type-checked without the DOM library.)
    await this.page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (event) => {
        console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
      });`,
    });
    this.page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' || /Content Security Policy|\[Vue warn\]|\[intlify\]/.test(text)) {
        this.browserProblems.push(`console.${message.type()}: ${text}`);
      }
    });
    this.page.on('pageerror', (error) => this.browserProblems.push(`page error: ${error.message}`));
  }
}

export const test = base.extend<{ app: Installation }>({
  app: async ({ page }, use) => {
    const data = tempDataDir();
    const app = new Installation(page, data.dir);
    await app.watchBrowser();
    await app.start();
    try {
      await use(app);
      expect(app.browserProblems, 'the browser console showed errors').toEqual([]);
    } finally {
      await app.stop();
      data.cleanup();
    }
  },
});

export { expect } from '@playwright/test';
