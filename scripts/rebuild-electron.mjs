#!/usr/bin/env node
// Builds better-sqlite3 against Electron's headers into native/electron/,
// leaving node_modules' Node build (used by the tests, CLI and web bridge)
// untouched. Needs Electron's headers: run on a machine that can reach the
// Electron mirror (ELECTRON_MIRROR / npm_config_disturl), before `npm run dist`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const work = mkdtempSync(join(tmpdir(), 'govit-native-'));
try {
  cpSync(join(root, 'node_modules/better-sqlite3'), join(work, 'better-sqlite3'), { recursive: true });
  execFileSync('npx', ['node-gyp', 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', `--dist-url=${process.env.ELECTRON_HEADERS_URL ?? 'https://electronjs.org/headers'}`], {
    cwd: join(work, 'better-sqlite3'),
    stdio: 'inherit',
  });
  mkdirSync(join(root, 'native/electron'), { recursive: true });
  cpSync(join(work, 'better-sqlite3/build/Release/better_sqlite3.node'), join(root, 'native/electron/better_sqlite3.node'));
  console.log(`native/electron/better_sqlite3.node built for Electron ${electronVersion}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
