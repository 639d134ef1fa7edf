import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/rpc/dispatch';
import { renderPublicKeyFile, rotationStatement } from '../../../../electron/services/exchange/key-file';
import type { Signer } from '../../../../electron/services/exchange/keys';
import { craftBundle } from '../../../support/bundles';
import { filingPayload, pair, PASSPHRASE, reviewOffice, unitOffice } from '../../../support/exchange';
import { databaseDigest } from '../../../support/services';

/**
 * Which bundles a key may still sign is decided by the receiver's records (the
 * signed rotation statement's last sequence, what it accepted when it revoked
 * the key), never by the date the signer writes into the manifest.
 */
let offices: Awaited<ReturnType<typeof pair>>;
let counter = 0;
beforeEach(async () => {
  offices = await pair();
});
afterEach(() => offices.close());

const NEW_PASSPHRASE = '新口令-2027-淅川';
const ROTATED_AT = '2026-11-24T09:30:00.000+08:00';

/** A genuine filing bundle from the unit (its active key, or the given signer). */
async function send(signer: Signer | { passphrase: string } = { passphrase: PASSPHRASE }): Promise<string> {
  const file = join(offices.unit.dir, `bundle-${(counter += 1)}.gvbundle`);
  await offices.unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(1), signer });
  return file;
}

/** A bundle made by whoever holds `signer`, saying what they like. */
function forge(signer: Signer, fields: Record<string, unknown>): string {
  const file = join(offices.unit.dir, `forged-${(counter += 1)}.gvbundle`);
  craftBundle(file, { from: unitOffice, to: reviewOffice, signer, payload: filingPayload(1), manifest: (manifest) => ({ ...manifest, ...fields }) });
  return file;
}

const importAtReview = (file: string) => offices.review.services.filings.importBundle(file);

/** Imports the file expecting a refusal with `reason`, and checks that nothing changed. */
async function expectRefused(file: string, reason: string, says?: RegExp): Promise<void> {
  const before = databaseDigest(offices.review.services);
  await expect(importAtReview(file)).rejects.toMatchObject({ reason, ...(says ? { message: expect.stringMatching(says) } : {}) });
  expect(databaseDigest(offices.review.services)).toBe(before);
}

async function rotateAndAccept(): Promise<void> {
  await offices.unit.services.exchange.keys.rotate(PASSPHRASE, NEW_PASSPHRASE);
  offices.review.services.exchange.trust.acceptRotation(offices.unit.services.exchange.keys.exportPublic().text);
}

