/**
 * One import in its own process, for the crash test (test/integration/services/filings/crash.test.ts):
 *
 *   node --import tsx test/support/import-child.ts <data folder> <bundle> <clock ISO>
 *
 * Prints a line at each step (on a pipe, Node writes stdout synchronously, so
 * the parent has every line written before a kill): `ready` just before the
 * import starts, `step backup` / `step write` (just before its transaction) /
 * `step committed` as the import reports those steps, `imported`,
 * `closed`; then it waits until stdin closes, so that a kill is always a kill.
 *
 * The run is deterministic, so that every run that commits writes the same
 * rows: the services get a fixed clock, and the row ids (uuid v7 reads
 * Date.now() and crypto.randomFillSync) get the same clock and a seeded
 * generator. Nothing else in the import is random.
 */
import crypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';

const [dataDir, bundle, clockIso] = process.argv.slice(2);
if (!dataDir || !bundle || !clockIso) {
  process.stderr.write('usage: import-child.ts <data folder> <bundle> <clock ISO>\n');
  process.exit(2);
}

const instant = Date.parse(clockIso);
Date.now = () => instant;
let state = 0x2545f491;
crypto.randomFillSync = (<T extends NodeJS.ArrayBufferView>(buffer: T): T => {
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  for (let i = 0; i < bytes.length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    bytes[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return buffer;
}) as typeof crypto.randomFillSync;
syncBuiltinESMExports();

const { createServices } = await import('../../electron/services');
const { fixedClock } = await import('../../shared/domain/time');
const { MIGRATIONS_FOLDER } = await import('./services');

const mark = (line: string) => process.stdout.write(`${line}\n`);
const services = await createServices({ dataDir, migrationsFolder: MIGRATIONS_FOLDER, clock: fixedClock(clockIso), appVersion: 'test' });
const signal = new AbortController().signal;
mark('ready');
// The import's steps, by the message it reports (the byte-by-byte copy progress in between is not printed).
const STEPS: [string, string][] = [['正在备份', 'step backup'], ['正在写入', 'step write'], ['导入完成', 'step committed']];
await services.filings.importBundle(bundle, {
  signal,
  throwIfCancelled: () => undefined,
  progress: (_done, _total, message) => {
    const step = STEPS.find(([prefix]) => message?.startsWith(prefix));
    if (step) mark(step[1]);
  },
});
mark('imported');
services.close();
mark('closed');
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
