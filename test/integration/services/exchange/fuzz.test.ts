import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleRefusal, type BundleRefusalCode } from '../../../../shared/exchange/refusals';
import { filingPayload, makeAttachments, pair, PASSPHRASE, reviewOffice } from '../../../support/exchange';
import { databaseDigest } from '../../../support/services';

/**
 * Random mutations of a valid bundle: bit flips, overwritten, inserted and
 * deleted bytes, truncation, duplicated and swapped ranges, and changes aimed
 * at the ZIP directory. With a seeded PRNG, so a failure is reproducible. None
 * may be accepted, and each must be refused as a BundleRefusal (no crash, no
 * other error), leaving the database as it was.
 */
const CASES = 1_500;
const SEED = 20261124;

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Mutation = (bytes: Buffer, random: () => number) => Buffer;
const int = (random: () => number, below: number) => Math.floor(random() * below);
const randomBytes = (random: () => number, length: number) => Buffer.from(Array.from({ length }, () => int(random, 256)));

const MUTATIONS: [string, number, Mutation][] = [
  ['flip one bit', 35, (bytes, random) => {
    const copy = Buffer.from(bytes);
    const at = int(random, copy.length);
    copy[at] = copy[at]! ^ (1 << int(random, 8));
    return copy;
  }],
  ['overwrite 1–4 bytes', 15, (bytes, random) => {
    const copy = Buffer.from(bytes);
    const at = int(random, copy.length - 4);
    randomBytes(random, 1 + int(random, 4)).copy(copy, at);
    return copy;
  }],
  ['change a byte in the ZIP directory or end record', 15, (bytes, random) => {
    const copy = Buffer.from(bytes);
    const at = copy.length - 1 - int(random, Math.min(600, copy.length));
    copy[at] = (copy[at]! + 1 + int(random, 255)) & 0xff;
    return copy;
  }],
  ['truncate', 8, (bytes, random) => bytes.subarray(0, int(random, bytes.length))],
  ['insert 1–16 bytes', 8, (bytes, random) => {
    const at = int(random, bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, at), randomBytes(random, 1 + int(random, 16)), bytes.subarray(at)]);
  }],
  ['delete 1–16 bytes', 8, (bytes, random) => {
    const at = int(random, bytes.length - 16);
    return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1 + int(random, 16))]);
  }],
  ['duplicate a range', 5, (bytes, random) => {
    const at = int(random, bytes.length - 64);
    return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at, at + 1 + int(random, 64)), bytes.subarray(at)]);
  }],
  ['swap two 8-byte ranges', 6, (bytes, random) => {
    const copy = Buffer.from(bytes);
    const a = int(random, copy.length - 8);
    const b = int(random, copy.length - 8);
    const first = Buffer.from(copy.subarray(a, a + 8));
    copy.copy(copy, a, b, b + 8);
    first.copy(copy, b);
    return copy;
  }],
];
const TOTAL_WEIGHT = MUTATIONS.reduce((sum, [, weight]) => sum + weight, 0);

function pick(random: () => number): [string, Mutation] {
  let roll = random() * TOTAL_WEIGHT;
  for (const [name, weight, mutate] of MUTATIONS) {
    if ((roll -= weight) < 0) return [name, mutate];
  }
  return [MUTATIONS[0]![0], MUTATIONS[0]![2]];
}

let offices: Awaited<ReturnType<typeof pair>>;
let original: Buffer;
beforeAll(async () => {
  offices = await pair();
  const attachments = makeAttachments(join(offices.unit.dir, 'files'), [{ kind: 'pdf', bytes: 3_000 }, { kind: 'txt', bytes: 4_000 }]);
  const file = join(offices.unit.dir, 'valid.gvbundle');
  await offices.unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(2, attachments), attachments, signer: { passphrase: PASSPHRASE } });
  original = readFileSync(file);
});
afterAll(() => offices.close());

describe(`${CASES} random mutations of a valid bundle`, () => {
  it('are all refused, each as a BundleRefusal, and the database is unchanged', { timeout: 120_000 }, async () => {
    const exchange = offices.review.services.exchange;
    const file = join(offices.review.dir, 'mutated.gvbundle');
    writeFileSync(file, original);
    await expect(exchange.verify(file)).resolves.toMatchObject({ manifest: { sequence: 1 } });
    const before = databaseDigest(offices.review.services);
    const random = prng(SEED);
    const reasons = new Map<BundleRefusalCode, number>();
    const accepted: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const [name, mutate] = pick(random);
      const mutated = mutate(original, random);
      if (mutated.equals(original)) continue;
      writeFileSync(file, mutated);
      try {
        await exchange.verify(file);
        accepted.push(`case ${i}: ${name}`);
      } catch (error) {
        if (!(error instanceof BundleRefusal)) throw new Error(`case ${i} (${name}) failed with ${String(error)} instead of a refusal`);
        reasons.set(error.reason, (reasons.get(error.reason) ?? 0) + 1);
      }
    }
    expect(accepted).toEqual([]);
    expect([...reasons.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1_000);
    expect(databaseDigest(offices.review.services)).toBe(before);
    console.log('refusals by reason:', Object.fromEntries([...reasons].sort((a, b) => b[1] - a[1])));
  });
});
