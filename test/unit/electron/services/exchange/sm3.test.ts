import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { sm3 as smCryptoSm3 } from 'sm-crypto-v2';
import { afterAll, describe, expect, it } from 'vitest';
import { createSm3Engine, type Sm3Engine } from '../../../../../electron/services/exchange/sm3';
import { seededBytes } from '../../../../support/exchange';

/** GB/T 32905-2016 appendix A, and OpenSSL (Node's crypto here) for everything else. */
const VECTORS: [string, string][] = [
  ['abc', '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'],
  ['abcd'.repeat(16), 'debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732'],
];
const openssl = (bytes: Uint8Array) => createHash('sm3').update(bytes).digest('hex');
const LENGTHS = [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 65_537, (1 << 20) + 3, 3 * (1 << 20) + 61];

const engines: Sm3Engine[] = [];
const engine = (options: Parameters<typeof createSm3Engine>[0]) => {
  const created = createSm3Engine(options);
  engines.push(created);
  return created;
};
afterAll(async () => Promise.all(engines.map((created) => created.close())));

describe.each([
  ['WebAssembly', { implementation: 'wasm' as const, workers: 0 }],
  ['JavaScript', { implementation: 'js' as const, workers: 0 }],
  ['WebAssembly in a worker', { implementation: 'wasm' as const, workers: 1 }],
])('SM3 in %s', (_name, options) => {
  it('gives the standard’s test vectors', async () => {
    const sm3 = engine(options);
    for (const [message, digest] of VECTORS) {
      expect(sm3.hash(Buffer.from(message))).toBe(digest);
      const stream = sm3.stream();
      await stream.update(Buffer.from(message));
      expect(await stream.digest()).toBe(digest);
    }
  });

  it('agrees with OpenSSL at every padding boundary, whole and in uneven chunks', async () => {
    const sm3 = engine(options);
    const data = seededBytes(LENGTHS.at(-1)!, 3);
    for (const [index, length] of LENGTHS.entries()) {
      const message = data.subarray(0, length);
      expect(sm3.hash(message)).toBe(openssl(message));
      const stream = sm3.stream();
      const step = [1, 63, 64, 65, 4099, 1 << 20][index % 6]!;
      for (let at = 0; at < length; at += step) await stream.update(message.subarray(at, at + step));
      expect(await stream.digest()).toBe(openssl(message));
    }
  });
});

describe('the SM3 engines', () => {
  it('agree with sm-crypto-v2’s SM3 (which the SM2 signatures use)', () => {
    const message = seededBytes(10_000, 5);
    expect(engine({ workers: 0 }).hash(message)).toBe(smCryptoSm3(message));
  });

  it('ship WebAssembly here, and fall back to JavaScript when asked', () => {
    expect(engine({ workers: 0 }).implementation).toBe('wasm');
    expect(engine({ implementation: 'js' }).implementation).toBe('js');
    expect(engine({ implementation: 'js', workers: 2 }).workers).toBe(0);
  });

  it('fall back to JavaScript where WebAssembly is unavailable (node --jitless has none)', () => {
    const script = "import('./electron/services/exchange/sm3/index.ts').then((m) => { const e = m.createSm3Engine(); console.log(typeof WebAssembly, e.implementation, e.hash(Buffer.from('abc'))); })";
    const run = spawnSync(process.execPath, ['--jitless', '--import', 'tsx', '-e', script], { encoding: 'utf8' });
    expect(run.stdout.trim()).toBe(`undefined js ${VECTORS[0]![1]}`);
  });

  it('fail the streams of a worker that dies, and hash new streams in a fresh one', async () => {
    const sm3 = engine({ implementation: 'wasm', workers: 1 });
    const doomed = sm3.stream();
    await doomed.update(seededBytes(2 << 20, 1));
    // A message the worker cannot handle kills it (reached through the stream: there is no public way to do this).
    (doomed as unknown as { owner: { worker: { postMessage(message: unknown): void } } }).owner.worker.postMessage({ id: -1, data: 42, length: 1 });
    await expect(doomed.digest()).rejects.toBeInstanceOf(Error);
    const fresh = sm3.stream();
    const message = seededBytes(3 << 20, 2);
    await fresh.update(message);
    expect(await fresh.digest()).toBe(openssl(message));
  });

  it('hash many interleaved streams in two workers correctly, and an abandoned stream leaves the others whole', async () => {
    const sm3 = engine({ implementation: 'wasm', workers: 2 });
    const messages = [0, 1, 2, 3, 4].map((seed) => seededBytes(3 * (1 << 20) + seed * 1001, seed + 10));
    const streams = messages.map(() => sm3.stream());
    const dropped = sm3.stream();
    await dropped.update(messages[0]!.subarray(0, 2 << 20));
    dropped.abandon();
    for (let at = 0; at < messages[4]!.length; at += 300_000) {
      for (const [i, stream] of streams.entries()) await stream.update(messages[i]!.subarray(at, at + 300_000));
    }
    expect(await Promise.all(streams.map((stream) => stream.digest()))).toEqual(messages.map(openssl));
  });
});
