import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseDigest, sampleProject } from '../../../support/services';
import { pair, PASSPHRASE, reviewOffice, unitOffice } from '../../../support/exchange';

/**
 * The outbox under load: both offices on a fixed clock (every call in the same
 * second), calls started together. Every bundle said to be sent exists, under
 * its own name, and imports.
 */
let offices: Awaited<ReturnType<typeof pair>>;
beforeEach(async () => {
  offices = await pair();
});
afterEach(() => offices.close());

const outboxOf = () => offices.unit.services.filings.folders.outbox();
const listOutbox = () => readdirSync(outboxOf()).sort();

describe('the outbox', () => {
  it('two filings started in the same second both arrive and both import', async () => {
    const { unit, review } = offices;
    const first = unit.services.projects.create(sampleProject({ name: '淅川县智慧教育云平台建设项目' }));
    const second = unit.services.projects.create(sampleProject({ name: '淅川县不动产登记信息系统升级项目' }));
    const [a, b] = await Promise.all([
      unit.services.filings.submit({ projectIds: [first.id], passphrase: PASSPHRASE }),
      unit.services.filings.submit({ projectIds: [second.id], passphrase: PASSPHRASE }),
    ]);
    expect(a.file).not.toBe(b.file);
    expect([a.sequence, b.sequence]).toEqual([1, 2]);
    expect(basename(a.file)).toBe(`报送-${unitOffice.code}-第1号-20261124-093000.gvbundle`);
    expect(basename(b.file)).toBe(`报送-${unitOffice.code}-第2号-20261124-093000.gvbundle`);
    expect(listOutbox()).toEqual([basename(a.file), basename(b.file)].sort());
    const taken = [await review.services.filings.importBundle(a.file), await review.services.filings.importBundle(b.file)];
    expect(taken.map((result) => [result.sequence, result.gap])).toEqual([[1, null], [2, null]]);
    expect(review.services.filings.views.received({}).map((row) => row.projectId).sort()).toEqual([first.id, second.id].sort());
  });

  it('two filings of the same project in the same second become versions 1 and 2, and both import', async () => {
    const { unit, review } = offices;
    const project = unit.services.projects.create(sampleProject());
    const both = await Promise.all([1, 2].map(() => unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE })));
    expect(both.map((result) => result.filings[0]!.version)).toEqual([1, 2]);
    expect(both.every((result) => existsSync(result.file))).toBe(true);
    for (const result of both) await review.services.filings.importBundle(result.file);
    expect(review.services.filings.views.received({}).map((row) => row.version)).toEqual([2]);
  });

  it('never deletes a finished bundle when a later one fails, and leaves no partial file', async () => {
    const { unit } = offices;
    const project = unit.services.projects.create(sampleProject());
    const done = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
    const bytes = readFileSync(done.file);
    // The same path given again: refused before anything is written, the finished bundle untouched.
    await expect(unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE, file: done.file })).rejects.toThrow(/文件已存在.*不会覆盖已有文件/);
    // A failure in the transaction that records it: only the failed call's own bundle is removed.
    const before = databaseDigest(unit.services);
    await expect(
      unit.services.exchange.exportBundle({
        file: (sequence) => unit.services.filings.folders.outboxFile('失败', sequence), recipientCode: reviewOffice.code, payloadType: 'acknowledgement',
        payload: { acknowledges: { senderCode: reviewOffice.code, sequence: 1, digest: done.digest, bundleId: '01a20000-0000-7000-8000-0000000000b1' }, status: 'accepted', at: '2026-11-24T09:30:00.000+08:00' },
        signer: { passphrase: PASSPHRASE },
        record: () => {
          throw new Error('模拟：记录失败');
        },
      }),
    ).rejects.toThrow('模拟：记录失败');
    expect(databaseDigest(unit.services)).toBe(before);
    expect(listOutbox()).toEqual([basename(done.file)]);
    expect(readFileSync(done.file).equals(bytes)).toBe(true);
  });

  it('does not write over a partial file of another writer, nor delete it', async () => {
    const { unit } = offices;
    const project = unit.services.projects.create(sampleProject());
    const target = join(outboxOf(), 'mine.gvbundle');
    writeFileSync(`${target}.partial`, '另一个写入者的半个文件');
    await expect(unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE, file: target })).rejects.toThrow(/文件已存在/);
    expect(readFileSync(`${target}.partial`, 'utf8')).toBe('另一个写入者的半个文件');
    expect(unit.services.filings.views.forProject(project.id).filings).toEqual([]);
  });

  it('names decisions and receipts by their sequence too, so two of one second differ', async () => {
    const { unit, review } = offices;
    const projects = [unit.services.projects.create(sampleProject()), unit.services.projects.create(sampleProject({ name: '第二个项目' }))];
    const filed = await unit.services.filings.submit({ projectIds: projects.map((project) => project.id), passphrase: PASSPHRASE });
    const received = await review.services.filings.importBundle(filed.file);
    const filings = review.services.filings.views.received({});
    const decide = (filingId: string) =>
      review.services.filings.desk.decide(filingId, { decision: 'rectify', review: 'technical', date: '2026-11-24', opinion: '请补充材料。', citations: [{ regulation: 'xichuan-2025', article: 12 }] });
    decide(filings[0]!.id);
    const firstSend = review.services.filings.desk.send(unitOffice.code, PASSPHRASE);
    const receipt = review.services.filings.acknowledgements.send(received.digest, PASSPHRASE);
    const sent = await firstSend;
    decide(filings[1]!.id);
    const again = await review.services.filings.desk.send(unitOffice.code, PASSPHRASE);
    const names = [sent.file, (await receipt).file, again.file].map((file) => basename(file));
    expect(names).toEqual([
      `审查决定-${unitOffice.code}-第1号-20261124-093000.gvbundle`,
      `回执-${unitOffice.code}-收第1号-第2号-20261124-093000.gvbundle`,
      `审查决定-${unitOffice.code}-第3号-20261124-093000.gvbundle`,
    ]);
    for (const file of [sent.file, (await receipt).file, again.file]) await unit.services.filings.importBundle(file);
  });
});
