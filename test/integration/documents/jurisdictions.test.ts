/**
 * Forms per jurisdiction (issue 13): every form, rendered for an office of
 * every regulation, read back with pdftotext. A form carries its own
 * regulation's title, 附件 number, bodies and articles (from the pack's form
 * metadata), or is the plain form; it never names another jurisdiction's
 * places or bodies, nor cites an article its own metadata does not. The
 * forbidden words are built from the packs' metadata. The first page of each
 * is kept under test-results/forms/<regulation>/<form>.png.
 */
import { existsSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { createDocumentService, renderInProcess, type DocumentService } from '../../../electron/services/documents';
import { JURISDICTION_FORMS, profileFor } from '../../../electron/services/documents/forms/profiles';
import { citationText } from '../../../electron/services/documents/forms/compliance-report';
import { basisLabel } from '../../../electron/services/documents/layout';
import { FORM_CATALOGUE, FORM_IDS, profileArticles, type FormId } from '../../../shared/domain/forms';
import { REGULATION_IDS, type RegulationId } from '../../../shared/domain/regulations';
import { articleExists } from '../../../shared/rules/article-counts';
import { articleLabel, REGULATION_TEXTS } from '../../../shared/rules/articles';
import { openServices, tempDataDir, testOffice } from '../../support/services';
import { compact, firstPagePng, pdfText } from './pdf-tools';
import { buildOperatingProject, buildSampleProject, type SamplePlace } from './sample';

const PLACES: Record<RegulationId, SamplePlace> = {
  'chenzhou-2022': { name: '郴州市', short: '郴' },
  'xichuan-2025': { name: '淅川县', short: '淅' },
  'laohekou-2024': { name: '老河口市', short: '河' },
  'heze-2021': { name: '菏泽市', short: '菏' },
  'xunyang-2022': { name: '浔阳区', short: '浔' },
};

/** Whether either word holds the other: such a pair cannot tell two jurisdictions apart. */
const overlaps = (a: string, b: string): boolean => a.includes(b) || b.includes(a);

/** Place names, bodies and regulation titles of the other jurisdictions that are not also this one's. */
function forbiddenWords(regulation: RegulationId): string[] {
  const own = JURISDICTION_FORMS[regulation];
  const ownWords = [...own.places, ...own.bodies];
  const words = REGULATION_IDS.filter((other) => other !== regulation).flatMap((other) => [
    ...JURISDICTION_FORMS[other].places,
    ...JURISDICTION_FORMS[other].bodies,
    REGULATION_TEXTS[other].title,
  ]);
  return [...new Set(words)].filter((word) => !ownWords.some((mine) => overlaps(mine, word)));
}

const ARTICLE = /第[零〇一二三四五六七八九十百]+条/g;

describe('the packs’ form metadata', () => {
  it.each(REGULATION_IDS)('%s: names only its own regulation, and places and bodies no other pack claims', (regulation) => {
    const own = JURISDICTION_FORMS[regulation];
    expect(own.regulation).toBe(regulation);
    expect(own.places.length).toBeGreaterThan(0);
    expect(own.bodies.length).toBeGreaterThan(0);
    for (const formId of FORM_IDS) {
      const profile = profileFor(formId, regulation);
      for (const basis of profile.basis) expect(basis.regulation, `${formId}`).toBe(regulation);
      for (const article of profileArticles(profile)) expect(articleExists(regulation, article), `${formId} ${articleLabel(article)}`).toBe(true);
      // A regulation's own 附件 is printed only where the regulation defines the form.
      if (profile.attachment !== null) expect(profile.defined, formId).toBe(true);
    }
    // Place names are the jurisdiction's alone.
    for (const other of REGULATION_IDS.filter((id) => id !== regulation)) {
      for (const place of own.places) expect(JURISDICTION_FORMS[other].places.some((theirs) => overlaps(theirs, place)), `${regulation} ${place}`).toBe(false);
    }
  });

  it('the forbidden lists hold the places and review bodies the issue names', () => {
    const xichuan = forbiddenWords('xichuan-2025');
    for (const word of ['郴州', '老河口', '菏泽', '浔阳', '九江', '市财政局', '市城市运行管理中心', '技术支持组', '市大数据局', '区信息办']) expect(xichuan).toContain(word);
    expect(xichuan).not.toContain('淅川');
    // 市财政局 is laohekou's own (and chenzhou's, heze's): not forbidden there.
    expect(forbiddenWords('laohekou-2024')).not.toContain('市财政局');
    expect(forbiddenWords('laohekou-2024')).toContain('县发改委');
  });
});

describe.each(REGULATION_IDS)('every form for a %s office', (regulation) => {
  const place = PLACES[regulation];
  const forbidden = forbiddenWords(regulation);
  let data: ReturnType<typeof tempDataDir>;
  let services: Services;
  let documents: DocumentService;
  let projectId: string;
  const texts = new Map<FormId, { words: string; pages: number; png: string }>();
  /** The compliance report's citations: its findings' articles and the articles their own words name (all of this regulation). */
  let findingArticles: string[] = [];

  beforeAll(async () => {
    data = tempDataDir();
    services = await openServices(data.dir);
    services.office.completeSetup({ ...testOffice, name: `${place.name}教育局`, jurisdiction: regulation });
    projectId = buildSampleProject(services, place).id;
    buildOperatingProject(services, place);
    documents = createDocumentService(services.context, services, renderInProcess);
    for (const formId of FORM_IDS) {
      const pdf = await documents.renderPdf(formId, FORM_CATALOGUE[formId].scope === 'year' ? { year: 2026 } : { projectId });
      texts.set(formId, { words: compact(pdfText(pdf.bytes)), pages: pdf.pages, png: firstPagePng(pdf.bytes, `${regulation}/${formId}`, 72) });
    }
    const findings = documents.gather('compliance-report', { projectId }).subject!.findings;
    expect(findings.every((finding) => finding.regulation === regulation)).toBe(true);
    findingArticles = findings.flatMap((finding) => [articleLabel(finding.article), ...`${finding.message}${finding.action}${citationText(finding)}`.match(ARTICLE) ?? []]);
  }, 180_000);
  afterAll(() => {
    services.close();
    data.cleanup();
  });

  it.each(FORM_IDS)('%s: its own title, 附件, bodies and articles, or the plain form', (formId) => {
    const { words } = texts.get(formId)!;
    const profile = profileFor(formId, regulation);
    expect(words).toContain(compact(profile.title));
    expect(words).toContain(`${place.name}教育局`);
    if (profile.attachment !== null) expect(words).toContain(`附件${profile.attachment}`);
    // (The compliance report may quote its own regulation's findings on an 附件.)
    else if (formId !== 'compliance-report') expect(words).not.toMatch(/附件\d/);
    for (const body of [...profile.addressees, ...profile.organisers]) expect(words).toContain(compact(body));
    for (const opinion of profile.opinions) expect(words).toContain(compact(opinion.caption));
    // The basis note names what prescribes the form (else what it serves).
    const prescribing = profile.basis.filter((basis) => basis.relation === 'prescribes');
    for (const basis of prescribing.length > 0 ? prescribing : profile.basis) expect(words).toContain(compact(basisLabel(basis)));
    if (!JURISDICTION_FORMS[regulation].profiles[formId] && formId !== 'compliance-report') {
      expect(profile).toMatchObject({ title: FORM_CATALOGUE[formId].title, basis: [], defined: false });
      expect(words).not.toContain('依据：');
    }
  });

  it.each(FORM_IDS)('%s: no other jurisdiction’s place, body or regulation', (formId) => {
    const { words } = texts.get(formId)!;
    const found = forbidden.filter((word) => words.includes(compact(word)));
    expect(found, `${regulation} ${formId}`).toEqual([]);
  });

  it.each(FORM_IDS)('%s: cites no article outside its own form metadata', (formId) => {
    const { words } = texts.get(formId)!;
    const profile = profileFor(formId, regulation);
    const allowed = new Set(formId === 'compliance-report' ? findingArticles : profileArticles(profile).map(articleLabel));
    const cited = [...new Set(words.match(ARTICLE) ?? [])];
    expect(cited.filter((label) => !allowed.has(label)), `${regulation} ${formId}`).toEqual([]);
    // Any regulation named in full is this office's own.
    for (const other of REGULATION_IDS.filter((id) => id !== regulation)) expect(words).not.toContain(REGULATION_TEXTS[other].title);
  });

  it.each(FORM_IDS)(`%s: leaves its first page as a PNG under test-results/forms/${regulation}/`, (formId) => {
    const { png } = texts.get(formId)!;
    expect(png.endsWith(`forms/${regulation}/${formId}.png`)).toBe(true);
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(5_000);
  });
});

describe('what issue 13 found on the 淅川 forms', () => {
  let data: ReturnType<typeof tempDataDir>;
  let services: Services;
  let words: (formId: FormId) => Promise<string>;

  beforeAll(async () => {
    data = tempDataDir();
    services = await openServices(data.dir);
    services.office.completeSetup(testOffice);
    const projectId = buildSampleProject(services).id;
    const documents = createDocumentService(services.context, services, renderInProcess);
    words = async (formId) => compact(pdfText((await documents.renderPdf(formId, { projectId })).bytes));
  });
  afterAll(() => {
    services.close();
    data.cleanup();
  });

  it('the 验收报告 is not headed 附件3 and names the unit and the 县 bodies, not 老河口’s', async () => {
    const report = await words('acceptance-report');
    expect(report).not.toContain('附件3');
    expect(report).not.toContain('市财政局、市城市运行管理中心');
    expect(report).toContain('组织单位项目建设单位');
    expect(report).toContain('县发改委、县行政审批和政务信息管理局、县财政局');
    expect(report).toContain(compact('《淅川县政务信息化项目建设管理暂行办法》第十八条'));
  });

  it('the 竣工验收申请表 cites 淅川’s articles only', async () => {
    const application = await words('acceptance-application');
    expect(application).not.toContain('老河口');
    expect(application).not.toContain('郴州');
    expect(application).toContain(compact('《淅川县政务信息化项目建设管理暂行办法》第十八条'));
    expect(application).toContain('■项目建设总结');
    expect(application).toContain('□审计报告');
  });
});
