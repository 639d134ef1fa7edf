import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../../electron/rpc/dispatch';
import type { Services } from '../../../electron/services';
import { fixedClock } from '../../../shared/domain/time';
import { databaseDigest, openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';
import { envelopeValue as value } from '../../support/envelope';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let call: Dispatch;

// 2026-11-24 in Beijing: xichuan-2025 is in force (试行两年, until 2027-08-29).
beforeEach(async () => {
  data = tempDataDir();
  services = await openServices(data.dir, fixedClock('2026-11-24T02:00:00Z'));
  call = createDispatcher(services.handlers, () => {});
  services.office.completeSetup(testOffice);
});
afterEach(() => {
  services.close();
  data.cleanup();
});

type Finding = { ruleId: string; article: number; regulation: string; severity: string; dueDate?: string; message: string };
type Report = { findings: Finding[]; deadlines: { deadlineId: string; dueDate: string; status: string }[]; transitions: { to: string; allowed: boolean }[]; status: { kind: string; validUntil: string } };

describe('compliance through the contract (xichuan-2025)', () => {
  it('says which regulation governs the office and until when', async () => {
    const status = value<{ regulation: string; kind: string; validUntil: string }>(await call('rules.status', {}));
    expect(status).toMatchObject({ regulation: 'xichuan-2025', kind: 'inForce', validUntil: '2027-08-29' });
  });

  it('rechecks a project when an event is recorded: 第十八条 “政务信息化项目建成6个月内” runs from completion', async () => {
    const project = services.projects.create(sampleProject({ stage: 'construction' }));
    const before = value<Report>(await call('rules.projectReport', { projectId: project.id }));
    expect(before.deadlines.find((d) => d.deadlineId === 'xichuan-2025/art18-acceptance-within-6-months')).toBeUndefined();

    // Completed 2026-05-20: six months end 2026-11-20, before today (2026-11-24), with no acceptance: overdue.
    value(await call('facts.recordEvent', { projectId: project.id, event: { kind: 'completed', date: '2026-05-20' } }));
    const after = value<Report>(await call('rules.projectReport', { projectId: project.id }));
    expect(after.deadlines.find((d) => d.deadlineId === 'xichuan-2025/art18-acceptance-within-6-months')).toMatchObject({ dueDate: '2026-11-20', status: 'overdue' });
    const finding = after.findings.find((f) => f.ruleId === 'xichuan-2025/art18-acceptance-within-6-months');
    expect(finding).toMatchObject({ regulation: 'xichuan-2025', article: 18, dueDate: '2026-11-20' });

    const office = value<{ overdue: { projectId: string; article: number }[] }>(await call('rules.officeDeadlines', { withinDays: 30 }));
    expect(office.overdue.some((row) => row.projectId === project.id && row.article === 18)).toBe(true);
  });

  it('refuses a stage change the regulation does not allow, names the article, and writes nothing', async () => {
    const project = services.projects.create(sampleProject({ stage: 'draft' }));
    const before = databaseDigest(services);
    const refused = await call('project.transition', { id: project.id, expectedVersion: project.version, to: 'construction' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('refused');
      expect(refused.error.message).toContain('xichuan-2025 第');
    }
    expect(databaseDigest(services)).toBe(before);

    // 第七条 “每年6月底前……报送”: once the declaration is recorded, draft → declared is allowed.
    const missing = await call('project.transition', { id: project.id, expectedVersion: project.version, to: 'declared' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'refused' } });
    value(await call('facts.recordEvent', { projectId: project.id, event: { kind: 'declarationSubmitted', date: '2026-06-20' } }));
    const report = value<{ checklist: { gate: string; material: string; present: boolean }[] }>(await call('rules.projectReport', { projectId: project.id }));
    const declarationMaterials = report.checklist.filter((line) => line.gate === 'declared' && !line.present);
    expect(declarationMaterials.length).toBeGreaterThan(0);
    for (const line of declarationMaterials) value(await call('facts.addMaterial', { projectId: project.id, material: { code: line.material, date: '2026-06-20' } }));
    const moved = value<{ stage: string; version: number }>(await call('project.transition', { id: project.id, expectedVersion: project.version, to: 'declared' }));
    expect(moved.stage).toBe('declared');
  });

  it('withdraws an event and keeps what it was in the history', async () => {
    const project = services.projects.create(sampleProject({ stage: 'construction' }));
    const stored = value<{ id: string }>(await call('facts.recordEvent', { projectId: project.id, event: { kind: 'completed', date: '2026-05-20' } }));
    value(await call('facts.removeEvent', { projectId: project.id, eventId: stored.id }));
    const facts = value<{ events: unknown[] }>(await call('facts.get', { projectId: project.id }));
    expect(facts.events).toEqual([]);
    const history = services.projects.history(project.id);
    expect(history.at(-1)!.changes).toEqual([{ field: 'events.completed', before: { kind: 'completed', date: '2026-05-20' }, after: null }]);
    expect(value<{ ok: boolean }>(await call('history.verify', {})).ok).toBe(true);
  });

  it('refuses an invalid event with its message and writes nothing', async () => {
    const project = services.projects.create(sampleProject());
    const before = databaseDigest(services);
    const result = await call('facts.recordEvent', { projectId: project.id, event: { kind: 'completed', date: '2026-02-30' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(databaseDigest(services)).toBe(before);
  });

  it('shows an article’s words on demand', async () => {
    const article = value<{ label: string; text: string }>(await call('rules.article', { regulation: 'xichuan-2025', article: 18 }));
    expect(article.label).toBe('第十八条');
    expect(article.text).toContain('政务信息化项目建成6个月内');
    expect(await call('rules.article', { regulation: 'xichuan-2025', article: 41 })).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('rechecks the whole office in batches and lists findings by severity', async () => {
    services.projects.importMany(Array.from({ length: 30 }, (_, index) => sampleProject({ name: `项目${index}`, stage: index % 2 ? 'construction' : 'draft' })));
    const result = value<{ checked: number; errors: number; findings: number }>(await call('rules.recheckAll', {}));
    expect(result, JSON.stringify(result)).toMatchObject({ checked: 30, errors: 0 });
    expect(result.findings).toBeGreaterThan(0);
    const listed = value<{ total: number; bySeverity: { blocking: number; warning: number; info: number }; rows: { projectName: string }[] }>(await call('rules.officeFindings', { pageSize: 5 }));
    expect(listed.total).toBe(result.findings);
    expect(listed.bySeverity.blocking + listed.bySeverity.warning + listed.bySeverity.info).toBe(result.findings);
    expect(listed.rows).toHaveLength(5);
  });
});

describe('deadlines beyond the published holiday data', () => {
  it('still checks the project, estimates by weekends and says so (laohekou 第十八条 “中标结果确定后5个工作日内”)', async () => {
    const dir = tempDataDir();
    const laohekou = await openServices(dir.dir, fixedClock('2026-12-29T02:00:00Z'));
    laohekou.office.completeSetup({ ...testOffice, name: '老河口市教育局', jurisdiction: 'laohekou-2024' });
    const project = laohekou.projects.create(sampleProject({ stage: 'procurement' }));
    laohekou.facts.recordEvent(project.id, { kind: 'bidResultDetermined', date: '2026-12-28' });
    const findings = laohekou.compliance.projectReport(project.id).findings;
    expect(findings.some((finding) => finding.ruleId.endsWith('/check-error'))).toBe(false);
    const supervision = findings.find((finding) => finding.ruleId === 'laohekou-2024/art18-supervision-application-5-working-days');
    // 12-29, 12-30, 12-31 (2026, official), then 2027-01-01 (Fri) and 01-04 (Mon) by the weekend estimate.
    expect(supervision).toMatchObject({ article: 18, dueDate: '2027-01-04' });
    expect(supervision!.message).toContain('2027 年节假日安排尚未导入');
    laohekou.close();
    dir.cleanup();
  });
});
