#!/usr/bin/env node
// `npm test`: lint, type check, unit + integration (vitest), the E2E
// (Playwright in Debian's Chromium against the real services), and the
// Electron security audit. Every stage runs; the run fails if any stage does.
// The last line is the plain summary CI reads: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const stages = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['vitest', 'npm', ['run', '--silent', 'test:unit']],
  ['e2e', 'npm', ['run', '--silent', 'test:e2e']],
  ['electronegativity', 'npm', ['run', '--silent', 'audit:electron']],
];

for (const file of ['test-results/vitest.json', 'test-results/playwright.json']) rmSync(file, { force: true });

const results = [];
for (const [name, command, args] of stages) {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const vitest = readJson('test-results/vitest.json');
const playwright = readJson('test-results/playwright.json');
const counts = {
  vitest: { passed: vitest?.numPassedTests ?? 0, failed: vitest?.numFailedTests ?? 0 },
  e2e: { passed: playwright?.stats?.expected ?? 0, failed: (playwright?.stats?.unexpected ?? 0) + (playwright?.stats?.flaky ?? 0) },
};

console.log('\n━━ summary ━━');
for (const result of results) console.log(`  ${result.ok ? 'ok  ' : 'FAIL'} ${result.name.padEnd(18)} ${result.seconds.toFixed(1)} s`);
console.log(`  vitest: ${counts.vitest.passed} passed, ${counts.vitest.failed} failed; e2e: ${counts.e2e.passed} passed, ${counts.e2e.failed} failed`);
const failedStages = results.filter((result) => !result.ok).length;
const passed = counts.vitest.passed + counts.e2e.passed;
// A stage that failed without failing a test (lint, types, audit) counts as one failure.
const failed = counts.vitest.failed + counts.e2e.failed + results.filter((r) => !r.ok && !['vitest', 'e2e'].includes(r.name)).length;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStages > 0 ? 1 : 0);
