import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 is a native module, and Node (tests, CLI, web bridge) and
 * Electron (the app) have different ABIs. We keep one binary per runtime:
 *
 * - Node uses the binary `npm install` builds in node_modules (the default).
 * - Electron uses `native/electron/better_sqlite3.node`, built against Electron's
 *   headers by `npm run rebuild:electron` (electron-builder's install-app-deps
 *   into a separate folder) and shipped with the app as an extra resource.
 *
 * `GOVIT_SQLITE_BINDING` overrides both, for unusual set-ups.
 */
export function resolveNativeBinding(appRoot: string, resourcesPath?: string): string | undefined {
  const override = process.env.GOVIT_SQLITE_BINDING;
  if (override) return override;
  if (!process.versions.electron) return undefined;
  const candidates = [
    resourcesPath && join(resourcesPath, 'native', 'electron', 'better_sqlite3.node'),
    join(appRoot, 'native', 'electron', 'better_sqlite3.node'),
  ].filter((candidate): candidate is string => Boolean(candidate));
  return candidates.find((candidate) => existsSync(candidate));
}
