import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readOfficeNames } from '../../../db/queries/office-names';
import type { HistoryEntry } from '../../../shared/domain/history';
import { describeHistoryEntry, historyText } from '../../../shared/domain/history-text';
import { pair, PASSPHRASE, reviewOffice, seededBytes, unitOffice, type OfficeInstall } from '../../support/exchange';
import { sampleProject } from '../../support/services';

let offices: Awaited<ReturnType<typeof pair>>;
beforeEach(async () => {
  offices = await pair();
});
afterEach(() => offices.close());

/** Every row of an office's history chain, whatever it is about. */
function allEntries(office: OfficeInstall): HistoryEntry[] {
  const rows = office.services.context.handle.sqlite.prepare('SELECT * FROM history ORDER BY seq').all() as {
    seq: number; at: string; actor: string; entity_type: string; entity_id: string; action: HistoryEntry['action']; changes: string;
  }[];
  return rows.map((row) => ({ seq: row.seq, at: row.at, actor: row.actor, entityType: row.entity_type, entityId: row.entity_id, action: row.action, changes: JSON.parse(row.changes) }));
}

/** `entityType action field-head`, the shape a history entry is written in. */
const kindOf = (entry: HistoryEntry, field: string) => `${entry.entityType} ${entry.action} ${field.split('.')[0]}`;