describe('a rotated-out key', () => {
  it('a backdated bundle by a rotated-out key is refused, and the link is not jammed afterwards', async () => {
    const first = await importAtReview(await send());
    const oldKey = await offices.unit.services.exchange.keys.unlock(PASSPHRASE);
    await rotateAndAccept();
    // The attack from issue 15: created just before the rotation, a large sequence, an expiry in 9999.
    const backdated = { sequence: 900, previousDigest: first.digest, createdAt: '2026-11-24T09:29:59.000+08:00', expiresAt: '9999-12-31T23:59:59.000+08:00' };
    await expectRefused(forge(oldKey, backdated), 'keyRotated', /最后一个数据包是第 1 号.*第 900 号/);
    // Within every other limit (next number, chained, 60 days): still the old key, still refused.
    await expectRefused(forge(oldKey, { ...backdated, sequence: 2, expiresAt: '2027-01-20T09:29:59.000+08:00' }), 'keyRotated');
    // The next genuine bundle, on the new key, is taken as number 2 and chains to number 1.
    const next = await importAtReview(await send({ passphrase: NEW_PASSPHRASE }));
    expect(next).toMatchObject({ sequence: 2, gap: null });
    expect((await importAtReview(await send({ passphrase: NEW_PASSPHRASE }))).sequence).toBe(3);
  });

  it('still signs the bundles it made before the rotation, on their way: up to the last sequence the statement names', async () => {
    await importAtReview(await send());
    const onTheWay = [await send(), await send()];
    await rotateAndAccept();
    expect(offices.review.services.exchange.trust.list().find((key) => key.status === 'rotated')).toMatchObject({ validThroughSequence: 3 });
    for (const file of onTheWay) await importAtReview(file);
    expect((await importAtReview(await send({ passphrase: NEW_PASSPHRASE }))).sequence).toBe(4);
  });

  it('names the last sequence per link in the signed statement; a changed number breaks the signature', async () => {
    await send();
    await send();
    await offices.unit.services.exchange.keys.rotate(PASSPHRASE, NEW_PASSPHRASE);
    const { text } = offices.unit.services.exchange.keys.exportPublic();
    expect(text).toContain(`# Rotated-Last: ${reviewOffice.code}:2\n`);
    expect(() => offices.review.services.exchange.trust.acceptRotation(text.replace(`${reviewOffice.code}:2`, `${reviewOffice.code}:9`))).toThrow('轮换签名验证失败');
    expect(() => offices.review.services.exchange.trust.acceptRotation(text.replace(`# Rotated-Last: ${reviewOffice.code}:2\n`, ''))).toThrow('轮换签名验证失败');
    expect(() => offices.review.services.exchange.trust.acceptRotation(text.replace(`${reviewOffice.code}:2`, `${reviewOffice.code}:02`))).toThrow('Rotated-Last 格式无效');
    expect(offices.review.services.exchange.trust.acceptRotation(text)).toMatchObject({ status: 'active' });
  });

  it('an export still writing with the old key when it was rotated is refused as it records, and leaves no file', async () => {
    const oldKey = await offices.unit.services.exchange.keys.unlock(PASSPHRASE);
    await offices.unit.services.exchange.keys.rotate(PASSPHRASE, NEW_PASSPHRASE);
    const file = join(offices.unit.dir, 'late.gvbundle');
    await expect(offices.unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(1), signer: oldKey })).rejects.toThrow(/已被轮换或吊销/);
    expect(existsSync(file)).toBe(false);
    expect(offices.unit.services.exchange.links.nextOutgoing(unitOffice.code, reviewOffice.code).sequence).toBe(1);
  });

  it('a rotation made before statements named sequences (v1) leaves the old key only what this office had accepted', async () => {
    await importAtReview(await send());
    const onTheWay = await send();
    const oldKey = await offices.unit.services.exchange.keys.unlock(PASSPHRASE);
    // A v1 file, as an older version wrote it: the same key pair, the statement without its last line.
    await offices.unit.services.exchange.keys.rotate(PASSPHRASE, NEW_PASSPHRASE);
    const fresh = offices.unit.services.exchange.keys.status().active!;
    const signature = Buffer.from(oldKey.sign(rotationStatement(unitOffice.code, oldKey.keyId, fresh.keyId, ROTATED_AT, null))).toString('hex');
    const v1 = renderPublicKeyFile({ officeName: unitOffice.name, officeCode: unitOffice.code, role: 'unit', publicKeyHex: fresh.publicKeyHex, createdAt: ROTATED_AT, rotation: { fromKeyId: oldKey.keyId, at: ROTATED_AT, signature, last: null } });
    expect(offices.review.services.exchange.trust.acceptRotation(v1)).toMatchObject({ status: 'active' });
    expect(offices.review.services.exchange.trust.byKeyId(oldKey.keyId)).toMatchObject({ status: 'rotated', validThroughSequence: 1 });
    await expectRefused(onTheWay, 'keyRotated');
  });
});

