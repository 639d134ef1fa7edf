import { afterEach, describe, expect, it } from 'vitest';
import { projectListQuerySchema } from '../../../../shared/contract/project';
import type { ApprovalState } from '../../../../shared/domain/approval';
import type { Office } from '../../../../shared/domain/office';
import { databaseDigest, sampleProject } from '../../../support/services';
import { install, PASSPHRASE, reviewOffice, trustEachOther, unitOffice, type OfficeInstall } from '../../../support/exchange';

let opened: OfficeInstall[] = [];
afterEach(() => {
  for (const office of opened) office.close();
  opened = [];
});

async function offices(jurisdiction: Office['jurisdiction'] = 'xichuan-2025') {
  const unit = await install({ ...unitOffice, jurisdiction });
  const review = await install({ ...reviewOffice, jurisdiction });
  opened.push(unit, review);
  trustEachOther(unit, review);
  return { unit, review };
}

const DECLARED = 398_000_000;
const declared = () => sampleProject({ totalInvestmentFen: DECLARED, funding: { superior: 200_000_000, localFiscal: 198_000_000, selfRaised: 0, social: 0, other: 0 } });

/** The unit files a project declared at 398 万元; the review office approves 380 万元 under 淅政数〔2026〕18号. */
async function approvedAt(unit: OfficeInstall, review: OfficeInstall, approvedAmountFen = 380_000_000) {
  const project = unit.services.projects.create(declared());
  const submitted = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
  await review.services.filings.importBundle(submitted.file);
  const [filing] = review.services.filings.views.received({});
  review.services.filings.desk.decide(filing!.id, {
    decision: 'approve', review: 'establishment', date: '2026-11-24', opinion: '同意立项。', citations: [{ regulation: review.office.jurisdiction, article: 7 }],
    documentNo: '淅政数〔2026〕18号', approvedAmountFen,
  });
  const sent = await review.services.filings.desk.send(unitOffice.code, PASSPHRASE);
  await unit.services.filings.importBundle(sent.file);
  return project;
}

const amountFinding = (unit: OfficeInstall, projectId: string) =>
  unit.services.compliance.projectReport(projectId).findings.find((finding) => finding.ruleId.endsWith('/approved-amount-differs'));

describe('the approval beside the declared amount, at the unit', () => {
  it('a locked project refuses edits naming the review office by its name, and changes nothing', async () => {
    const { unit, review } = await offices();
    const project = await approvedAt(unit, review, DECLARED);
    const current = unit.services.projects.get(project.id);
    const before = databaseDigest(unit.services);
    let message = '';
    try {
      unit.services.projects.update(project.id, current.version, { ...declared(), description: '改一下' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`获批准并锁定（批准的审查部门：${reviewOffice.name}）`);
    expect(message).toContain(`请${reviewOffice.name}作出“重新开放”的决定`);
    expect(message).not.toContain(reviewOffice.code);
    expect(() => unit.services.facts.setAttributes(project.id, { classified: true } as never, {} as never)).toThrow(reviewOffice.name);
    expect(databaseDigest(unit.services)).toBe(before);
    expect(unit.services.filings.views.forProject(project.id)).toMatchObject({ lockedByOfficeName: reviewOffice.name, approval: { differs: false, approvedAmountFen: DECLARED } });
  });

  it('an approved amount that differs from the declared one is a finding citing 淅川 第十一条, until the unit records a change', async () => {
    const { unit, review } = await offices();
    const project = await approvedAt(unit, review);
    const finding = amountFinding(unit, project.id);
    expect(finding).toMatchObject({ regulation: 'xichuan-2025', article: 11, severity: 'warning' });
    expect(finding!.message).toContain('审查部门批复（淅政数〔2026〕18号）金额 380.00 万元，与登记的总投资 398.00 万元不一致');
    expect(unit.services.filings.views.forProject(project.id).approval).toMatchObject({
      approvedAmountFen: 380_000_000, declaredFen: DECLARED, documentNo: '淅政数〔2026〕18号', differs: true, settledBy: null, citation: { regulation: 'xichuan-2025', article: 11 },
    });
    // The register finds it by its approval state.
    const page = (approval: ApprovalState) => unit.services.projects.list(projectListQuerySchema.parse({ approval }));
    const list = (approval: ApprovalState) => page(approval).rows.map((row) => row.id);
    expect(page('amountDiffers').approvals).toEqual([{ projectId: project.id, state: 'amountDiffers', approvedAmountFen: 380_000_000, documentNo: '淅政数〔2026〕18号', differs: true }]);
    expect(list('amountDiffers')).toEqual([project.id]);
    expect(list('approved')).toEqual([project.id]);
    expect(list('notFiled')).toEqual([]);
    // A change recorded on or after the approval answers it.
    unit.services.facts.recordEvent(project.id, {
      kind: 'changeRequested', date: '2026-11-24', changeId: 'BG-1', adjustmentFen: 18_000_000, totalAfterFen: 380_000_000, reason: 'other', goalsUnchanged: true, summary: '按批复核减',
    });
    expect(amountFinding(unit, project.id)).toBeUndefined();
    expect(unit.services.filings.views.forProject(project.id).approval).toMatchObject({ differs: false, settledBy: 'change' });
    expect(list('amountDiffers')).toEqual([]);
    expect(page('approved').approvals[0]).toMatchObject({ state: 'approved', approvedAmountFen: 380_000_000 });
  });

  it('where the regulation does not bind the unit to the approval (郴州), the difference is the app’s notice, not a finding', async () => {
    const { unit, review } = await offices('chenzhou-2022');
    const project = await approvedAt(unit, review);
    expect(amountFinding(unit, project.id)).toBeUndefined();
    const approval = unit.services.filings.views.forProject(project.id).approval!;
    expect(approval).toMatchObject({ differs: true, citation: null });
    expect(approval.message).toContain('此为本软件的提示');
  });
});
