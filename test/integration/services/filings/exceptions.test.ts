import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseDigest, sampleProject } from '../../../support/services';
import { pair, PASSPHRASE, reviewOffice, unitOffice } from '../../../support/exchange';

let offices: Awaited<ReturnType<typeof pair>>;
beforeEach(async () => {
  offices = await pair();
});
afterEach(() => offices.close());

const RULE = 'xichuan-2025/art25-deploy-on-gov-cloud';
const REASON = '本系统为教育专网内的教学终端管理，按省教育厅要求部署于省教育专网，不上县级政务云。';

const rectify = {
  decision: 'rectify' as const,
  review: 'technical' as const,
  date: '2026-11-24',
  opinion: '部署方式的例外理由不成立，请补正后再报。',
  citations: [{ regulation: 'xichuan-2025' as const, article: 25 }],
};

describe('a reasoned exception on a finding: stated at the unit, rejected at the review office, reopened at the unit', () => {
  it('travels in the filing, comes back rejected in the decision, and the finding is open again with the reason', async () => {
    const { unit, review } = offices;
    // An approved project whose deployment is still undecided: 第二十五条 asks for the county's government cloud.
    const project = unit.services.projects.create(sampleProject({ stage: 'approved', cloudDeployment: 'undecided' }));
    const openRules = () => unit.services.handlers['rules.projectReport']({ projectId: project.id });
    const report = await openRules();
    expect(report.findings.map((finding) => finding.ruleId)).toContain(RULE);

    const openBefore = unit.services.compliance.officeFindings({ severity: null, page: 1, pageSize: 200 });
    const stated = unit.services.exceptions.record(project.id, { ruleId: RULE, reason: REASON });
    // Explained, it leaves the office-wide list of open findings.
    const openAfter = unit.services.compliance.officeFindings({ severity: null, page: 1, pageSize: 200 });
    expect(openAfter.total).toBe(openBefore.total - 1);
    expect(openAfter.rows.map((row) => row.ruleId)).not.toContain(RULE);
    expect(stated).toMatchObject({ ruleId: RULE, article: 25, status: 'active', recordedBy: unitOffice.operator });
    // The history says so; a second statement on the same finding is refused and changes nothing.
    expect(unit.services.projects.history(project.id).at(-1)!.changes).toEqual([{ field: 'exception', before: null, after: expect.objectContaining({ ruleId: RULE, reason: REASON, status: 'active' }) }]);
    const before = databaseDigest(unit.services);
    expect(() => unit.services.exceptions.record(project.id, { ruleId: RULE, reason: REASON })).toThrow('已说明例外');
    expect(() => unit.services.exceptions.record(project.id, { ruleId: 'xichuan-2025/no-such-rule', reason: REASON })).toThrow('没有这条检查结果');
    expect(databaseDigest(unit.services)).toBe(before);

    // It travels in the filing; the office sees it in the workspace and rejects it.
    const submitted = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
    await review.services.filings.importBundle(submitted.file);
    const [filing] = review.services.filings.views.received({});
    const workspace = review.services.filings.workspace(filing!.id);
    expect(workspace.exceptions).toEqual([expect.objectContaining({ id: stated.id, ruleId: RULE, reason: REASON, status: 'active', recordedBy: unitOffice.operator })]);
    expect(() => unit.services.exceptions.reject(project.id, stated.id, '不成立')).toThrow('由审查部门驳回');
    const rejected = review.services.filings.desk.rejectException(filing!.id, stated.id, '教育专网不属于第二十五条的例外，应使用县级政务云。');
    expect(rejected).toMatchObject({ status: 'rejected', closedBy: reviewOffice.operator });
    review.services.filings.desk.decide(filing!.id, rectify);
    const sent = await review.services.filings.desk.send(unitOffice.code, PASSPHRASE);

    // Before the decision arrives the unit's exception stands; after, it is rejected and the finding open.
    expect(unit.services.exceptions.list(project.id)[0]!.status).toBe('active');
    const back = await unit.services.filings.importBundle(sent.file);
    expect(back.projects[0]!.detail).toBe('退回整改（第 1 版申报）；驳回 1 项例外说明');
    const [after] = unit.services.exceptions.list(project.id);
    expect(after).toMatchObject({ id: stated.id, status: 'rejected', rejectionReason: '教育专网不属于第二十五条的例外，应使用县级政务云。', closedBy: reviewOffice.name });
    expect((await openRules()).findings.map((finding) => finding.ruleId)).toContain(RULE);
    expect(unit.services.compliance.officeFindings({ severity: null, page: 1, pageSize: 200 }).rows.map((row) => row.ruleId)).toContain(RULE);
    expect(unit.services.exceptions.filedOf(project.id)).toEqual([]);

    // The unit may state a new, better reason; it files with the next version.
    const again = unit.services.exceptions.record(project.id, { ruleId: RULE, reason: `${REASON}附省教育厅通知。` });
    expect(unit.services.exceptions.filedOf(project.id).map((exception) => exception.id)).toEqual([again.id]);
  });

  it('withdraws an exception at the unit with a trace, and refuses an attachment of another project', async () => {
    const { unit } = offices;
    const project = unit.services.projects.create(sampleProject({ stage: 'approved', cloudDeployment: 'undecided' }));
    const other = unit.services.projects.create(sampleProject({ name: '淅川县另一个项目' }));
    const scan = await unit.services.filings.attachBytes(other.id, '通知.pdf', Buffer.from('%PDF-1.7\n通知'));
    expect(() => unit.services.exceptions.record(project.id, { ruleId: RULE, reason: REASON, documentId: scan.id })).toThrow('不属于该项目');
    const own = await unit.services.filings.attachBytes(project.id, '省教育厅通知.pdf', Buffer.from('%PDF-1.7\n通知'));
    const stated = unit.services.exceptions.record(project.id, { ruleId: RULE, reason: REASON, documentId: own.id });
    expect(stated.documentName).toBe('省教育厅通知.pdf');
    const withdrawn = unit.services.exceptions.withdraw(project.id, stated.id);
    expect(withdrawn).toMatchObject({ status: 'withdrawn', closedBy: unitOffice.operator });
    expect(unit.services.exceptions.list(project.id)).toHaveLength(1);
    expect(() => unit.services.exceptions.withdraw(project.id, stated.id)).toThrow('未找到该例外说明');
  });
});
