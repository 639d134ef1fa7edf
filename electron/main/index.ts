import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog } from 'electron';
import { resolveNativeBinding } from '../../db/native-binding';
import { createDispatcher } from '../rpc/dispatch';
import { chooseFile } from './dialogs';
import { createServices, type Services } from '../services';
import { startBackgroundWork } from '../services/background';
import { APP_FOLDER, resolveDataDir } from '../services/data-dir';
import { registerContract } from './ipc';
import { hardenSessions, isOwnPage } from './security';

/**
 * The Electron shell: opens the services, relays the contract over IPC, shows
 * one window. Everything else lives in electron/services, which never imports
 * Electron, so it runs (and is tested) on plain Node too.
 */
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const appRoot = app.getAppPath();
const here = dirname(fileURLToPath(import.meta.url));
let services: Services | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: '政务信息化项目管理台',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Chromium's PDF viewer, for the preview of filing documents (blob: URLs made by the page itself; no remote content can load).
      plugins: true,
      // Middle-click would otherwise open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(join(here, '../renderer/index.html'));
  return window;
}

async function start(): Promise<void> {
  hardenSessions(devServerUrl);
  const dataDir = resolveDataDir(process.argv, process.env, join(app.getPath('appData'), APP_FOLDER));
  const { version } = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')) as { version: string };
  try {
    services = await createServices({
      dataDir,
      migrationsFolder: app.isPackaged ? join(process.resourcesPath, 'migrations') : join(appRoot, 'db', 'migrations'),
      appVersion: version,
      nativeBinding: resolveNativeBinding(appRoot, process.resourcesPath),
    });
  } catch (error) {
    dialog.showErrorBox('无法打开数据库', `${error instanceof Error ? error.message : String(error)}\n\n数据目录：${dataDir}`);
    app.exit(1);
    return;
  }
  const opened = services;
  startBackgroundWork(opened);

  registerContract(createDispatcher({ ...opened.handlers, 'shell.chooseFile': chooseFile }), (event) => {
    const frame = event.senderFrame;
    return Boolean(frame && frame.parent === null && isOwnPage(frame.url, devServerUrl));
  });
  createWindow();
}

// One running copy per data folder: a second start focuses the first window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('启动失败', String(error));
    app.exit(1);
  });
  app.on('window-all-closed', () => {
    services?.close();
    services = null;
    app.quit();
  });
}
