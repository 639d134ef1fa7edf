import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSm3Engine } from '../../../../electron/services/exchange/sm3';
import { databaseDigest, openServices, sampleProject } from '../../../support/services';
import { pair, PASSPHRASE, seededBytes } from '../../../support/exchange';

let offices: Awaited<ReturnType<typeof pair>>;
beforeEach(async () => {
  offices = await pair();
});
afterEach(() => offices.close());

const sm3 = (bytes: Buffer) => createSm3Engine({ workers: 0 }).hash(bytes);

describe('documents kept with a project at the unit', () => {
  it('attaches uploaded bytes (content-addressed, in the history), lists them, files them, and takes one off with a trace', async () => {
    const { unit, review } = offices;
    const project = unit.services.projects.create(sampleProject({ name: '淅川县政务云扩容项目' }));
    const scan = Buffer.concat([Buffer.from('%PDF-1.7\n'), seededBytes(120_000, 8)]);
    const attached = await unit.services.filings.attachBytes(project.id, '初步设计方案.pdf', scan, { materialCode: 'preliminaryDesign' });
    expect(attached).toMatchObject({ fileName: '初步设计方案.pdf', materialCode: 'preliminaryDesign', size: scan.length, sm3: sm3(scan) });
    expect(readFileSync(unit.services.filings.store.pathOf(attached.sm3)).equals(scan)).toBe(true);
    const extra = await unit.services.filings.attachBytes(project.id, '误传.txt', Buffer.from('不该附上的文件'));
    expect(unit.services.filings.views.forProject(project.id).attachments.map((item) => item.fileName)).toEqual(['初步设计方案.pdf', '误传.txt']);

    unit.services.filings.detach(extra.id);
    expect(unit.services.filings.views.forProject(project.id).attachments.map((item) => item.fileName)).toEqual(['初步设计方案.pdf']);
    const trail = unit.services.projects.history(project.id).flatMap((entry) => entry.changes).filter((change) => change.field === 'attachments');
    expect(trail).toEqual([
      { field: 'attachments', after: { id: attached.id, fileName: '初步设计方案.pdf', sm3: attached.sm3, size: scan.length } },
      { field: 'attachments', after: { id: extra.id, fileName: '误传.txt', sm3: extra.sm3, size: extra.size } },
      { field: 'attachments', before: { id: extra.id, fileName: '误传.txt', sm3: extra.sm3, size: extra.size }, after: null },
    ]);

    // Filed, it arrives with the project; the office's copy is read-only, documents included.
    const submitted = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
    await review.services.filings.importBundle(submitted.file);
    const atOffice = review.services.filings.views.forProject(project.id).attachments;
    expect(atOffice.map((item) => item.fileName)).toEqual(['初步设计方案.pdf']);
    const before = databaseDigest(review.services);
    await expect(review.services.filings.attachBytes(project.id, '另一个.pdf', scan)).rejects.toThrow(/只读/);
    expect(() => review.services.filings.detach(atOffice[0]!.id)).toThrow(/只读/);
    expect(databaseDigest(review.services)).toBe(before);
  });

  it('removes, at the next start, a kept bundle whose import never committed, and keeps the accepted ones', async () => {
    const { unit, review } = offices;
    const project = unit.services.projects.create(sampleProject());
    await unit.services.filings.attachBytes(project.id, '方案.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), seededBytes(50_000, 2)]));
    const submitted = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
    const received = await review.services.filings.importBundle(submitted.file);
    const kept = review.services.filings.store.bundlePath(received.digest);
    const stray = join(dirname(kept), `${'ab'.repeat(32)}.gvbundle`);
    copyFileSync(kept, stray);
    const reopened = await openServices(review.dir);
    try {
      expect(existsSync(stray)).toBe(false);
      expect(readFileSync(kept).equals(readFileSync(submitted.file))).toBe(true);
    } finally {
      reopened.close();
    }
  });

  it('refuses an empty file and an unknown project, changing nothing', async () => {
    const { unit } = offices;
    const project = unit.services.projects.create(sampleProject());
    const before = databaseDigest(unit.services);
    await expect(unit.services.filings.attachBytes(project.id, '空.pdf', Buffer.alloc(0))).rejects.toThrow('文件是空的');
    await expect(unit.services.filings.attachBytes('0190a000-0000-7000-8000-000000000000', '方案.pdf', Buffer.from('x'))).rejects.toThrow('未找到该项目');
    expect(() => unit.services.filings.detach('no-such-attachment')).toThrow('未找到该附件');
    expect(databaseDigest(unit.services)).toBe(before);
  });
});
