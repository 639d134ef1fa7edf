import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { open } from 'node:fs/promises';
import { zipStructure } from '../../../../electron/services/exchange/zip/layout';
import { readZipDirectory } from '../../../../electron/services/exchange/zip/reader';
import { DEFAULT_BUNDLE_LIMITS } from '../../../../shared/exchange/limits';
import { PAYLOAD_SCHEMAS } from '../../../../shared/exchange/payloads';
import { databaseDigest } from '../../../support/services';
import { documentText, filingPayload, install, makeAttachments, pair, PASSPHRASE, reviewOffice, seededBytes, trustEachOther, unitOffice } from '../../../support/exchange';

let offices: Awaited<ReturnType<typeof pair>>;
beforeEach(async () => {
  offices = await pair();
});
afterEach(() => offices.close());

const sm3 = (bytes: Buffer) => createHash('sm3').update(bytes).digest('hex');

async function exportFiling(name: string, projects = 3) {
  const dir = join(offices.unit.dir, 'files');
  const attachments = makeAttachments(dir, [{ kind: 'pdf', bytes: 300_000 }, { kind: 'txt', bytes: 200_000 }, { kind: 'pdf', bytes: 9 }]);
  const payload = filingPayload(projects, attachments);
  const file = join(offices.unit.dir, name);
  const written = await offices.unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload, attachments, signer: { passphrase: PASSPHRASE } });
  return { file, written, attachments, payload };
}

