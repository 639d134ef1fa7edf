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

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks (a CSP in a description does). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  row.push(cell);
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

const work = mkdtempSync(join(tmpdir(), 'govit-electronegativity-'));
try {
  cpSync(join(root, 'electron'), join(work, 'electron'), { recursive: true });
  mkdirSync(join(work, 'renderer'));
  cpSync(join(root, 'renderer/index.html'), join(work, 'renderer/index.html'));
  const report = join(work, 'report.csv');
  const bin = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  execFileSync(process.execPath, [bin, '-i', work, '-e', electronVersion, '-r', '-v', 'false', '-o', report], { stdio: 'pipe' });
  const rows = parseCsv(readFileSync(report, 'utf8')).slice(1).filter((cells) => cells.length >= 5).map((cells) => {
    const [check, severity, confidence, file, location] = cells;
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
