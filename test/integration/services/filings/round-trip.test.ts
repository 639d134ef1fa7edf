import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseDigest, sampleProject } from '../../../support/services';
import { compact, pdfText } from '../../documents/pdf-tools';
import { documentText, filingPayload, install, pair, PASSPHRASE, reviewOffice, seededBytes, trustEachOther, unitOffice } from '../../../support/exchange';

let offices: Awaited<ReturnType<typeof pair>>;
beforeEach(async () => {
  offices = await pair();
});
afterEach(() => offices.close());

const approval = {
  decision: 'approve' as const,
  review: 'technical' as const,
  date: '2026-11-24',
  opinion: '经技术审查和财政审查，同意该项目建设。',
  citations: [{ regulation: 'xichuan-2025' as const, article: 12 }],
  documentNo: '淅政数〔2026〕18号',
  approvedAmountFen: 1_150_000_00,
};

/** The unit registers a project with two documents and files it; the review office imports the bundle. */
async function fileOneProject() {
  const { unit, review } = offices;
  const project = unit.services.projects.create(sampleProject({ name: '淅川县智慧教育云平台建设项目' }));
  const scan = join(unit.dir, '可行性研究报告.pdf');
  writeFileSync(scan, Buffer.concat([Buffer.from('%PDF-1.7\n'), seededBytes(200_000, 3)]));
  const notes = join(unit.dir, '建设方案.txt');
  writeFileSync(notes, documentText(80_000));
  await unit.services.filings.attachFile(project.id, scan, { materialCode: 'feasibilityStudy' });
  await unit.services.filings.attachFile(project.id, notes);
  const submitted = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
  const received = await review.services.filings.importBundle(submitted.file);
  return { project, submitted, received, scan };
}

