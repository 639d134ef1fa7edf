/**
 * One export, one verification and one import of the exchange benchmark's bundle, in a
 * process of its own so its resident memory is the exchange's, not the
 * fixture generator's: `tsx bench/exchange-transport.ts DIR WORKERS`, with
 * DIR/attachments.json written by bench/suites/exchange.ts. Prints JSON.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createServices, type Services } from '../electron/services';
import type { AttachmentSource } from '../electron/services/exchange/bundle-writer';
import { BENCH_REVIEW, BENCH_UNIT, benchFiling } from './exchange-fixtures';

const PASSPHRASE = 'bench-passphrase-2026';
const MiB = 1024 * 1024;

async function office(dataDir: string, identity: typeof BENCH_UNIT, workers: number): Promise<Services> {
  const services = await createServices({ dataDir, migrationsFolder: join(process.cwd(), 'db', 'migrations'), exchange: { sm3: { workers } } });
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

async function main(): Promise<void> {
  const [dir, workersArg] = process.argv.slice(2);
  const workers = Number(workersArg);
  const attachments = JSON.parse(readFileSync(join(dir!, 'attachments.json'), 'utf8')) as AttachmentSource[];
  const unit = await office(join(dir!, `unit-${workers}`), BENCH_UNIT, workers);
  const review = await office(join(dir!, `review-${workers}`), BENCH_REVIEW, workers);
  for (const [from, to] of [[unit, review], [review, unit]] as const) {
    const key = from.exchange.keys.exportPublic();
    to.exchange.trust.add(key.text, key.fingerprint);
  }
  const signer = await unit.exchange.keys.unlock(PASSPHRASE);
  const payload = benchFiling(attachments.length / 2, attachments);
  const file = join(dir!, `bench-${workers}.gvbundle`);
  const baselineMb = process.memoryUsage.rss() / MiB;
  const exported = await measured(() => unit.exchange.exportBundle({ file, recipientCode: BENCH_REVIEW.code, payloadType: 'filing', payload, attachments, signer }));
  spawnSync('sync'); // the verification does not pay for the export's write-back
  const verified = await measured(() => review.exchange.verify(file));
  spawnSync('sync');
  // The real import: every check again, the attachments copied into the data folder in the same pass, a backup, one transaction.
  const imported = await measured(() => review.filings.importBundle(file));
  const bundleMb = statSync(file).size / MiB;
  unit.close();
  review.close();
  rmSync(file, { force: true });
  console.log(JSON.stringify({ baselineMb, bundleMb, exportMs: exported.ms, exportPeakMb: exported.peakMb, verifyMs: verified.ms, verifyPeakMb: verified.peakMb, importMs: imported.ms, importPeakMb: imported.peakMb, imported: imported.value.projects.length, entries: verified.value.manifest.entries.length }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
