import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleManifestSchema, type BundleManifest } from '../../../../shared/exchange/manifest';
import { entryDataAt } from '../../../support/bundles';
import { databaseDigest, sampleProject } from '../../../support/services';
import { install, PASSPHRASE, reviewOffice, seededBytes, trustEachOther, unitOffice, type OfficeInstall } from '../../../support/exchange';

/** Filings, decisions and policy updates are encrypted to their recipient: SM4-CTR content, the key wrapped with SM2. */
let unit: OfficeInstall;
let review: OfficeInstall;
beforeEach(async () => {
  unit = await install(unitOffice, undefined, { encrypt: true });
  review = await install(reviewOffice, undefined, { encrypt: true });
  trustEachOther(unit, review);
});
afterEach(() => (unit.close(), review.close()));

const unzip = (bundle: string, name: string) => spawnSync('unzip', ['-p', bundle, name]).stdout as Buffer;
const manifestOf = (bundle: string): BundleManifest => bundleManifestSchema.parse(JSON.parse(unzip(bundle, 'manifest.json').toString('utf8')));

async function fileOne(name = '淅川县政务云扩容项目') {
  const project = unit.services.projects.create(sampleProject({ name }));
  const scan = Buffer.concat([Buffer.from('%PDF-1.7\n'), seededBytes(300_000, 4)]);
  const text = Buffer.from('可行性研究报告：建设内容、预算和安全评估。\n'.repeat(2000), 'utf8');
  await unit.services.filings.attachBytes(project.id, '初步设计方案.pdf', scan, { materialCode: 'preliminaryDesign' });
  await unit.services.filings.attachBytes(project.id, '可研报告.txt', text);
  const submitted = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
  return { project, scan, text, file: submitted.file };
}