describe('a bundle from one office to the other', () => {
  it('verifies at the recipient, giving back the manifest and the payload, and writes nothing', async () => {
    const { file, written, attachments, payload } = await exportFiling('filing.gvbundle');
    const before = databaseDigest(offices.review.services);
    const verified = await offices.review.services.exchange.verify(file);
    expect(databaseDigest(offices.review.services)).toBe(before);
    expect(verified.digest).toBe(written.digest);
    expect(verified.manifest).toMatchObject({ sequence: 1, payloadType: 'filing', sender: { officeCode: unitOffice.code }, recipient: { officeCode: reviewOffice.code } });
    expect(verified.payload).toEqual({ type: 'filing', payload: PAYLOAD_SCHEMAS.filing.parse(payload) });
    expect(verified.gap).toBeNull();
    for (const attachment of attachments) {
      expect(verified.manifest.entries.find((entry) => entry.name === attachment.entry)).toMatchObject({ sm3: sm3(readFileSync(attachment.path)), size: readFileSync(attachment.path).length });
    }
  });

  it('has a ZIP structure that follows from its entries: rebuilt from them and their data, the file is the same byte for byte', async () => {
    const { file } = await exportFiling('filing.gvbundle');
    const original = readFileSync(file);
    const handle = await open(file, 'r');
    const entries = await readZipDirectory(handle, original.length, DEFAULT_BUNDLE_LIMITS).finally(() => handle.close());
    const rebuilt = Buffer.alloc(original.length, 0xee);
    for (const entry of entries) original.copy(rebuilt, entry.dataOffset, entry.dataOffset, entry.dataOffset + entry.packedSize);
    for (const part of zipStructure(entries.map((entry) => ({ ...entry, name: entry.rawName })))) part.bytes.copy(rebuilt, part.at);
    expect(rebuilt.equals(original)).toBe(true);
  });

  it('stores already-compressed files and deflates text', async () => {
    const { written } = await exportFiling('filing.gvbundle');
    const byName = new Map(written.manifest.entries.map((entry) => [entry.name, entry]));
    expect(byName.get('attachments/a0.pdf')!.packed).toBeUndefined();
    expect(byName.get('attachments/a1.txt')!.packed!.size).toBeLessThan(200_000 / 2);
    expect(byName.get('payload.json')!.packed).toBeDefined();
  });

  it('stores a file that deflates beyond 100× (a blank bitmap), streams large files through reused buffers intact, and verifies them', async () => {
    const dir = join(offices.unit.dir, 'files');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'blank.bmp'), Buffer.alloc(3 << 20, 0xff));
    writeFileSync(join(dir, 'long.txt'), documentText(6 << 20, 9));
    writeFileSync(join(dir, 'scan.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), seededBytes(5 << 20, 4)]));
    const attachments = ['blank.bmp', 'long.txt', 'scan.pdf'].map((name) => ({ entry: `attachments/${name}`, path: join(dir, name) }));
    const file = join(offices.unit.dir, 'mixed.gvbundle');
    const written = await offices.unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(1, attachments), attachments, signer: { passphrase: PASSPHRASE } });
    const byName = new Map(written.manifest.entries.map((entry) => [entry.name, entry]));
    expect(byName.get('attachments/blank.bmp')!.packed).toBeUndefined();
    expect(byName.get('attachments/long.txt')!.packed!.size).toBeLessThan((6 << 20) / 2);
    for (const { entry, path } of attachments) expect(byName.get(entry)!.sm3).toBe(sm3(readFileSync(path)));
    await expect(offices.review.services.exchange.verify(file)).resolves.toMatchObject({ digest: written.digest });
  });

  it('is a standard ZIP: yauzl and unzip read it and agree on every entry', async () => {
    const { file, written } = await exportFiling('filing.gvbundle');
    expect(spawnSync('unzip', ['-tq', file]).status).toBe(0);
    const read = new Map<string, string>();
    const zip = await yauzl.openPromise(file, { lazyEntries: true });
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        void zip.openReadStreamPromise(entry).then(async (stream) => {
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          read.set(entry.fileName, sm3(Buffer.concat(chunks)));
          zip.readEntry();
        }, reject);
      });
      zip.on('end', resolve);
      zip.on('error', reject);
      zip.readEntry();
    });
    expect([...read.keys()]).toEqual([...written.manifest.entries.map((entry) => entry.name), 'manifest.json', 'manifest.sig']);
    for (const entry of written.manifest.entries) {
      expect(read.get(entry.name)).toBe(entry.sm3);
      expect(sm3(spawnSync('unzip', ['-p', file, entry.name]).stdout)).toBe(entry.sm3);
    }
  });

  it('is summarised through the contract', async () => {
    const { file, written } = await exportFiling('filing.gvbundle');
    const summary = await offices.review.services.handlers['bundle.verify']({ file });
    expect(summary).toMatchObject({ digest: written.digest, sequence: 1, payloadType: 'filing', items: 3, entries: 4, sender: { officeName: unitOffice.name, fingerprint: offices.unit.services.exchange.keys.exportPublic().fingerprint }, gap: null });
  });

  it('numbers bundles per link, each naming the digest of the one before', async () => {
    const bundles = [await exportFiling('1.gvbundle'), await exportFiling('2.gvbundle'), await exportFiling('3.gvbundle')];
    expect(bundles.map(({ written }) => written.manifest.sequence)).toEqual([1, 2, 3]);
    expect(bundles[0]!.written.manifest.previousDigest).toBe('0'.repeat(64));
    expect(bundles[1]!.written.manifest.previousDigest).toBe(bundles[0]!.written.digest);
    for (const { file } of bundles) {
      const verified = await offices.review.services.exchange.verify(file);
      offices.review.services.exchange.recordAccepted(verified.manifest, verified.digest);
    }
    await expect(offices.review.services.exchange.verify(bundles[1]!.file)).rejects.toMatchObject({ reason: 'alreadyImported' });
  });

  it('reports a lost bundle as a gap, and still accepts the next', async () => {
    const first = await exportFiling('1.gvbundle');
    await exportFiling('2-lost.gvbundle');
    const third = await exportFiling('3.gvbundle');
    const verified = await offices.review.services.exchange.verify(first.file);
    offices.review.services.exchange.recordAccepted(verified.manifest, verified.digest);
    expect((await offices.review.services.exchange.verify(third.file)).gap).toEqual({ from: 2, to: 2 });
  });

  it('carries a review decision back to the unit', async () => {
    const file = join(offices.review.dir, 'decision.gvbundle');
    const projectId = filingPayload(1).projects[0]!.facts.project.id;
    const payload = { decisions: [{ projectId, projectName: '淅川县智慧教育云平台建设项目', filingVersion: 1, decision: 'approve' as const, review: 'technical' as const, outcome: 'approved' as const, date: '2026-11-20', opinion: '同意通过技术审查。', reviewer: '王审', citations: [{ regulation: 'xichuan-2025', article: 12 }] }] };
    await offices.review.services.exchange.exportBundle({ file, recipientCode: unitOffice.code, payloadType: 'reviewDecision', payload, signer: { passphrase: PASSPHRASE } });
    const verified = await offices.unit.services.exchange.verify(file);
    expect(verified.payload).toMatchObject({ type: 'reviewDecision', payload: { decisions: [{ projectId, outcome: 'approved' }] } });
  });

  it('refuses to write a bundle the recipient would refuse, and leaves no file and no used sequence number', async () => {
    const exchange = offices.unit.services.exchange;
    const file = join(offices.unit.dir, 'bad.gvbundle');
    const base = { file, recipientCode: reviewOffice.code, payloadType: 'filing' as const, signer: { passphrase: PASSPHRASE } };
    await expect(exchange.exportBundle({ ...base, payload: { projects: [] } })).rejects.toMatchObject({ code: 'validation' });
    const [unreferenced] = makeAttachments(join(offices.unit.dir, 'files'), [{ kind: 'pdf', bytes: 100 }]);
    await expect(exchange.exportBundle({ ...base, payload: filingPayload(1), attachments: [unreferenced!] })).rejects.toThrow('没有被数据内容引用');
    await expect(exchange.exportBundle({ ...base, payload: filingPayload(1), signer: { passphrase: '错误口令-123' } })).rejects.toMatchObject({ code: 'wrongPassphrase' });
    const gone = { entry: 'attachments/gone.pdf', path: join(offices.unit.dir, 'no-such-file.pdf') };
    const payload = filingPayload(1, [gone]);
    await expect(exchange.exportBundle({ ...base, payload, attachments: [gone] })).rejects.toThrow('ENOENT');
    expect(readdirSync(offices.unit.dir).filter((name) => name.includes('bad.gvbundle'))).toEqual([]);
    expect(existsSync(file)).toBe(false);
    expect(exchange.links.nextOutgoing(unitOffice.code, reviewOffice.code).sequence).toBe(1);
  });
});

describe('the limits a recipient enforces', () => {
  it('are enforced when writing too: an attachment over the entry limit is not exported', async () => {
    const unit = await install(unitOffice, undefined, { limits: { maxEntryBytes: 10_000 } });
    const review = await install(reviewOffice);
    try {
      trustEachOther(unit, review);
      const attachments = makeAttachments(join(unit.dir, 'files'), [{ kind: 'pdf', bytes: 20_000 }]);
      const file = join(unit.dir, 'big.gvbundle');
      await expect(
        unit.services.exchange.exportBundle({ file, recipientCode: reviewOffice.code, payloadType: 'filing', payload: filingPayload(1, attachments), attachments, signer: { passphrase: PASSPHRASE } }),
      ).rejects.toThrow('超过单个附件的上限');
      expect(existsSync(file)).toBe(false);
    } finally {
      unit.close();
      review.close();
    }
  });
});
