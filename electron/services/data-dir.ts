import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const DATA_DIR_ENV = 'GOVIT_DATA_DIR';
export const APP_FOLDER = 'govit-desk';

/**
 * The per-user application-data folder, the same place Electron's
 * `app.getPath('appData')` names, so the desktop app, the CLI and the web
 * bridge share one database by default.
 */
export function defaultAppDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}

/** `--data-dir <dir>` or `--data-dir=<dir>` wins, then GOVIT_DATA_DIR, then the default. */
export function resolveDataDir(argv: readonly string[], env = process.env, fallback = defaultAppDataDir()): string {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--data-dir' && argv[index + 1]) return resolve(argv[index + 1]!);
    if (arg.startsWith('--data-dir=')) return resolve(arg.slice('--data-dir='.length));
  }
  if (env[DATA_DIR_ENV]) return resolve(env[DATA_DIR_ENV]!);
  return fallback;
}
