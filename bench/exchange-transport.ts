/**
 * The exchange benchmark's export, verification and import, each office in a
 * process of its own, as the two installations are (a unit's PC and its
 * review office's): resident memory is one office's, not both, and not the
 * fixture generator's. `node exchange-transport.mjs STEP DIR WORKERS [MODE]`, with
 * DIR/attachments.json written by bench/suites/exchange.ts; the steps, in order:
 *
 * - `setup-review`: the review office is set up and creates its key;
 * - `export`: the unit is set up, trusts the review office's key, and exports
 *   its filing of 1,000 projects to DIR/bench.gvbundle;
 * - `import`: the review office trusts the unit's key, verifies the bundle,
 *   then imports it (every check again, the bundle kept as it is hashed, a
 *   backup, one transaction).
 *
 * MODE `encrypted` encrypts the filing to the review office (the product's
 * default), whose verification and import then unlock its key with the
 * passphrase; `plain` (the default here) writes it in clear, as before.
 *
 * Each step prints one line of JSON.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServices, type Services } from '../electron/services';
import type { AttachmentSource } from '../electron/services/exchange/bundle-writer';
import { BENCH_REVIEW, BENCH_UNIT, benchFiling } from './exchange-fixtures';

const PASSPHRASE = 'bench-passphrase-2026';
const MiB = 1024 * 1024;

let encrypted = false;

async function open(dataDir: string, workers: number): Promise<Services> {
  return createServices({ dataDir, migrationsFolder: join(process.cwd(), 'db', 'migrations'), exchange: { sm3: { workers }, encryptByDefault: encrypted } });
}

async function setUp(dataDir: string, identity: typeof BENCH_UNIT, workers: number): Promise<Services> {
  const services = await open(dataDir, workers);
  services.office.completeSetup(identity);
  await services.exchange.keys.create(PASSPHRASE);
  return services;
}

async function measured<T>(work: () => Promise<T>): Promise<{ ms: number; peakMb: number; value: T }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 5);
  const started = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - started, peakMb: Math.max(peak, process.memoryUsage.rss()) / MiB };
  } finally {
    clearInterval(timer);
  }
}

const keyFile = (dir: string, office: string) => join(dir, `${office}.pub.pem`);
const savePublicKey = (services: Services, file: string) => writeFileSync(file, JSON.stringify(services.exchange.keys.exportPublic()));
function trustPublicKey(services: Services, file: string): void {
  const key = JSON.parse(readFileSync(file, 'utf8')) as { text: string; fingerprint: string };
  services.exchange.trust.add(key.text, key.fingerprint);
}

async function main(): Promise<void> {
  const [step, dir, workersArg, mode] = process.argv.slice(2) as [string, string, string, string | undefined];
  const workers = Number(workersArg);
  encrypted = mode === 'encrypted';
  const passphrase = encrypted ? PASSPHRASE : undefined;
  const unitDir = join(dir, `unit-${workers}`);
  const reviewDir = join(dir, `review-${workers}`);
  const file = join(dir, `bench-${workers}.gvbundle`);

  if (step === 'setup-review') {
    const review = await setUp(reviewDir, BENCH_REVIEW, workers);
    savePublicKey(review, keyFile(dir, 'review'));
    review.close();
    console.log(JSON.stringify({ step }));
  } else if (step === 'export') {
    const attachments = JSON.parse(readFileSync(join(dir, 'attachments.json'), 'utf8')) as AttachmentSource[];
    const unit = await setUp(unitDir, BENCH_UNIT, workers);
    trustPublicKey(unit, keyFile(dir, 'review'));
    savePublicKey(unit, keyFile(dir, 'unit'));
    const signer = await unit.exchange.keys.unlock(PASSPHRASE);
    const payload = benchFiling(attachments.length / 2, attachments);
    const baselineMb = process.memoryUsage.rss() / MiB;
    const exported = await measured(() => unit.exchange.exportBundle({ file, recipientCode: BENCH_REVIEW.code, payloadType: 'filing', payload, attachments, signer }));
    unit.close();
    console.log(JSON.stringify({ step, baselineMb, exportMs: exported.ms, exportPeakMb: exported.peakMb, bundleMb: statSync(file).size / MiB }));
  } else if (step === 'import') {
    const review = await open(reviewDir, workers);
    trustPublicKey(review, keyFile(dir, 'unit'));
    const baselineMb = process.memoryUsage.rss() / MiB;
    const verified = await measured(() => review.exchange.verify(file, undefined, passphrase === undefined ? undefined : { passphrase }));
    spawnSync('sync'); // the import does not pay for the verification's (nor the export's) write-back
    const imported = await measured(() => review.filings.importBundle(file, undefined, passphrase));
    review.close();
    console.log(JSON.stringify({
      step, baselineMb, verifyMs: verified.ms, verifyPeakMb: verified.peakMb, importMs: imported.ms, importPeakMb: imported.peakMb,
      imported: imported.value.projects.length, entries: verified.value.manifest.entries.length,
    }));
  } else {
    throw new Error(`unknown step ${step}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
