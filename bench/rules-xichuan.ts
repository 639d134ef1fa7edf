/**
 * Times the xichuan-2025 pack over 100,000 synthetic projects (a whole-office
 * check) and single-project rechecks. Run: npx tsx bench/rules-xichuan.ts
 * Targets (issue 3): > 20,000 projects/s for the office; p95 ≤ 5 ms per recheck.
 */
import { performance } from 'node:perf_hooks';
import { checkOffice, checkProject } from '../shared/rules/framework/check';
import { weekdayCalendar } from '../shared/rules/framework/calendar';
import type { CheckOptions } from '../shared/rules/framework/context';
import { xichuan2025 } from '../shared/rules/packs/xichuan-2025';
import { syntheticFacts } from '../test/unit/shared/rules/support/synthetic';

const COUNT = 100_000;
const ASOF = '2026-11-20';
const options: CheckOptions = { calendar: weekdayCalendar() };

let started = performance.now();
const projects = syntheticFacts(COUNT, 42);
console.log(`built ${COUNT} synthetic projects in ${(performance.now() - started).toFixed(0)} ms`);

checkOffice(xichuan2025, projects.slice(0, 2_000), ASOF, options); // warm-up

const runs: number[] = [];
let findings = 0;
let errors = 0;
for (let run = 0; run < 3; run++) {
  started = performance.now();
  const results = checkOffice(xichuan2025, projects, ASOF, options);
  const seconds = (performance.now() - started) / 1000;
  runs.push(COUNT / seconds);
  findings = 0;
  errors = 0;
  for (const result of results) {
    if ('findings' in result) findings += result.findings.length;
    else errors += 1;
  }
}
const best = Math.max(...runs);
const median = [...runs].sort((a, b) => a - b)[1]!;
console.log(`whole office: ${COUNT} projects, ${findings} findings, ${errors} errors`);
console.log(`  projects/s: median ${median.toFixed(0)}, best ${best.toFixed(0)} (target > 20000)`);

const samples: number[] = [];
for (let i = 0; i < 10_000; i++) {
  const facts = projects[(i * 7919) % COUNT]!;
  const t = performance.now();
  checkProject(xichuan2025, facts, ASOF, options);
  samples.push(performance.now() - t);
}
samples.sort((a, b) => a - b);
const p = (q: number): string => samples[Math.floor(q * (samples.length - 1))]!.toFixed(3);
console.log(`single-project recheck: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms, max ${p(1)} ms (target p95 ≤ 5 ms)`);