describe('a revoked key', () => {
  it('is accepted only at or below the last sequence accepted when it was revoked: a missing bundle may still come in', async () => {
    await importAtReview(await send());
    const missing = await send();
    await importAtReview(await send());
    const oldKey = await offices.unit.services.exchange.keys.unlock(PASSPHRASE);
    const [key] = offices.review.services.exchange.trust.list();
    expect(offices.review.services.exchange.trust.revoke(key!.keyId, '对方电话告知密钥电脑丢失')).toMatchObject({ status: 'revoked', validThroughSequence: 3 });
    await expectRefused(forge(oldKey, { sequence: 4 }), 'keyRevoked', /第 3 号及以前.*第 4 号/);
    expect(await importAtReview(missing)).toMatchObject({ sequence: 2, gap: null });
  });

  it('is accepted only up to the number the other office states on the phone, when given', async () => {
    await importAtReview(await send());
    const missing = await send();
    await importAtReview(await send());
    const [key] = offices.review.services.exchange.trust.list();
    expect(() => offices.review.services.exchange.trust.revoke(key!.keyId, '泄露', -1)).toThrow(/序号应为 0 或正整数/);
    offices.review.services.exchange.trust.revoke(key!.keyId, '对方电话告知：第 1 号之后的都不是本单位发出的', 1);
    await expectRefused(missing, 'keyRevoked', /第 1 号及以前.*第 2 号/);
  });

  it('takes the stated number through the contract too (IPC, bridge), and refuses a bad one there changing nothing', async () => {
    await importAtReview(await send());
    const missing = await send();
    await importAtReview(await send());
    const [key] = offices.review.services.exchange.trust.list();
    const call = createDispatcher(offices.review.services.handlers, () => undefined);
    const before = databaseDigest(offices.review.services);
    const bad = await call('trust.revoke', { keyId: key!.keyId, reason: '泄露', lastSequence: -1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'lastSequence', message: expect.stringMatching(/0 或正整数/) }] } });
    expect(databaseDigest(offices.review.services)).toBe(before);
    expect(await call('trust.revoke', { keyId: key!.keyId, reason: '对方电话告知：第 1 号之后的都不是本单位发出的', lastSequence: 1 }))
      .toMatchObject({ ok: true, value: { status: 'revoked', validThroughSequence: 1 } });
    await expectRefused(missing, 'keyRevoked', /第 1 号及以前.*第 2 号/);
  });
});

describe('sequence and validity caps', () => {
  it('refuses a sequence more than 1,000 past the last accepted, and takes one exactly 1,000 past', async () => {
    const signer = await offices.unit.services.exchange.keys.unlock(PASSPHRASE);
    await expectRefused(forge(signer, { sequence: 1001 }), 'sequenceJump', /多出 1001，超过允许的 1000/);
    expect(await importAtReview(forge(signer, { sequence: 1000 }))).toMatchObject({ sequence: 1000, gap: { from: 1, to: 999 } });
  });

  it('refuses a validity over 180 days, takes exactly 180, and the exporter will not write a longer one', async () => {
    const signer = await offices.unit.services.exchange.keys.unlock(PASSPHRASE);
    const createdAt = '2026-11-24T09:30:00.000+08:00';
    await expectRefused(forge(signer, { createdAt, expiresAt: '2027-05-23T09:30:00.001+08:00' }), 'validityTooLong', /超过 180 天/);
    expect(await importAtReview(forge(signer, { createdAt, expiresAt: '2027-05-23T09:30:00.000+08:00' }))).toMatchObject({ sequence: 1 });
    const file = join(offices.unit.dir, 'long.gvbundle');
    await expect(offices.unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(1), signer, expiresInDays: 181 })).rejects.toThrow(/1–180 天/);
    expect(existsSync(file)).toBe(false);
  });
});

describe('the previous-digest chain across a gap', () => {
  it('checks a late bundle against the bundle before it and the one after it, and keeps the link where it was', async () => {
    const signer = await offices.unit.services.exchange.keys.unlock(PASSPHRASE);
    const first = await importAtReview(await send());
    const missing = await send();
    const third = await importAtReview(await send());
    expect(third.gap).toEqual({ from: 2, to: 2 });
    // Number 2 naming number 1 correctly, but not the bundle number 3 names as its previous: a forgery.
    await expectRefused(forge(signer, { sequence: 2, previousDigest: first.digest }), 'chainBroken', /第 3 号数据包所衔接的第 2 号不是这个数据包/);
    // Number 2 not naming number 1.
    await expectRefused(forge(signer, { sequence: 2, previousDigest: 'ab'.repeat(32) }), 'chainBroken', /与本单位接收的第 1 号不一致/);
    expect(await importAtReview(missing)).toMatchObject({ sequence: 2, gap: null });
    // Taken once; and the link still continues after number 3.
    await expectRefused(missing, 'alreadyImported');
    expect(await importAtReview(await send())).toMatchObject({ sequence: 4, gap: null });
  });

  it('checks the next bundle against the previous one whenever it is known', async () => {
    const signer = await offices.unit.services.exchange.keys.unlock(PASSPHRASE);
    const first = await importAtReview(await send());
    await expectRefused(forge(signer, { sequence: 2, previousDigest: 'cd'.repeat(32) }), 'chainBroken', /两边的往来记录出现分叉/);
    expect(await importAtReview(forge(signer, { sequence: 2, previousDigest: first.digest }))).toMatchObject({ sequence: 2 });
  });
});