describe('bundles encrypted to the recipient', () => {
  it('a filing travels encrypted (signed manifest in clear, every entry SM4 ciphertext with its own IV) and imports with the passphrase, attachments readable', async () => {
    const { project, scan, text, file } = await fileOne();
    const manifest = manifestOf(file);
    const reviewKey = review.services.exchange.keys.status().active!;
    expect(manifest.encryption).toMatchObject({ content: 'SM4-CTR', keyWrap: 'SM2', recipientKeyId: reviewKey.keyId });
    expect(new Set(manifest.entries.map((entry) => entry.iv)).size).toBe(manifest.entries.length);
    for (const entry of manifest.entries) {
      expect(entry.packed).toBeUndefined();
      const stored = unzip(file, entry.name);
      expect(stored.length).toBe(entry.size);
    }
    // Nothing of the content is readable in the file: not the project's name, not the documents.
    const raw = readFileSync(file);
    expect(raw.includes(Buffer.from('淅川县政务云扩容项目'))).toBe(false);
    expect(raw.includes(text.subarray(0, 60))).toBe(false);
    expect(raw.includes(scan.subarray(100, 200))).toBe(false);

    const received = await review.services.filings.importBundle(file, undefined, PASSPHRASE);
    expect(received.projects.map((item) => item.projectName)).toEqual(['淅川县政务云扩容项目']);
    const documents = review.services.filings.views.forProject(project.id).attachments;
    expect(documents.map((item) => item.fileName).sort()).toEqual(['初步设计方案.pdf', '可研报告.txt']);
    for (const document of documents) {
      const saved = await review.services.filings.saveAttachment(document.id);
      expect(readFileSync(saved.savedPath).equals(document.fileName.endsWith('.pdf') ? scan : text)).toBe(true);
    }
  });

  it('without the passphrase, with a wrong one, or to a key this office no longer has: a clear message, and nothing changes', async () => {
    const { file } = await fileOne();
    const before = databaseDigest(review.services);
    // Without the key, everything but the content verifies (the inbox lists it as ready); the import asks for the passphrase.
    const checked = await review.services.exchange.verify(file);
    expect(checked.payload).toBeNull();
    expect(checked.manifest.payloadType).toBe('filing');
    await expect(review.services.filings.importBundle(file)).rejects.toThrow('此数据包的内容已加密给本单位：请输入本单位私钥口令后再导入。');
    await expect(review.services.filings.importBundle(file, undefined, '不是这个口令-2026')).rejects.toMatchObject({
      code: 'wrongPassphrase',
      message: '口令不正确，无法解锁本单位私钥，数据包未解密，也未导入任何内容。请核对口令（区分大小写）后重试。',
    });
    expect(databaseDigest(review.services)).toBe(before);

    // The review office reinstalled (a new key, the old one lost): the bundle was encrypted to the lost key.
    const reinstalled = await install(reviewOffice, undefined, { encrypt: true });
    try {
      const unitKey = unit.services.exchange.keys.exportPublic();
      reinstalled.services.exchange.trust.add(unitKey.text, unitKey.fingerprint);
      const untouched = databaseDigest(reinstalled.services);
      await expect(reinstalled.services.filings.importBundle(file, undefined, PASSPHRASE)).rejects.toMatchObject({
        code: 'notFound',
        message: expect.stringContaining('本机没有这把私钥，无法解密'),
      });
      expect(databaseDigest(reinstalled.services)).toBe(untouched);
    } finally {
      reinstalled.close();
    }
    // The genuine recipient still imports it afterwards.
    await review.services.filings.importBundle(file, undefined, PASSPHRASE);
  });

  it('a changed byte of ciphertext is refused by its SM3 before anything is decrypted; a changed IV or wrapped key by the signature', async () => {
    const { file } = await fileOne();
    const original = readFileSync(file);
    const before = databaseDigest(review.services);
    const scan = manifestOf(file).entries.find((entry) => entry.name.endsWith('.pdf'))!;
    const data = entryDataAt(original, scan.name);
    const flipped = Buffer.from(original);
    flipped[data.at + 1000]! ^= 0x01;
    writeFileSync(file, flipped);
    await expect(review.services.filings.importBundle(file, undefined, PASSPHRASE)).rejects.toMatchObject({ reason: 'digestMismatch' });
    for (const field of ['"iv": "', '"wrappedKey": "30']) {
      const changed = Buffer.from(original);
      const at = changed.indexOf(field) + field.length;
      changed[at] = changed[at] === 0x61 ? 0x62 : 0x61;
      writeFileSync(file, changed);
      await expect(review.services.filings.importBundle(file, undefined, PASSPHRASE)).rejects.toMatchObject({ reason: 'signatureInvalid' });
    }
    expect(databaseDigest(review.services)).toBe(before);
  });

  it('a bundle encrypted to a key the recipient has since rotated opens with that key\'s passphrase', async () => {
    const { file } = await fileOne();
    await review.services.exchange.keys.rotate(PASSPHRASE, '新口令-淅川-2027');
    await expect(review.services.filings.importBundle(file, undefined, '新口令-淅川-2027')).rejects.toThrow('口令不正确，无法解锁本单位已更换前的旧私钥');
    const received = await review.services.filings.importBundle(file, undefined, PASSPHRASE);
    expect(received.projects).toHaveLength(1);
  });

  it('receipts stay in clear; a bundle in clear (made before encryption) still verifies and imports', async () => {
    const { file } = await fileOne();
    const received = await review.services.filings.importBundle(file, undefined, PASSPHRASE);
    expect(received.digest).toBe(manifestDigest(file));
    const receipt = await review.services.filings.acknowledgements.send(received.digest, PASSPHRASE);
    expect(manifestOf(receipt.file).encryption).toBeUndefined();
    expect(manifestOf(receipt.file).entries.every((entry) => entry.iv === undefined)).toBe(true);
    await unit.services.filings.importBundle(receipt.file);

    const clear = await unit.services.exchange.exportBundle({
      file: join(unit.dir, 'clear.gvbundle'), recipientCode: reviewOffice.code, payloadType: 'filing', encrypt: false, signer: { passphrase: PASSPHRASE },
      payload: { unit: { officeCode: unitOffice.code, officeName: unitOffice.name }, regulation: 'xichuan-2025', projects: [{ filing: { version: 1, filedAt: '2026-11-20T09:00:00.000+08:00' }, facts: { project: { ...sampleProject({ name: '明文报送的项目' }), id: '0190a000-0000-7000-8000-0000000000aa', createdAt: '2026-03-01T09:00:00.000+08:00', updatedAt: '2026-03-01T09:00:00.000+08:00', version: 1 } }, history: [], attachments: [] }] },
    });
    expect(manifestOf(clear.file).encryption).toBeUndefined();
    expect((await review.services.filings.importBundle(clear.file)).projects.map((item) => item.projectName)).toEqual(['明文报送的项目']);
  });
});

function manifestDigest(file: string): string {
  const bytes = unzip(file, 'manifest.json');
  return spawnSync('openssl', ['dgst', '-sm3', '-r'], { input: bytes }).stdout.toString().slice(0, 64);
}
