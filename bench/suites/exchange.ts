import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { createSM3 } from 'hash-wasm';
import { sm3 as smCryptoSm3, sm4 as smCryptoSm4 } from 'sm-crypto-v2';
import type { AttachmentSource } from '../../electron/services/exchange/bundle-writer';
import { createSm3Engine, type Sm3Engine } from '../../electron/services/exchange/sm3';
import { generateSm2KeyPair, parseDerSignature, signSm2, verifySm2 } from '../../electron/services/exchange/sm2';
import { createSm4Ctr, defaultSm4Implementation, type Sm4Implementation } from '../../electron/services/exchange/sm4';
import { ChunkPool, PrefetchedFile } from '../../electron/services/exchange/zip/read-ahead';
import { writeAttachments } from '../exchange-fixtures';
import { median, timeAsync, type BenchRow } from '../stats';

const MiB = 1024 * 1024;
const PROJECTS = 1_000;

/** The read-and-hash floor: every file read once, prefetched as the writer does, and hashed once on one thread. */
async function readAndHash(engine: Sm3Engine, attachments: readonly AttachmentSource[]): Promise<void> {
  const pool = new ChunkPool();
  const files: PrefetchedFile[] = [];
  const prefetch = (index: number) => {
    const attachment = attachments[index];
    if (attachment && !files[index]) files[index] = new PrefetchedFile(attachment.path, statSync(attachment.path).size, pool);
  };
  for (let index = 0; index < attachments.length; index++) {
    for (let ahead = index; ahead <= index + 4; ahead++) prefetch(ahead);
    const hasher = engine.hasher();
    for await (const chunk of files[index]!.chunks()) hasher.update(chunk);
    hasher.digestHex();
  }
}

/**
 * The floor for an encrypted bundle: every file read once (prefetched), SM4-CTR
 * encrypted and its ciphertext SM3-hashed, on one thread, with the SM4 the app
 * runs here (`node`: OpenSSL's where the runtime has it, as in this bench).
 */
async function readHashEncrypt(engine: Sm3Engine, attachments: readonly AttachmentSource[], implementation: Sm4Implementation): Promise<void> {
  const pool = new ChunkPool();
  const files: PrefetchedFile[] = [];
  const key = randomBytes(16);
  const prefetch = (index: number) => {
    const attachment = attachments[index];
    if (attachment && !files[index]) files[index] = new PrefetchedFile(attachment.path, statSync(attachment.path).size, pool);
  };
  for (let index = 0; index < attachments.length; index++) {
    for (let ahead = index; ahead <= index + 4; ahead++) prefetch(ahead);
    const hasher = engine.hasher();
    const cipher = createSm4Ctr(key, randomBytes(16), implementation);
    for await (const chunk of files[index]!.chunks()) hasher.update(cipher.update(chunk));
    hasher.digestHex();
  }
}

/** Runs the WebAssembly long enough for V8 to tier it up (a cold engine runs its baseline code ~3× slower). */
function warmUp(engine: Sm3Engine): void {
  const block = Buffer.alloc(MiB, 7);
  const hasher = engine.hasher();
  for (let i = 0; i < 96; i++) hasher.update(block);
  hasher.digestHex();
}

/** Writes as many bytes as each attachment has, from memory, the way the import stores its copies: the disk's share of an import. */
async function writeOnce(dir: string, attachments: readonly AttachmentSource[]): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const chunk = Buffer.alloc(MiB, 7);
  for (const [index, attachment] of attachments.entries()) {
    const size = statSync(attachment.path).size;
    const handle = await open(join(dir, String(index)), 'w');
    const inFlight: Promise<unknown>[] = [];
    for (let position = 0; position < size; position += MiB) {
      if (inFlight.length >= 4) await inFlight.shift();
      inFlight.push(handle.write(Buffer.from(chunk), 0, Math.min(MiB, size - position), position));
    }
    await Promise.all(inFlight);
    await handle.close();
  }
}

/** SM3 alone over in-memory bytes, warm, one thread: the strictest floor (no I/O at all). */
function sm3InMemory(engine: Sm3Engine): number {
  const block = Buffer.alloc(64 * MiB, 3);
  return median([0, 1, 2, 3, 4].map(() => {
    const started = performance.now();
    engine.hash(block);
    return 64 / ((performance.now() - started) / 1000);
  }));
}

