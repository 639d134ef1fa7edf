import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dashboardSuite } from './suites/dashboard';
import { documentsSuite } from './suites/documents';
import { excelSuite } from './suites/excel';
import { fuzzSuite } from './suites/fuzz';
import { exchangeSuite } from './suites/exchange';
import { registerSuite } from './suites/register';
import { rulesSuite } from './suites/rules';
import type { BenchRow } from './stats';

/**
 * `npm run bench [-- suite…]`: a benchmark, not a test. Prints a table and
 * writes bench/results/bench.json. Figures are from this machine; compare
 * medians and ratios, not single runs.
 */
const SUITES: Record<string, (workDir: string) => Promise<BenchRow[]>> = {
  register: registerSuite,
  rules: rulesSuite,
  documents: documentsSuite,
  exchange: exchangeSuite,
  excel: excelSuite,
  dashboard: dashboardSuite,
  fuzz: fuzzSuite,
};

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en');
  return value.toFixed(Math.abs(value) >= 10 ? 1 : 2);
}

async function main(): Promise<void> {
  // Suite names; an option's value (`--cases 100`) is not one.
  const args = process.argv.slice(2);
  const wanted = args.filter((arg, index) => !arg.startsWith('-') && !args[index - 1]?.startsWith('--'));
  const chosen = wanted.length > 0 ? wanted : Object.keys(SUITES);
  const workDir = mkdtempSync(join(tmpdir(), 'govit-bench-'));
  const rows: BenchRow[] = [];
  try {
    for (const name of chosen) {
      const suite = SUITES[name];
      if (!suite) throw new Error(`未知的基准测试：${name}（可选：${Object.keys(SUITES).join(', ')}）`);
      console.error(`running ${name}…`);
      rows.push(...(await suite(workDir)));
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`${'suite'.padEnd(10)} ${'measure'.padEnd(width)} ${'value'.padStart(12)} unit          target   met`);
  for (const row of rows) {
    const met = row.met === undefined ? '' : row.met ? 'yes' : 'NO';
    console.log(`${row.suite.padEnd(10)} ${row.name.padEnd(width)} ${format(row.value).padStart(12)} ${row.unit.padEnd(13)} ${(row.target ?? '').padEnd(8)} ${met}`);
  }
  mkdirSync('bench/results', { recursive: true });
  const machine = { node: process.version, platform: process.platform, arch: process.arch, at: new Date().toISOString() };
  writeFileSync('bench/results/bench.json', JSON.stringify({ machine, rows }, null, 2));
  console.log('\nwritten: bench/results/bench.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
