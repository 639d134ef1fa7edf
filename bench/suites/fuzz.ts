import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filingPayload, makeAttachments, pair, PASSPHRASE, reviewOffice } from '../../test/support/exchange';
import { databaseDigest } from '../../test/support/services';
import { fuzzBytes, fuzzSignedPayloads, type FuzzTally } from '../fuzz';
import { timeAsync, type BenchRow } from '../stats';

/**
 * `npm run bench -- fuzz [--cases N] [--signed N] [--seed N]`: the exchange
 * fuzzer at full size (bench/fuzz.ts; the test suite runs a seeded slice).
 * 10,000 byte mutations of a genuine bundle: how many were accepted (must be
 * 0) and whether the review office's database changed; then signed JSON
 * mutations: every one that verifies must also import.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

function reasons(tally: FuzzTally): string {
  return [...tally.reasons].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `${reason} ${count}`).join(', ');
}

export async function fuzzSuite(): Promise<BenchRow[]> {
  const byteCases = option('cases', 10_000);
  const signedCases = option('signed', 1_000);
  const seed = option('seed', 20261207);
  const offices = await pair();
  try {
    const attachments = makeAttachments(join(offices.unit.dir, 'files'), [{ kind: 'pdf', bytes: 3_000 }, { kind: 'txt', bytes: 4_000 }]);
    const file = join(offices.unit.dir, 'valid.gvbundle');
    await offices.unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(2, attachments), attachments, signer: { passphrase: PASSPHRASE } });
    await offices.review.services.exchange.verify(file); // the genuine bundle verifies

    const before = databaseDigest(offices.review.services);
    const bytes = await timeAsync(() => fuzzBytes(offices.review, readFileSync(file), { cases: byteCases, seed }));
    const unchanged = databaseDigest(offices.review.services) === before;
    console.error(`byte mutations, refusals by reason: ${reasons(bytes.value)}`);
    for (const line of [...bytes.value.accepted, ...bytes.value.crashed].slice(0, 20)) console.error(`  ${line}`);

    const signer = await offices.unit.services.exchange.keys.unlock(PASSPHRASE);
    const signed = await timeAsync(() => fuzzSignedPayloads(offices.unit, offices.review, signer, { cases: signedCases, seed }));
    console.error(`signed JSON mutations, refusals by reason: ${reasons(signed.value)}`);
    for (const line of [...signed.value.crashed, ...signed.value.importRefused, ...signed.value.changedOnRefusal].slice(0, 20)) console.error(`  ${line}`);

    const row = (name: string, value: number, unit: string, target?: string, met?: boolean): BenchRow => ({ suite: 'fuzz', name, value, unit, target, met });
    return [
      row(`byte mutations of a genuine bundle (seed ${seed})`, bytes.value.cases, 'bundles', '≥ 10000', bytes.value.cases >= 10_000),
      row('  accepted', bytes.value.accepted.length, 'bundles', '0', bytes.value.accepted.length === 0),
      row('  not a BundleRefusal (crash)', bytes.value.crashed.length, 'bundles', '0', bytes.value.crashed.length === 0),
      row('  review database digest unchanged', unchanged ? 1 : 0, '1 = yes', '1', unchanged),
      row('  verification rate', bytes.value.cases / (bytes.ms / 1000), 'bundles/s'),
      row('signed JSON mutations', signed.value.cases, 'bundles'),
      row('  verified, and imported', signed.value.accepted.length, 'bundles'),
      row('  verified, then failed to import', signed.value.crashed.length + signed.value.importRefused.length, 'bundles', '0', signed.value.crashed.length + signed.value.importRefused.length === 0),
      row('  refused, database changed anyway', signed.value.changedOnRefusal.length, 'bundles', '0', signed.value.changedOnRefusal.length === 0),
    ];
  } finally {
    offices.close();
  }
}
