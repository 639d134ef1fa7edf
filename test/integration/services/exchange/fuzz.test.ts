import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzzBytes, fuzzSignedPayloads } from '../../../../bench/fuzz';
import { filingPayload, makeAttachments, pair, PASSPHRASE, reviewOffice } from '../../../support/exchange';
import { databaseDigest } from '../../../support/services';

/**
 * A seeded slice of the exchange fuzzer (bench/fuzz.ts; `npm run bench -- fuzz`
 * runs ≥ 10,000 bundles). Byte mutations of a genuine bundle are never
 * accepted; signed JSON mutations that verify also import.
 */
const BYTE_CASES = 1_500;
const SIGNED_CASES = 150;
const SEED = 20261124;

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

describe('the exchange fuzzer, seeded slice', () => {
  it(`${BYTE_CASES} random byte mutations of a valid bundle are all refused, each as a BundleRefusal, and the database is unchanged`, { timeout: 180_000 }, async () => {
    const exchange = offices.review.services.exchange;
    await expect(exchange.verify(join(offices.unit.dir, 'valid.gvbundle'))).resolves.toMatchObject({ manifest: { sequence: 1 } });
    const before = databaseDigest(offices.review.services);
    const tally = await fuzzBytes(offices.review, original, { cases: BYTE_CASES, seed: SEED });
    expect(tally.crashed).toEqual([]);
    expect(tally.accepted).toEqual([]);
    expect([...tally.reasons.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(1_000);
    expect(databaseDigest(offices.review.services)).toBe(before);
  });

  it(`every bundle the fuzzer gets accepted also imports (${SIGNED_CASES} signed JSON mutations)`, { timeout: 300_000 }, async () => {
    const signer = await offices.unit.services.exchange.keys.unlock(PASSPHRASE);
    const tally = await fuzzSignedPayloads(offices.unit, offices.review, signer, { cases: SIGNED_CASES, seed: SEED });
    // No verification or import ends in anything but a refusal or a finished import.
    expect(tally.crashed).toEqual([]);
    expect(tally.changedOnRefusal).toEqual([]);
    expect(tally.importRefused).toEqual([]);
    // The slice exercises both sides: mutations that stay valid (and import), and ones refused for their JSON.
    expect(tally.accepted.length).toBeGreaterThan(5);
    expect(tally.reasons.get('payloadInvalid') ?? 0).toBeGreaterThan(10);
    expect(tally.reasons.get('payloadNotJson') ?? 0).toBeGreaterThan(3);
    expect(tally.accepted.length + [...tally.reasons.values()].reduce((sum, count) => sum + count, 0)).toBe(SIGNED_CASES);
  });
});
