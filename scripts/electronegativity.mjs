#!/usr/bin/env node
// Runs @doyensec/electronegativity over the Electron shell and the renderer's
// HTML (its CSP), offline, and fails on any HIGH-severity finding. The
// remaining findings are printed with the reason they do not apply.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

/** Findings reviewed and accepted, with the reason (also in README, "Security"). */
const REVIEWED = {
  CSP_GLOBAL_CHECK: "CSP present (script-src 'self', no eval); LOW because style-src allows 'unsafe-inline', which Element Plus's style attributes need",
  PRELOAD_JS_CHECK: 'the preload exposes only the contract methods (one ipcRenderer.invoke each); sandboxed, contextIsolation on',
};

const work = mkdtempSync(join(tmpdir(), 'govit-electronegativity-'));
try {
  cpSync(join(root, 'electron'), join(work, 'electron'), { recursive: true });
  mkdirSync(join(work, 'renderer'));
  cpSync(join(root, 'renderer/index.html'), join(work, 'renderer/index.html'));
  const report = join(work, 'report.csv');
  const bin = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  execFileSync(process.execPath, [bin, '-i', work, '-e', electronVersion, '-r', '-v', 'false', '-o', report], { stdio: 'pipe' });
  const rows = readFileSync(report, 'utf8').trim().split('\n').slice(1).filter(Boolean).map((line) => {
    const [check, severity, confidence, file, location] = line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
    return { check, severity, confidence, file, location };
  });
  const high = rows.filter((row) => row.severity === 'HIGH');
  console.log(`electronegativity (Electron ${electronVersion}): ${rows.length} finding(s), ${high.length} high`);
  for (const row of rows) {
    const note = REVIEWED[row.check] ? `reviewed: ${REVIEWED[row.check]}` : 'not reviewed';
    console.log(`  ${row.severity.padEnd(11)} ${row.check} ${row.file}:${row.location} — ${note}`);
  }
  const unreviewed = rows.filter((row) => !REVIEWED[row.check] && row.severity !== 'INFORMATIONAL');
  if (high.length > 0 || unreviewed.length > 0) {
    console.error('electronegativity: high-severity or unreviewed findings; see above.');
    process.exit(1);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