describe('a filing from the unit, reviewed and decided at the review office, back at the unit', () => {
  it('saves a checked copy of a received attachment under exports/附件/, never over an earlier one', async () => {
    const { received, scan } = await fileOneProject();
    const { review } = offices;
    const [filing] = review.services.filings.views.received({});
    const stored = review.services.filings.views.workspace(filing!.id).attachments.find((attachment) => attachment.fileName === '可行性研究报告.pdf')!;
    const first = await review.services.filings.saveAttachment(stored.id);
    expect(first).toMatchObject({ fileName: '可行性研究报告.pdf', size: stored.size });
    expect(first.savedPath).toBe(join(review.dir, 'exports', '附件', '可行性研究报告.pdf'));
    expect(readFileSync(first.savedPath).equals(readFileSync(scan))).toBe(true);
    expect((await review.services.filings.saveAttachment(stored.id)).savedPath).toBe(join(review.dir, 'exports', '附件', '可行性研究报告(2).pdf'));
    await expect(review.services.filings.saveAttachment('no-such-attachment')).rejects.toThrow('未找到该附件');
    // A kept bundle changed on disk: refused, and no partial copy left behind.
    const kept = review.services.filings.store.bundlePath(received.digest);
    const bytes = readFileSync(kept);
    const at = bytes.indexOf(Buffer.from('%PDF-1.7'));
    bytes.writeUInt8(bytes.readUInt8(at + 10) ^ 0x01, at + 10);
    writeFileSync(kept, bytes);
    await expect(review.services.filings.saveAttachment(stored.id)).rejects.toThrow(/已损坏/);
    expect(readdirSync(join(review.dir, 'exports', '附件')).sort()).toEqual(['可行性研究报告(2).pdf', '可行性研究报告.pdf']);
  });

  it('files a versioned snapshot, imports it at the office as a read-only copy with its attachments re-hashed', async () => {
    const { project, submitted, received, scan } = await fileOneProject();
    expect(submitted.filings).toEqual([{ projectId: project.id, projectName: '淅川县智慧教育云平台建设项目', version: 1 }]);
    expect(submitted.file.startsWith(offices.unit.services.filings.folders.get().outbox)).toBe(true);
    expect(received).toMatchObject({ payloadType: 'filing', sender: { officeCode: unitOffice.code }, projects: [{ projectId: project.id, detail: '第 1 版申报' }], warnings: [] });
    expect(existsSync(received.backup)).toBe(true);

    const { review } = offices;
    const copy = review.services.projects.get(project.id);
    expect(copy).toMatchObject({ name: '淅川县智慧教育云平台建设项目', totalInvestmentFen: project.totalInvestmentFen });
    const [filing] = review.services.filings.views.received({});
    expect(filing).toMatchObject({ projectId: project.id, version: 1, unitCode: unitOffice.code, status: 'filed' });
    const workspace = review.services.filings.views.workspace(filing!.id);
    expect(workspace.attachments.map((attachment) => attachment.fileName).sort()).toEqual(['建设方案.txt', '可行性研究报告.pdf'].sort());
    const stored = workspace.attachments.find((attachment) => attachment.fileName === '可行性研究报告.pdf')!;
    const chunks: Buffer[] = [];
    const { store } = review.services.filings;
    await store.readAttachment({ ...stored, source: received.digest }, review.services.exchange, (chunk) => void chunks.push(Buffer.from(chunk)));
    expect(Buffer.concat(chunks).equals(readFileSync(scan))).toBe(true);
    // The bundle is kept whole, byte for byte as sent and signed.
    const kept = store.bundlePath(received.digest);
    expect(readFileSync(kept).equals(readFileSync(submitted.file))).toBe(true);
    // A damaged copy is noticed when the attachment is read, not handed out.
    const bytes = readFileSync(kept);
    const at = bytes.indexOf(Buffer.from('%PDF-1.7'));
    bytes.writeUInt8(bytes.readUInt8(at + 100) ^ 0xff, at + 100);
    writeFileSync(kept, bytes);
    await expect(store.readAttachment({ ...stored, source: received.digest }, review.services.exchange)).rejects.toThrow(/无法读取或已损坏：内容与登记的 SM3 摘要或大小（\d+ 字节）不符/);

    // The unit's project is read-only at the office.
    expect(() => review.services.projects.update(project.id, copy.version, { ...sampleProject(), name: '改名' })).toThrow(/只读/);
  });

  it('records opinions with experts and a decision citing its article, sends it, and the unit sees it with the filing locked', async () => {
    const { project, received } = await fileOneProject();
    void received;
    const { unit, review } = offices;
    const [filing] = review.services.filings.views.received({});
    review.services.filings.desk.recordOpinion(filing!.id, { kind: 'technical', conclusion: 'pass', opinion: '技术方案可行，同意通过技术审查。', experts: ['李明', '张华', '赵强'] });
    review.services.filings.desk.recordOpinion(filing!.id, { kind: 'finance', conclusion: 'conditional', opinion: '核减设备购置费 5 万元。', experts: ['钱芳'] });
    review.services.filings.desk.decide(filing!.id, approval);
    expect(review.services.filings.views.received({})[0]!.status).toBe('approved');
    expect(review.services.filings.desk.pending()).toEqual([{ unitCode: unitOffice.code, unitName: unitOffice.name, decisions: 1 }]);

    const sent = await review.services.filings.desk.send(unitOffice.code, PASSPHRASE);
    expect(sent.decisions).toBe(1);
    expect(review.services.filings.desk.pending()).toEqual([]);

    const back = await unit.services.filings.importBundle(sent.file);
    expect(back).toMatchObject({ payloadType: 'reviewDecision', warnings: [], projects: [{ projectId: project.id, detail: '批准（第 1 版申报）' }] });
    const state = unit.services.filings.views.forProject(project.id);
    expect(state.lockedBy).toMatchObject({ version: 1, status: 'approved' });
    expect(state.decisions[0]).toMatchObject({
      decision: 'approve', documentNo: '淅政数〔2026〕18号', approvedAmountFen: 1_150_000_00, changedSince: false,
      citations: [{ regulation: 'xichuan-2025', article: 12 }],
      opinions: [{ kind: 'technical', experts: ['李明', '张华', '赵强'] }, { kind: 'finance', conclusion: 'conditional' }],
    });
    // The approval enters the facts the rules read.
    expect(unit.services.facts.get(project.id).events.map((stored) => stored.event)).toContainEqual(expect.objectContaining({ kind: 'review', outcome: 'approved', documentNo: '淅政数〔2026〕18号' }));

    // Locked: the declared content cannot change, the project's life goes on.
    const current = unit.services.projects.get(project.id);
    const before = databaseDigest(unit.services);
    expect(() => unit.services.projects.update(project.id, current.version, { ...sampleProject({ name: '淅川县智慧教育云平台建设项目' }), totalInvestmentFen: 1 })).toThrow(/已于 2026-11-24 获批准并锁定/);
    await expect(unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE })).rejects.toThrow(/已获批准并锁定/);
    expect(databaseDigest(unit.services)).toBe(before);
    expect(unit.services.facts.recordEvent(project.id, { kind: 'declarationSubmitted', date: '2026-11-24' }).event.kind).toBe('declarationSubmitted');
  });

  it('warns when the unit changed the project after the version reviewed', async () => {
    const { project } = await fileOneProject();
    const { unit, review } = offices;
    unit.services.projects.update(project.id, 1, { ...sampleProject({ name: '淅川县智慧教育云平台建设项目' }), description: '增加了一个子系统' });
    const [filing] = review.services.filings.views.received({});
    review.services.filings.desk.decide(filing!.id, { ...approval, decision: 'rectify' });
    const sent = await review.services.filings.desk.send(unitOffice.code, PASSPHRASE);
    const back = await unit.services.filings.importBundle(sent.file);
    expect(back.warnings).toEqual([expect.stringContaining('在报送第 1 版之后又修改过（报送时为第 1 版，现为第 2 版）')]);
    expect(unit.services.filings.views.forProject(project.id)).toMatchObject({ lockedBy: null, decisions: [{ decision: 'rectify', changedSince: true }] });
  });

  it('reopens an approved filing only by a decision from the review office', async () => {
    const { project } = await fileOneProject();
    const { unit, review } = offices;
    const [filing] = review.services.filings.views.received({});
    review.services.filings.desk.decide(filing!.id, approval);
    expect(() => review.services.filings.desk.decide(filing!.id, approval)).toThrow(/不能作“批准”决定/);
    await unit.services.filings.importBundle((await review.services.filings.desk.send(unitOffice.code, PASSPHRASE)).file);
    review.services.filings.desk.decide(filing!.id, { ...approval, decision: 'reopen', opinion: '同意调整建设内容，重新开放申报。' });
    await unit.services.filings.importBundle((await review.services.filings.desk.send(unitOffice.code, PASSPHRASE)).file);
    expect(unit.services.filings.views.forProject(project.id).lockedBy).toBeNull();
    const current = unit.services.projects.get(project.id);
    expect(unit.services.projects.update(project.id, current.version, { ...sampleProject({ name: '淅川县智慧教育云平台建设项目' }), description: '调整后' }).version).toBe(current.version + 1);
    // A second filing is version 2; the office takes it as the version to review.
    const again = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
    expect(again.filings[0]!.version).toBe(2);
    await review.services.filings.importBundle(again.file);
    expect(review.services.filings.views.received({}).map((row) => [row.version, row.status])).toEqual([[2, 'filed']]);
    expect(() => review.services.filings.desk.decide(filing!.id, approval)).toThrow(/已有更新的第 2 版申报/);
  });

  it('reports progress while filing and importing, by attachments written and bytes copied', async () => {
    const { unit, review } = offices;
    const project = unit.services.projects.create(sampleProject());
    const scan = join(unit.dir, 'scan.pdf');
    writeFileSync(scan, Buffer.concat([Buffer.from('%PDF-1.7\n'), seededBytes(3_000_000, 5)]));
    await unit.services.filings.attachFile(project.id, scan);
    const seen: { done: number; total: number; message?: string }[] = [];
    const control = { signal: new AbortController().signal, throwIfCancelled: () => undefined, progress: (done: number, total: number, message?: string) => void seen.push({ done, total, message }) };
    const submitted = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE }, control);
    expect(seen).toContainEqual({ done: 1, total: 1, message: '正在签名并写入数据包：附件 1 / 1' });
    seen.length = 0;
    await review.services.filings.importBundle(submitted.file, control);
    const copying = seen.filter((step) => step.message?.startsWith('正在验证并复制数据包'));
    expect(copying.length).toBeGreaterThan(1);
    expect(copying.map((step) => step.done)).toEqual([...copying.map((step) => step.done)].sort((a, b) => a - b));
    expect(copying.at(-1)!.done).toBeGreaterThanOrEqual(3_000_000);
    expect(seen.at(-1)).toMatchObject({ message: '导入完成' });
  });

  it('says "already imported" on a second import and changes nothing', async () => {
    const { submitted } = await fileOneProject();
    const before = databaseDigest(offices.review.services);
    await expect(offices.review.services.filings.importBundle(submitted.file)).rejects.toMatchObject({ reason: 'alreadyImported', message: expect.stringMatching(/已于 .* 导入，不再重复导入/) });
    expect(databaseDigest(offices.review.services)).toBe(before);
  });

  it('refuses a decision bundle at the review office and a filing at a unit, changing nothing', async () => {
    const { unit, review } = offices;
    const project = unit.services.projects.create(sampleProject());
    const submitted = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
    // A unit does not take filings, even from a unit it trusts.
    const other = await install({ ...unitOffice, name: '淅川县卫生健康委员会', code: '11411326MB2000000X' });
    try {
      trustEachOther(other, unit);
      const file = join(other.dir, 'filing.gvbundle');
      const payload = { ...filingPayload(1), unit: { officeCode: other.office.code, officeName: other.office.name } };
      await other.services.exchange.exportBundle({ file, recipientCode: unitOffice.code, payloadType: 'filing', payload, signer: { passphrase: PASSPHRASE } });
      const before = databaseDigest(unit.services);
      await expect(unit.services.filings.importBundle(file)).rejects.toMatchObject({ reason: 'notForThisOffice', message: '本机是项目建设单位，不接收“项目报送”类数据包，已拒绝。' });
      expect(databaseDigest(unit.services)).toBe(before);
    } finally {
      other.close();
    }
    await review.services.filings.importBundle(submitted.file);
    expect(() => unit.services.filings.desk.decide('x', approval)).toThrow(/由审查部门作出/);
    await expect(review.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE })).rejects.toThrow(/审查部门不能报送项目/);
  });

  it('refuses a decision on a filing the unit never sent, changing nothing', async () => {
    const { unit, review } = offices;
    const project = unit.services.projects.create(sampleProject());
    const file = join(review.dir, 'stray-decision.gvbundle');
    const decision = { projectId: project.id, projectName: project.name, filingVersion: 3, decision: 'approve' as const, review: 'technical' as const, outcome: 'approved' as const, date: '2026-11-24', opinion: '同意。', reviewer: '王审', citations: [{ regulation: 'xichuan-2025' as const, article: 12 }] };
    await review.services.exchange.exportBundle({ file, recipientCode: unitOffice.code, payloadType: 'reviewDecision', payload: { decisions: [decision] }, signer: { passphrase: PASSPHRASE } });
    const before = databaseDigest(unit.services);
    await expect(unit.services.filings.importBundle(file)).rejects.toMatchObject({ reason: 'contentConflict', message: expect.stringContaining('第 3 版申报，在本单位没有向') });
    expect(databaseDigest(unit.services)).toBe(before);
    expect(unit.services.filings.views.forProject(project.id).decisions).toEqual([]);
  });

  it('sends a signed receipt for an accepted filing, once, and the unit keeps it in its history', async () => {
    const { submitted } = await fileOneProject();
    const { unit, review } = offices;
    expect(review.services.filings.acknowledgements.pending()).toEqual([expect.objectContaining({ digest: submitted.digest, senderCode: unitOffice.code, payloadType: 'filing', sequence: 1 })]);
    const receipt = await review.services.filings.acknowledgements.send(submitted.digest, PASSPHRASE);
    expect(review.services.filings.acknowledgements.pending()).toEqual([]);
    await expect(review.services.filings.acknowledgements.send(submitted.digest, PASSPHRASE)).rejects.toThrow(/已为该项目报送数据包发送过回执/);
    const taken = await unit.services.filings.importBundle(receipt.file);
    expect(taken).toMatchObject({ payloadType: 'acknowledgement', warnings: [] });
    // A receipt is not itself acknowledged.
    expect(unit.services.filings.acknowledgements.pending()).toEqual([]);
    const row = unit.services.context.handle.sqlite.prepare("SELECT changes FROM history WHERE entity_type = 'bundle' AND entity_id = ?").get(submitted.digest) as { changes: string };
    expect(JSON.parse(row.changes)[0].after).toMatchObject({ status: 'accepted', acknowledges: { digest: submitted.digest, sequence: 1 } });
  });

  it('compiles the annual plan from the approved declarations, by unit', async () => {
    const { project } = await fileOneProject();
    const { review } = offices;
    const [filing] = review.services.filings.views.received({});
    review.services.filings.desk.decide(filing!.id, approval);
    const plan = review.services.filings.views.annualPlan(project.plannedYear);
    expect(plan.rows).toEqual([expect.objectContaining({ projectId: project.id, approvedAmountFen: 1_150_000_00, documentNo: '淅政数〔2026〕18号' })]);
    expect(plan.byUnit).toEqual([{ unitCode: unitOffice.code, unitName: unitOffice.name, projects: 1, totalInvestmentFen: project.totalInvestmentFen, approvedAmountFen: 1_150_000_00 }]);
    expect(review.services.filings.views.annualPlan(project.plannedYear + 1).rows).toEqual([]);

    // The annual plan summary (PDF) at the review office lists the approved declarations, not every project it holds.
    const other = offices.unit.services.projects.create(sampleProject({ name: '淅川县未获批准的测试项目' }));
    await offices.review.services.filings.importBundle((await offices.unit.services.filings.submit({ projectIds: [other.id], passphrase: PASSPHRASE })).file);
    const pdf = await review.services.documents.render({ formId: 'annual-plan', year: project.plannedYear, save: false });
    const text = compact(pdfText(Buffer.from(pdf.bytesBase64!, 'base64')));
    expect(text).toContain('淅川县智慧教育云平台建设项目');
    expect(text).not.toContain('淅川县未获批准的测试项目');
  });

  it('lists the inbox with each bundle verified, and an imported one as imported', async () => {
    const { unit, review } = offices;
    const shared = unit.services.filings.folders.get().outbox;
    review.services.filings.folders.set({ inbox: shared, outbox: join(review.dir, 'out') });
    const project = unit.services.projects.create(sampleProject());
    const submitted = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
    writeFileSync(join(shared, '损坏的数据包.gvbundle'), 'not a zip');
    const listed = await review.services.filings.inbox();
    expect(listed.entries.map((entry) => [entry.fileName, entry.status])).toEqual([
      [submitted.file.slice(shared.length + 1), 'ready'],
      ['损坏的数据包.gvbundle', 'refused'],
    ].sort((a, b) => a[0]!.localeCompare(b[0]!)));
    await review.services.filings.importBundle(submitted.file);
    const after = await review.services.filings.inbox();
    expect(after.entries.find((entry) => entry.file === submitted.file)?.status).toBe('imported');
    void reviewOffice;
  });
});
