import { test as base, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from '../../../electron/rpc/dispatch';
import { createServices, type Services } from '../../../electron/services';
import { startWebBridge, type WebBridge } from '../../../electron/web-bridge/server';
import { MIGRATIONS_FOLDER, tempDataDir } from '../../support/services';

const RENDERER_DIR = fileURLToPath(new URL('../../../out/renderer', import.meta.url));

/** One installation: its own data folder, the real services, the bridge, a page. */
export class Installation {
  services!: Services;
  bridge!: WebBridge;

  constructor(
    readonly page: Page,
    readonly dataDir: string,
  ) {}

  async start(): Promise<void> {
    this.services = await createServices({ dataDir: this.dataDir, migrationsFolder: MIGRATIONS_FOLDER, appVersion: 'e2e' });
    this.bridge = await startWebBridge({ dispatch: createDispatcher(this.services.handlers), staticDir: RENDERER_DIR });
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
}

export const test = base.extend<{ app: Installation }>({
  app: async ({ page }, use) => {
    const data = tempDataDir();
    const app = new Installation(page, data.dir);
    await app.start();
    await use(app);
    await app.stop();
    data.cleanup();
  },
});

export { expect } from '@playwright/test';
