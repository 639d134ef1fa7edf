import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseDigest, sampleProject } from '../../../support/services';
import { pair, PASSPHRASE, unitOffice } from '../../../support/exchange';

let offices: Awaited<ReturnType<typeof pair>>;
beforeEach(async () => {
  offices = await pair();
});
afterEach(() => offices.close());

const RULE = 'xichuan-2025/art20-report-unused-system';

/** A system in operation, last used 100 days before the offices' day (2026-11-24). */
function unusedSystem() {
  const { unit } = offices;
  const project = unit.services.projects.create(sampleProject({ stage: 'operation' }));
  unit.services.facts.setAttributes(project.id, {} as never, { operation: { lastUsedOn: '2026-08-16' } } as never);
  return project;
}

async function sendPolicy(name: string, payload: object) {
  const file = join(offices.review.dir, name);
  await offices.review.services.exchange.exportBundle({ file, recipientCode: unitOffice.code, payloadType: 'policyUpdate', payload, signer: { passphrase: PASSPHRASE } });
  return file;
}

const ruleIds = (projectId: string) => offices.unit.services.compliance.projectReport(projectId).findings.map((finding) => finding.ruleId);

describe('a policy update from the review office', () => {
  it('sets the office’s value of a parameter the regulation leaves open, and the checks use it at once', async () => {
    const project = unusedSystem();
    // 第二十条 “信息系统停止运行或长期未使用的”: 100 days is not long by the default of 180.
    expect(ruleIds(project.id)).not.toContain(RULE);
    const file = await sendPolicy('policy.gvbundle', {
      regulation: 'xichuan-2025', documentNo: '淅政数〔2026〕21号',
      parameters: [{ id: 'longUnusedDays', values: [{ from: '2025-08-29', until: '2027-08-29', value: 90 }] }],
    });
    const result = await offices.unit.services.filings.importBundle(file);
    expect(result.payloadType).toBe('policyUpdate');
    expect(offices.unit.services.compliance.policyLayer()).toMatchObject({ overrides: { longUnusedDays: [{ value: 90, reference: '淅政数〔2026〕21号' }] } });
    expect(ruleIds(project.id)).toContain(RULE);
  });

  it('refuses a value for a parameter the regulation itself fixes, changing nothing', async () => {
    unusedSystem();
    const file = await sendPolicy('fixed.gvbundle', {
      regulation: 'xichuan-2025',
      parameters: [{ id: 'declarationDeadline', values: [{ from: '2025-08-29', until: '2027-08-29', value: '10-31' }] }],
    });
    const before = databaseDigest(offices.unit.services);
    await expect(offices.unit.services.filings.importBundle(file)).rejects.toMatchObject({ reason: 'payloadInvalid', message: expect.stringContaining('由本办法确定，审查部门不能另行设定') });
    expect(databaseDigest(offices.unit.services)).toBe(before);
    expect(offices.unit.services.compliance.policyLayer()).toBeNull();
  });

  it('refuses an update for another regulation', async () => {
    const file = await sendPolicy('other.gvbundle', {
      regulation: 'heze-2021',
      parameters: [{ id: 'anything', values: [{ from: '2025-01-01', until: null, value: 1 }] }],
    });
    const before = databaseDigest(offices.unit.services);
    await expect(offices.unit.services.filings.importBundle(file)).rejects.toMatchObject({ reason: 'contentConflict', message: expect.stringContaining('本单位适用“xichuan-2025”') });
    expect(databaseDigest(offices.unit.services)).toBe(before);
  });

  it('stores next year’s official holidays over the shipped calendar', async () => {
    const file = await sendPolicy('calendar.gvbundle', {
      regulation: 'xichuan-2025',
      calendar: { version: '国办发明电〔2026〕X号', source: '国务院办公厅关于2027年部分节假日安排的通知', years: { '2027': { holidays: ['2027-01-01', '2027-10-01'], adjustedWorkdays: [] } } },
    });
    await offices.unit.services.filings.importBundle(file);
    expect(offices.unit.services.compliance.policyLayer()?.calendar?.years['2027']?.holidays).toEqual(['2027-01-01', '2027-10-01']);
  });

  it('refuses an older update that arrives after a newer one (filling a gap), changing nothing', async () => {
    const update = (value: number, documentNo: string) => ({
      regulation: 'xichuan-2025', documentNo, parameters: [{ id: 'longUnusedDays', values: [{ from: '2025-08-29', until: '2027-08-29', value }] }],
    });
    const older = await sendPolicy('older.gvbundle', update(90, '淅政数〔2026〕21号'));
    const newer = await sendPolicy('newer.gvbundle', update(120, '淅政数〔2026〕25号'));
    expect(await offices.unit.services.filings.importBundle(newer)).toMatchObject({ sequence: 2, gap: { from: 1, to: 1 } });
    const before = databaseDigest(offices.unit.services);
    await expect(offices.unit.services.filings.importBundle(older)).rejects.toMatchObject({ reason: 'contentConflict', message: expect.stringContaining('较新的参数已经生效') });
    expect(databaseDigest(offices.unit.services)).toBe(before);
    expect(offices.unit.services.compliance.policyLayer()).toMatchObject({ overrides: { longUnusedDays: [{ value: 120 }] } });
  });
});