interface Transport {
  /** Resident memory of the unit's process before its export, and of the review office's before its verification. */
  exportBaselineMb: number;
  importBaselineMb: number;
  bundleMb: number;
  exportMs: number;
  exportPeakMb: number;
  verifyMs: number;
  verifyPeakMb: number;
  importMs: number;
  importPeakMb: number;
  imported: number;
}

/**
 * The transport runs as one bundled file on plain Node, as the app's main
 * process does (electron-vite bundles it), not under tsx, whose loader adds
 * ~50 MB of resident memory. esbuild comes with tsx; without it, tsx is used.
 */
async function transportCommand(): Promise<string[]> {
  const source = join(process.cwd(), 'bench', 'exchange-transport.ts');
  try {
    const esbuild = (await import(/* @vite-ignore */ ['es', 'build'].join(''))) as { build(options: object): Promise<unknown> };
    const outfile = join(process.cwd(), 'node_modules', '.cache', 'govit-bench', 'exchange-transport.mjs');
    await esbuild.build({ entryPoints: [source], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
    return [outfile];
  } catch {
    return ['--import', 'tsx', source];
  }
}

type Mode = 'plain' | 'encrypted';

function step(command: string[], name: string, dir: string, workers: number, mode: Mode): Record<string, number> {
  const child = spawnSync(process.execPath, [...command, name, dir, String(workers), mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`exchange transport (${name}) failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Record<string, number>;
}

/** One exchange between two new offices, each in its own process (as on two PCs): the review office is set up, the unit exports, the office verifies and imports. */
function runTransportOnce(command: string[], dir: string, workers: number, settle: () => void, mode: Mode): Transport {
  step(command, 'setup-review', dir, workers, mode);
  const exported = step(command, 'export', dir, workers, mode);
  settle(); // the verification does not pay for the export's write-back
  const imported = step(command, 'import', dir, workers, mode);
  for (const leftover of [`unit-${workers}`, `review-${workers}`, `bench-${workers}.gvbundle`]) rmSync(join(dir, leftover), { recursive: true, force: true });
  return {
    exportBaselineMb: exported.baselineMb!, importBaselineMb: imported.baselineMb!, bundleMb: exported.bundleMb!,
    exportMs: exported.exportMs!, exportPeakMb: exported.exportPeakMb!, verifyMs: imported.verifyMs!, verifyPeakMb: imported.verifyPeakMb!,
    importMs: imported.importMs!, importPeakMb: imported.importPeakMb!, imported: imported.imported!,
  };
}

/** TRANSPORT_RUNS fresh processes (two new offices each); each time the median, each peak the highest. The same run varies by ±20% on these machines. */
const TRANSPORT_RUNS = 3;

function runTransport(command: string[], dir: string, workers: number, settle: () => void, mode: Mode = 'plain'): Transport {
  const runs: Transport[] = [];
  for (let run = 0; run < TRANSPORT_RUNS; run++) {
    settle();
    runs.push(runTransportOnce(command, dir, workers, settle, mode));
  }
  const mid = (pick: (run: Transport) => number) => median(runs.map(pick));
  const most = (pick: (run: Transport) => number) => Math.max(...runs.map(pick));
  return {
    exportBaselineMb: mid((run) => run.exportBaselineMb), importBaselineMb: mid((run) => run.importBaselineMb), bundleMb: runs[0]!.bundleMb, imported: runs[0]!.imported,
    exportMs: mid((run) => run.exportMs), verifyMs: mid((run) => run.verifyMs), importMs: mid((run) => run.importMs),
    exportPeakMb: most((run) => run.exportPeakMb), verifyPeakMb: most((run) => run.verifyPeakMb), importPeakMb: most((run) => run.importPeakMb),
  };
}

async function transport(workDir: string, rows: BenchRow[]): Promise<void> {
  const totalMb = Number(process.env.BENCH_EXCHANGE_MB ?? 1024);
  const dir = join(workDir, 'exchange');
  const files = writeAttachments(join(dir, 'files'), PROJECTS, totalMb * MiB);
  writeFileSync(join(dir, 'attachments.json'), JSON.stringify(files.attachments));
  // Measure on a settled disk: the fixtures' (and cp's) dirty pages flushed, not written back during a measurement.
  const settle = () => spawnSync('sync');
  settle();
  const mb = files.bytes / MiB;
  const label = `${PROJECTS.toLocaleString('en')} projects, ${Math.round(mb)} MiB of attachments (${Math.round((100 * files.compressibleBytes) / files.bytes)}% text)`;

  // Scale: copying the same files; SM3 alone (the strict floor); reading and hashing them once.
  const cp = await timeAsync(async () => spawnSync('cp', ['-r', join(dir, 'files'), join(dir, 'copy')]));
  rmSync(join(dir, 'copy'), { recursive: true, force: true });
  settle();
  rows.push({ suite: 'exchange', name: `cp -r of the same files (${label})`, value: mb / (cp.ms / 1000), unit: 'MB/s' });
  const written = await timeAsync(() => writeOnce(join(dir, 'written'), files.attachments));
  rmSync(join(dir, 'written'), { recursive: true, force: true });
  settle();
  const writeFloor = mb / (written.ms / 1000);
  rows.push({ suite: 'exchange', name: 'write floor: the same sizes written once from memory (1 MiB positional writes, 4 in flight), no hashing', value: writeFloor, unit: 'MB/s' });
  const inline = createSm3Engine({ workers: 0 });
  warmUp(inline);
  const floor = sm3InMemory(inline);
  rows.push({ suite: 'exchange', name: 'SM3 alone: the shipped SM3 (WebAssembly) over bytes in memory, one thread, no I/O', value: floor, unit: 'MB/s' });
  const readRates: number[] = [];
  for (let run = 0; run < 3; run++) readRates.push(mb / ((await timeAsync(() => readAndHash(inline, files.attachments))).ms / 1000));
  const readFloor = median(readRates);
  rows.push({ suite: 'exchange', name: 'SM3 floor over the same files: read each once (prefetched) and SM3 it, one thread (median of 3)', value: readFloor, unit: 'MB/s' });
  const sm4 = defaultSm4Implementation();
  const sealRates: number[] = [];
  for (let run = 0; run < 3; run++) sealRates.push(mb / ((await timeAsync(() => readHashEncrypt(inline, files.attachments, sm4))).ms / 1000));
  const sealFloor = median(sealRates);
  rows.push({ suite: 'exchange', name: `SM3+SM4 floor over the same files: read each once, SM4-CTR it (${sm4}) and SM3 the ciphertext, one thread (median of 3)`, value: sealFloor, unit: 'MB/s' });
  const jsSealFloor = mb / ((await timeAsync(() => readHashEncrypt(inline, files.attachments, 'js'))).ms / 1000);
  rows.push({ suite: 'exchange', name: 'the same floor with the JavaScript SM4 (what Electron runs: its BoringSSL has no SM4)', value: jsSealFloor, unit: 'MB/s' });
  await inline.close();

  const command = await transportCommand();
  for (const workers of [1, 0]) {
    const how = `${workers ? `SM3 in ${workers} worker` : 'SM3 on the main thread'}${command.length === 1 ? '' : ' (under tsx)'}`;
    const result = runTransport(command, dir, workers, settle);
    const exportRate = mb / (result.exportMs / 1000);
    const verifyRate = mb / (result.verifyMs / 1000);
    rows.push({ suite: 'exchange', name: `export ${label} → ${Math.round(result.bundleMb)} MiB bundle, ${how} (median of ${TRANSPORT_RUNS} runs)`, value: exportRate, unit: 'MB/s' });
    rows.push({ suite: 'exchange', name: `export ÷ SM3 floor over the same files, ${how}`, value: exportRate / readFloor, unit: 'ratio', target: '≥ 0.7', met: exportRate / readFloor >= 0.7 });
    rows.push({ suite: 'exchange', name: `export ÷ SM3 alone in memory (stricter), ${how}`, value: exportRate / floor, unit: 'ratio' });
    rows.push({ suite: 'exchange', name: `verify the same bundle (every check), ${how}`, value: verifyRate, unit: 'MB/s' });
    rows.push({ suite: 'exchange', name: `verify ÷ SM3 floor over the same files, ${how}`, value: verifyRate / readFloor, unit: 'ratio', target: '≥ 0.7', met: verifyRate / readFloor >= 0.7 });
    rows.push({ suite: 'exchange', name: `verify ÷ SM3 alone in memory (stricter), ${how}`, value: verifyRate / floor, unit: 'ratio' });
    const importRate = mb / (result.importMs / 1000);
    rows.push({ suite: 'exchange', name: `import the same bundle (verify + copy attachments + backup + one transaction, ${result.imported} projects), ${how}`, value: importRate, unit: 'MB/s' });
    rows.push({ suite: 'exchange', name: `import ÷ SM3 floor over the same files, ${how}`, value: importRate / readFloor, unit: 'ratio', target: '≥ 0.7', met: importRate / readFloor >= 0.7 });
    // The import also stores every attachment: against reading, hashing AND writing each byte once (the two floors in sequence).
    const storeFloor = 1 / (1 / readFloor + 1 / writeFloor);
    rows.push({ suite: 'exchange', name: `import ÷ (SM3 floor then write floor, in sequence), ${how}`, value: importRate / storeFloor, unit: 'ratio' });
    // Each office's own process, as on its own PC.
    rows.push({
      suite: 'exchange', name: `peak RSS of the unit's process while exporting, ${how}, highest of ${TRANSPORT_RUNS} runs (${Math.round(result.exportBaselineMb)} MB before)`,
      value: result.exportPeakMb, unit: 'MB', target: '≤ 300', met: result.exportPeakMb <= 300,
    });
    const officePeak = Math.max(result.verifyPeakMb, result.importPeakMb);
    rows.push({
      suite: 'exchange', name: `peak RSS of the review office's process while verifying and importing, ${how}, highest of ${TRANSPORT_RUNS} runs (${Math.round(result.importBaselineMb)} MB before)`,
      value: officePeak, unit: 'MB', target: '≤ 300', met: officePeak <= 300,
    });
  }
  // Encrypted to the review office (the default for filings), as shipped: SM3 in one worker, SM4 on the main thread.
  const sealed = runTransport(command, dir, 1, settle, 'encrypted');
  const how = `SM3 in 1 worker, SM4 (${sm4}) on the main thread${command.length === 1 ? '' : ' (under tsx)'}`;
  const sealedRows: { short: string; detail: string; ms: number; peakMb: number }[] = [
    { short: 'export encrypted', detail: `(SM4-CTR, key wrapped with SM2) ${label} → ${Math.round(sealed.bundleMb)} MiB bundle`, ms: sealed.exportMs, peakMb: sealed.exportPeakMb },
    { short: 'verify encrypted', detail: '(every check; the key unlocked with the passphrase, payload decrypted)', ms: sealed.verifyMs, peakMb: sealed.verifyPeakMb },
    { short: 'import encrypted', detail: `(verify, decrypt the payload, keep the bundle, backup, one transaction, ${sealed.imported} projects)`, ms: sealed.importMs, peakMb: sealed.importPeakMb },
  ];
  for (const { short, detail, ms, peakMb } of sealedRows) {
    const rate = mb / (ms / 1000);
    rows.push({ suite: 'exchange', name: `${short} ${detail}, ${how} (median of ${TRANSPORT_RUNS} runs)`, value: rate, unit: 'MB/s' });
    rows.push({ suite: 'exchange', name: `${short} ÷ SM3+SM4 floor over the same files, ${how}`, value: rate / sealFloor, unit: 'ratio', target: '≥ 0.7', met: rate / sealFloor >= 0.7 });
    rows.push({ suite: 'exchange', name: `peak RSS of the process, ${short}, highest of ${TRANSPORT_RUNS} runs`, value: peakMb, unit: 'MB', target: '≤ 300', met: peakMb <= 300 });
  }
  rmSync(dir, { recursive: true, force: true });
}

async function sm3Throughput(rows: BenchRow[]): Promise<void> {
  const data = randomBytes(128 * MiB);
  const rate = (mb: number, runs: number, work: () => unknown) => median(Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return mb / ((performance.now() - started) / 1000);
  }));
  const wasm = createSm3Engine({ implementation: 'wasm', workers: 0 });
  const js = createSm3Engine({ implementation: 'js', workers: 0 });
  wasm.hash(data.subarray(0, 8 * MiB));
  js.hash(data.subarray(0, 8 * MiB));
  const small = data.subarray(0, 32 * MiB);
  rows.push({ suite: 'exchange', name: 'SM3 sm-crypto-v2 (JavaScript, one-shot only; runs in Electron)', value: rate(32, 3, () => smCryptoSm3(small)), unit: 'MB/s' });
  rows.push({ suite: 'exchange', name: 'SM3 ours, JavaScript (the fallback; runs in Electron)', value: rate(128, 3, () => js.hash(data)), unit: 'MB/s' });
  rows.push({ suite: 'exchange', name: 'SM3 ours, WebAssembly (shipped; runs in Electron)', value: rate(128, 5, () => wasm.hash(data)), unit: 'MB/s' });
  rows.push({ suite: 'exchange', name: 'SM3 OpenSSL via node:crypto (not in Electron: BoringSSL has no SM3)', value: rate(128, 5, () => createHash('sm3').update(data).digest()), unit: 'MB/s' });
  // hash-wasm (a maintained package, a devDependency for this comparison only): slower than ours here, so not shipped.
  const hashWasm = await createSM3();
  rows.push({ suite: 'exchange', name: 'SM3 hash-wasm (WebAssembly; runs in Electron; not shipped: slower)', value: rate(128, 5, () => (hashWasm.init(), hashWasm.update(data), hashWasm.digest())), unit: 'MB/s' });
  const pooled = createSm3Engine({ implementation: 'wasm', workers: 1 });
  const streamed = await timeAsync(async () => {
    const stream = pooled.stream();
    for (let at = 0; at < data.length; at += MiB) await stream.update(data.subarray(at, at + MiB));
    await stream.digest();
  });
  rows.push({ suite: 'exchange', name: 'SM3 ours, WebAssembly in a worker (1 MiB batches transferred)', value: 128 / (streamed.ms / 1000), unit: 'MB/s' });
  // SM4: the three ways to run it. CTR through Node's OpenSSL where the runtime has it; else ours in JavaScript (Electron).
  const key = randomBytes(16);
  const iv = randomBytes(16);
  const ctr = (implementation: Sm4Implementation) => () => {
    const cipher = createSm4Ctr(key, iv, implementation);
    for (let at = 0; at < small.length; at += MiB) cipher.update(Buffer.from(small.subarray(at, at + MiB)));
  };
  rows.push({ suite: 'exchange', name: 'SM4-CTR OpenSSL via node:crypto (not in Electron: BoringSSL has no SM4)', value: rate(32, 3, ctr('node')), unit: 'MB/s' });
  rows.push({ suite: 'exchange', name: 'SM4-CTR ours, JavaScript (shipped; runs in Electron)', value: rate(32, 3, ctr('js')), unit: 'MB/s' });
  rows.push({ suite: 'exchange', name: 'SM4-CBC sm-crypto-v2 (JavaScript; no CTR mode)', value: rate(32, 3, () => smCryptoSm4.encrypt(small, key, { mode: 'cbc', iv, output: 'array' })), unit: 'MB/s' });
  await Promise.all([wasm.close(), js.close(), pooled.close()]);
}