/** Nothing that reads as code: JSON, object dumps, English field names, office codes. */
function assertReadable(text: string, entityType: string): void {
  expect(text).not.toMatch(/[{}]|\[object|":|undefined|NaN/);
  // An office's own setup and a trusted key state the office's code as one of their facts (单位代码); nothing else shows a code.
  if (entityType !== 'office' && entityType !== 'trustedKey') {
    expect(text).not.toContain(unitOffice.code);
    expect(text).not.toContain(reviewOffice.code);
  }
  expect(text).not.toMatch(/\b(filingVersion|documentNo|approvedAmountFen|fileName|snapshotSm3|changedSince|citations|experts)\b/);
}

/** The whole round, so that every kind of history entry the services write is written once. */
async function everyKindOfEntry() {
  const { unit, review } = offices;
  const project = unit.services.projects.create(sampleProject({ name: '淅川县智慧教育云平台建设项目', stage: 'declared', totalInvestmentFen: 398_000_000, funding: { superior: 200_000_000, localFiscal: 198_000_000, selfRaised: 0, social: 0, other: 0 } }));
  unit.services.projects.importMany([sampleProject({ name: '淅川县电子政务外网升级项目' })]);
  const edited = unit.services.projects.update(project.id, 1, { ...sampleProject({ name: '淅川县智慧教育云平台建设项目', stage: 'declared', totalInvestmentFen: 398_000_000, funding: { superior: 200_000_000, localFiscal: 198_000_000, selfRaised: 0, social: 0, other: 0 } }), description: '新增一个子系统', mlpsLevel: 3 });
  unit.services.facts.addMaterial(project.id, { code: 'declarationForm', date: '2026-11-20' });
  unit.services.facts.addMaterial(project.id, { code: 'aiApplicationAnalysis', date: '2026-11-20' });
  unit.services.projects.transition(project.id, edited.version, 'underReview');
  const event = unit.services.facts.recordEvent(project.id, { kind: 'declarationSubmitted', date: '2026-11-20', forYear: 2027 });
  unit.services.facts.recordEvent(project.id, { kind: 'review', date: '2026-11-21', review: 'technical', outcome: 'approved', documentNo: '淅审〔2026〕3号', approvedAmountFen: 380_000_000 });
  unit.services.facts.recordEvent(project.id, { kind: 'contractSigned', date: '2026-11-22', clauses: ['schedule', 'paymentTerms'], amountFen: 370_000_000 });
  unit.services.facts.removeEvent(project.id, event.id);
  unit.services.facts.recordEvent(project.id, { kind: 'declarationSubmitted', date: '2026-11-20' });
  const material = unit.services.facts.addMaterial(project.id, { code: 'feasibilityStudy', date: '2026-11-20' });
  unit.services.facts.removeMaterial(project.id, material.id);
  unit.services.facts.setAttributes(
    project.id,
    { classified: true, approvedEstimateFen: 380_000_000 } as never,
    { keyProductsDomestic: 'partial', infrastructure: { thirdPartyCloud: { contractEndsOn: '2027-12-31', renewed: false } }, inventoryEntry: { systemName: '智慧教育云', systemType: '业务系统' } } as never,
  );
  const scan = join(unit.dir, '可行性研究报告.pdf');
  writeFileSync(scan, Buffer.concat([Buffer.from('%PDF-1.7\n'), seededBytes(20_000, 3)]));
  const kept = await unit.services.filings.attachFile(project.id, scan, { materialCode: 'feasibilityStudy' });
  await unit.services.filings.attachFile(project.id, scan);
  unit.services.filings.detach(kept.id);

  const submitted = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
  await review.services.filings.importBundle(submitted.file);
  const [filing] = review.services.filings.views.received({});
  review.services.filings.desk.recordOpinion(filing!.id, { kind: 'technical', conclusion: 'pass', opinion: '技术方案可行。', experts: ['李明', '张华'] });
  review.services.filings.desk.recordOpinion(filing!.id, { kind: 'finance', conclusion: 'conditional', opinion: '核减设备购置费 18 万元。', experts: ['钱芳'] });
  review.services.filings.desk.decide(filing!.id, {
    decision: 'approve', review: 'establishment', date: '2026-11-24', opinion: '同意立项。', citations: [{ regulation: 'xichuan-2025', article: 12 }],
    documentNo: '淅政数〔2026〕18号', approvedAmountFen: 380_000_000,
  });
  const sent = await review.services.filings.desk.send(unitOffice.code, PASSPHRASE);
  await unit.services.filings.importBundle(sent.file);
  // A receipt back to the review office, and a policy update to the unit.
  const receipt = await unit.services.filings.acknowledgements.send(unit.services.filings.acknowledgements.pending()[0]!.digest, PASSPHRASE);
  await review.services.filings.importBundle(receipt.file);
  const policy = join(review.dir, 'policy.gvbundle');
  await review.services.exchange.exportBundle({
    file: policy, recipientCode: unitOffice.code, payloadType: 'policyUpdate', signer: { passphrase: PASSPHRASE },
    payload: { regulation: 'xichuan-2025', documentNo: '淅政数〔2026〕21号', parameters: [{ id: 'longUnusedDays', values: [{ from: '2025-08-29', until: '2027-08-29', value: 90 }] }] },
  });
  await unit.services.filings.importBundle(policy);
  return project;
}

/** Every `field:` a service writes into the history, read from the source, by its head (`events.x` → `events`). */
function writtenFieldHeads(): Set<string> {
  const heads = new Set<string>();
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []));
  for (const file of walk(join(__dirname, '../../../electron/services'))) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('history.append') && !source.includes('record(')) continue;
    for (const match of source.matchAll(/field: [`'"]([A-Za-z]+)/g)) heads.add(match[1]!);
    for (const match of source.matchAll(/record\(projectId, [`'"]([A-Za-z]+)/g)) heads.add(match[1]!);
  }
  return heads;
}

describe('the history in words', () => {
  it('renders every kind of entry the services write as who, when, what, from → to, without JSON or office codes', async () => {
    const project = await everyKindOfEntry();
    const kinds = new Set<string>();
    for (const office of [offices.unit, offices.review]) {
      const names = readOfficeNames(office.services.context.handle.sqlite, office.office);
      for (const entry of allEntries(office)) {
        for (const change of entry.changes) kinds.add(kindOf(entry, change.field));
        const text = describeHistoryEntry(entry, names);
        expect(text.when).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
        expect(text.who).toBe(office.office.operator);
        expect(text.what.length).toBeGreaterThan(1);
        assertReadable(historyText(text), entry.entityType);
      }
    }
    // Every shape written anywhere was written here (so the assertions above saw it).
    expect([...kinds].sort()).toEqual([
      'bundle receive acknowledgement',
      'office setup code', 'office setup jurisdiction', 'office setup name', 'office setup operator', 'office setup role',
      'officeKey create fingerprint',
      'policy receive policy',
      ...['create', 'import'].flatMap((action) => ['cloudDeployment', 'contactPerson', 'contactPhone', 'cryptoPlan', 'dataSharing', 'description', 'funding', 'kind', 'mlpsLevel', 'name', 'plannedYear', 'projectClass', 'source', 'stage', 'totalInvestmentFen', 'unitName'].map((field) => `project ${action} ${field}`)),
      'project decide decision',
      'project file filing',
      'project receive decision', 'project receive filing',
      'project review opinion',
      'project update attachments', 'project update attributes', 'project update mlpsLevel', 'project update compliance', 'project update description',
      'project update events', 'project update materials', 'project update stage', 'project update stageDate',
      'trustedKey create fingerprint', 'trustedKey create officeCode', 'trustedKey create officeName', 'trustedKey create role',
    ].sort());
    // … and every field head the services' source writes is among them (or is a register field).
    // Key rotation and revocation, and reasoned exceptions (field `exception`), are rendered in the unit test of shared/domain/history-text.
    const seen = new Set([...kinds].map((kind) => kind.split(' ')[2]));
    for (const head of writtenFieldHeads()) expect(seen.has(head) || ['status', 'reason', 'previousKeyId', 'validThroughSequence', 'exception'].includes(head), head).toBe(true);

    // The unit's project page: readable entries from the service, naming the review office.
    const entries = offices.unit.services.projects.readableHistory(project.id);
    const all = entries.map((entry) => historyText(entry.text)).join('\n');
    expect(all).toContain(`向${reviewOffice.name}报送第 1 版申报`);
    expect(all).toContain('收到审查决定“批准”（第 1 版申报）');
    expect(all).toContain('批复金额：380.00 万元');
    expect(all).toContain('文号：淅政数〔2026〕18号');
    expect(all).toContain('项目概述：（无） → 新增一个子系统');
    expect(all).toContain('项目阶段：已申报 → 审查中');
    expect(all).toContain('等保级别：未定级 → 第三级');
    expect(all).toContain('记录事件“审查/审批”');
    expect(all).toContain('涉及国家秘密：否 → 是');
    expect(all).toContain('关键产品自主可靠：（无） → 部分自主可靠');
    expect(all).toContain('附上文件“可行性研究报告.pdf”');
    expect(all).toMatch(/移除附件“可行性研究报告\.pdf”/);
    expect(all).toMatch(/^2026-11-24 09:30 张敏 /m);
    // The review office's page names the unit.
    const atReview = offices.review.services.projects.readableHistory(project.id).map((entry) => historyText(entry.text)).join('\n');
    expect(atReview).toContain(`接收${unitOffice.name}报送的第 1 版申报`);
    expect(atReview).toContain(`向${unitOffice.name}发送审查决定“批准”`);
    expect(atReview).toContain('记录财政审查意见（第 1 版申报）');
    expect(atReview).toContain('审查专家：李明、张华');
    expect(atReview).toContain('依据：淅川 第十二条');
  });
});
