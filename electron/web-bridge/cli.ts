import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher } from '../rpc/dispatch';
import { createServices } from '../services';
import { startBackgroundWork } from '../services/background';
import { resolveDataDir } from '../services/data-dir';
import { findAppRoot } from '../services/paths';
import { startWebBridge } from './server';

/**
 * `npm run web [-- --data-dir <dir>] [--port <n>]`: the real services and the
 * built renderer in your browser, on 127.0.0.1 only, for development.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const root = findAppRoot();
  const portIndex = argv.indexOf('--port');
  const port = portIndex >= 0 ? Number(argv[portIndex + 1]) : 0;
  const dataDir = resolveDataDir(argv);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const services = await createServices({ dataDir, migrationsFolder: join(root, 'db', 'migrations'), appVersion: version });
  const background = startBackgroundWork(services);
  const bridge = await startWebBridge({ dispatch: createDispatcher(services.handlers), staticDir: join(root, 'out', 'renderer'), dataDir, port });
  console.log(`政务信息化项目管理台（浏览器模式）已启动\n  数据目录：${dataDir}\n  请在浏览器中打开：${bridge.openUrl}\n  （仅本机 127.0.0.1 可访问；按 Ctrl+C 退出）`);
  const stop = async () => {
    background.stop();
    await bridge.close();
    services.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