function signatures(rows: BenchRow[]): void {
  const key = generateSm2KeyPair();
  const message = Buffer.from(JSON.stringify({ format: 'govit-desk-bundle', entries: Array.from({ length: 5 }, (_, i) => ({ name: `attachments/a${i}.pdf`, size: 1000 * i, sm3: 'ab'.repeat(32) })) }));
  const signature = parseDerSignature(signSm2(message, key))!;
  verifySm2(message, signature, key.publicKeyHex);
  const count = 2_000;
  const started = performance.now();
  for (let i = 0; i < count; i++) if (!verifySm2(message, signature, key.publicKeyHex)) throw new Error('verification failed');
  const perSecond = count / ((performance.now() - started) / 1000);
  rows.push({ suite: 'exchange', name: `SM2 signature verifications (${message.length}-byte manifest, key precomputed)`, value: perSecond, unit: 'verifies/s', target: '≥ 1,000', met: perSecond >= 1_000 });
  const signStarted = performance.now();
  for (let i = 0; i < 500; i++) signSm2(message, key);
  rows.push({ suite: 'exchange', name: 'SM2 signatures made', value: 500 / ((performance.now() - signStarted) / 1000), unit: 'signs/s' });
}

/**
 * Issue 7: SM3 (and, issue 15, SM4) throughput per implementation, SM2 verifications per second,
 * and the transport: export and verify of a filing of 1,000 projects with
 * BENCH_EXCHANGE_MB (default 1024) MiB of attachments, against the SM3 floor
 * and `cp`, with the peak RSS. Run it alone for a clean RSS: `npm run bench -- exchange`.
 */
export async function exchangeSuite(workDir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  await transport(workDir, rows);
  signatures(rows);
  await sm3Throughput(rows);
  return rows;
}
