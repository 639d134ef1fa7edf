import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Signer } from '../../../../electron/services/exchange/keys';
import { craftBundle, type Crafted } from '../../../support/bundles';
import { documentText, filingPayload, pair, PASSPHRASE, reviewOffice } from '../../../support/exchange';
import { databaseDigest } from '../../../support/services';

/**
 * What verifies must also import: the payload's JSON is read strictly (no
 * duplicate keys) and bounded (depth, strings, arrays) before any schema or
 * import code recurses over it. Issue 15: 10,000 nested arrays in a history
 * value verified as ready, then the import died with a RangeError.
 */
let offices: Awaited<ReturnType<typeof pair>>;
let signer: Signer;
beforeEach(async () => {
  offices = await pair();
  signer = await offices.unit.services.exchange.keys.unlock(PASSPHRASE);
});
afterEach(() => offices.close());

const file = (name: string) => join(offices.unit.dir, name);
const craft = (name: string, crafted: Partial<Crafted>) => {
  craftBundle(file(name), { from: offices.unit.office, to: offices.review.office, signer, payload: filingPayload(1), ...crafted });
  return file(name);
};
const backups = () => {
  const dir = join(offices.review.dir, 'backups');
  return existsSync(dir) ? readdirSync(dir).length : 0;
};

/** A filing whose one project carries one history entry, changed by `change`. */
function filingWithHistory(change: Record<string, unknown>, actor = '张三'): ReturnType<typeof filingPayload> {
  const payload = filingPayload(1);
  const project = payload.projects[0]!;
  project.history = [{ seq: 1, at: '2026-11-20T09:00:00.000+08:00', actor, entityType: 'project', entityId: project.facts.project.id, action: 'update', changes: [{ field: 'description', ...change } as never] }];
  return payload;
}

function nested(depth: number): unknown {
  let value: unknown = '底';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Verifying and importing both refuse with `reason`, and the review office is as it was: no row, no backup. */
async function refusedEverywhere(bundle: string, reason: string, says: RegExp): Promise<void> {
  const review = offices.review.services;
  const before = databaseDigest(review);
  const backupsBefore = backups();
  await expect(review.exchange.verify(bundle)).rejects.toMatchObject({ reason, message: expect.stringMatching(says) });
  await expect(review.filings.importBundle(bundle)).rejects.toMatchObject({ reason });
  expect(databaseDigest(review)).toBe(before);
  expect(backups()).toBe(backupsBefore);
}

describe('payload bounds: what verifies, imports', () => {
  it('deep nesting is refused at verify', async () => {
    // 10,000 nested arrays in a history value, as in the issue (JSON.parse reads it; JSON.stringify at the import cannot).
    const deepText = JSON.stringify(filingWithHistory({ after: 'PLACEHOLDER' })).replace('"PLACEHOLDER"', `${'['.repeat(10_000)}1${']'.repeat(10_000)}`);
    await refusedEverywhere(craft('deep.gvbundle', { payload: deepText }), 'payloadInvalid', /嵌套超过 32 层/);
    // Shallow enough for the reading, too deep for a history value's schema.
    await refusedEverywhere(craft('deep20.gvbundle', { payload: filingWithHistory({ after: nested(20) }) }), 'payloadInvalid', /修改后的值嵌套超过 8 层/);
    // The writer refuses what the reader would: the unit cannot export it.
    await expect(offices.unit.services.exchange.exportBundle({ file: file('out.gvbundle'), recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingWithHistory({ after: nested(20) }), signer }))
      .rejects.toMatchObject({ code: 'validation' });
    expect(existsSync(file('out.gvbundle'))).toBe(false);
  });

  it('a history value a few levels deep still verifies and imports', async () => {
    const bundle = craft('ok.gvbundle', { payload: filingWithHistory({ before: { events: [{ kind: 'x', clauses: ['a'] }] }, after: nested(6) }) });
    await expect(offices.review.services.exchange.verify(bundle)).resolves.toMatchObject({ manifest: { sequence: 1 } });
    await expect(offices.review.services.filings.importBundle(bundle)).resolves.toMatchObject({ projects: [expect.anything()] });
  });

  it('text fields have a length limit: a 1 MB actor and a 200-character actor are refused', async () => {
    await refusedEverywhere(craft('actor10m.gvbundle', { payload: filingWithHistory({ after: 1 }, documentText(1024 * 1024).toString('utf8')) }), 'payloadInvalid', /字符串超过 65536 个字符.*actor/);
    await refusedEverywhere(craft('actor200.gvbundle', { payload: filingWithHistory({ after: 1 }, '张'.repeat(200)) }), 'payloadInvalid', /操作人不能超过 100 个字/);
    await refusedEverywhere(craft('long-after.gvbundle', { payload: filingWithHistory({ after: 'x'.repeat(20_000) }) }), 'payloadInvalid', /修改后的值字符串超过 10000 个字符/);
  });

  it('a free-text fact the register leaves unbounded is bounded in a bundle', async () => {
    const payload = filingPayload(1);
    (payload.projects[0]!.facts as Record<string, unknown>).compliance = { inventoryEntry: { systemName: documentText(40_000).toString('utf8') } };
    await refusedEverywhere(craft('facts-text.gvbundle', { payload }), 'payloadInvalid', /项目信息中字符串超过 10000 个字符/);
  });

  it('duplicate keys are refused', async () => {
    // In payload.json: the second "regulation" would win in JSON.parse.
    const payloadText = JSON.stringify(filingPayload(1)).replace('"regulation":"xichuan-2025"', '"regulation":"xichuan-2025","regulation":"heze-2021"');
    await refusedEverywhere(craft('dup-payload.gvbundle', { payload: payloadText }), 'payloadNotJson', /payload\.json 中键 "regulation" 出现了两次/);

    // In manifest.json, signed as it is: a second "sequence", written with an escape so the texts differ.
    let manifest: Record<string, unknown> = {};
    craft('capture.gvbundle', { manifest: (value) => (manifest = value) });
    const manifestText = JSON.stringify(manifest).replace('"sequence":1,', '"sequence":1,"\\u0073equence":7,');
    expect(manifestText).toContain('u0073equence');
    await refusedEverywhere(craft('dup-manifest.gvbundle', { manifestBytes: Buffer.from(manifestText) }), 'manifestNotJson', /manifest\.json 中键 "sequence" 出现了两次/);
  });
});

describe('a filing that verifies imports', () => {
  it('the same project twice in one filing is refused at verify (the import would refuse its second copy)', async () => {
    const payload = filingPayload(1);
    payload.projects.push(structuredClone(payload.projects[0]!));
    await refusedEverywhere(craft('twice.gvbundle', { payload }), 'payloadInvalid', /在同一次报送中出现了两次/);
  });
});
