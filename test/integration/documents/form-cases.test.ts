/**
 * The forms' own rules, case by case: what prints when a fact is missing, when
 * there are several, and the helpers that turn register values into the words
 * and numbers a printed form carries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Services } from '../../../electron/services';
import { renderInProcess, safeFileName, type DocumentData } from '../../../electron/services/documents';
import { citationText, orderFindings } from '../../../electron/services/documents/forms/compliance-report';
import { percent } from '../../../electron/services/documents/forms/common';
import { inventoryLine } from '../../../electron/services/documents/forms/system-inventory';
import { chineseDate, resolveWidths, textWidth, wanYuan } from '../../../electron/services/documents/layout';
import type { LifecycleEvent } from '../../../shared/domain/lifecycle-events';
import type { Finding } from '../../../shared/rules/framework/finding';
import { openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';
import { compact, pdfText } from './pdf-tools';
import { buildOperatingProject, buildSampleProject, OPERATING_NAME } from './sample';

let data: ReturnType<typeof tempDataDir>;
let services: Services;
let sample: DocumentData;
let operating: DocumentData;

beforeAll(async () => {
  data = tempDataDir();
  services = await openServices(data.dir);
  services.office.completeSetup(testOffice);
  sample = services.documents.gather('change-filing', { projectId: buildSampleProject(services).id });
  operating = services.documents.gather('system-inventory', { projectId: buildOperatingProject(services).id });
});
afterAll(() => {
  services.close();
  data.cleanup();
});

const withEvents = (base: DocumentData, events: LifecycleEvent[]): DocumentData => ({ ...base, subject: { ...base.subject!, events } });
const wordsOf = async (formId: Parameters<typeof renderInProcess>[0], formData: DocumentData) => {
  const pdf = await renderInProcess(formId, formData);
  return { pages: pdf.pages, words: compact(pdfText(pdf.bytes)) };
};

describe('变更备案表 (xichuan-2025 第十七条)', () => {
  it('prints a blank form to fill in by hand when no change is recorded', async () => {
    const { pages, words } = await wordsOf('change-filing', withEvents(sample, []));
    expect(pages).toBe(1);
    expect(words).toContain('□不变□有变化');
    expect(words).toContain('□技术审查部门出具意见□向项目审批部门备案');
    expect(words).not.toContain('BG-');
  });

  it('prints one page per recorded change, each with its own procedures', async () => {
    const change = (changeId: string, date: string): LifecycleEvent => ({ kind: 'changeRequested', date, changeId, adjustmentFen: 10_000_000, totalAfterFen: 380_000_000, reason: 'scheduleAdjustment', goalsUnchanged: true, summary: '' });
    const events: LifecycleEvent[] = [change('BG-A', '2026-03-10'), change('BG-B', '2026-04-10'), { kind: 'changeApproved', date: '2026-04-20', changeId: 'BG-B', approvals: ['filedWithApprover'] }];
    const { pages, words } = await wordsOf('change-filing', withEvents(sample, events));
    expect(pages).toBe(2);
    expect(words.indexOf('BG-A')).toBeLessThan(words.indexOf('BG-B'));
    expect(words).toContain('■向项目审批部门备案（2026年4月20日）');
    expect(words.match(/■向项目审批部门备案/g)).toHaveLength(1);
    expect(words).toContain('2.63%');
  });
});

describe('基础目录清单 (xichuan-2025 第二十八条)', () => {
  it('takes from the register what the inventory entry leaves out', () => {
    const line = inventoryLine(operating.subject!);
    expect(line).toMatchObject({ systemName: OPERATING_NAME, investmentFen: 126_500_000, omCostFen: null, fundingChannel: '本级财政资金', protectionStatus: '等级保护第二级', systemType: '' });
  });

  it('prefers the inventory entry, and names the project when the system is called otherwise', async () => {
    const line = inventoryLine(sample.subject!);
    expect(line).toMatchObject({ systemName: '淅川县智慧教育云平台', approval: '淅川县发展和改革部门\n淅发改〔2025〕56号', omCostFen: 19_000_000 });
    const { words } = await wordsOf('system-inventory', sample);
    expect(words).toContain('（所属项目：淅川县智慧教育云平台建设项目）');
    expect(words).toContain('合计380.0019.00共1个系统');
  });
});

describe('合规检查报告', () => {
  const finding = (severity: Finding['severity'], article: number, dueDate?: string): Finding => ({
    ruleId: `r${article}`,
    projectId: 'p',
    regulation: 'xichuan-2025',
    article,
    severity,
    message: `m${article}`,
    action: 'a',
    ...(dueDate ? { dueDate } : {}),
  });

  it('orders blocking before warnings before reminders, then by due date, undated last', () => {
    const ordered = orderFindings([finding('info', 1), finding('warning', 2), finding('warning', 3, '2026-12-01'), finding('blocking', 4), finding('warning', 5, '2026-11-20')]);
    expect(ordered.map((f) => f.article)).toEqual([4, 5, 3, 2, 1]);
  });

  it('quotes the article word for word', () => {
    expect(citationText({ regulation: 'xichuan-2025', article: 28 })).toBe(
      '《淅川县政务信息化项目建设管理暂行办法》第二十八条：“项目建设单位应当每年编制本部门政务信息系统基础目录清单,列明已建成投入运行的政务信息系统名称、类型、建设依据、审批部门和文件号、投资额度、运维费用、经费渠道、信息资源目录、信息共享开放情况、等级保护和分级保护情况、绩效指标等内容,并报县行政审批和政务信息管理局备案。”',
    );
    expect(citationText({ regulation: 'xichuan-2025', article: 999 })).toContain('（条文未收录）');
  });

  it('checks afresh, and says so on the report when the regulation has expired (heze-2021, until 2022-12-27)', async () => {
    const heze = tempDataDir();
    const office = await openServices(heze.dir);
    try {
      office.office.completeSetup({ ...testOffice, name: '菏泽市教育局', jurisdiction: 'heze-2021' });
      const project = office.projects.create(sampleProject({ name: '菏泽市智慧教育平台建设项目', unitName: '菏泽市教育局' }));
      const expiry = office.compliance.status().message;
      expect(expiry).toBeTruthy();
      office.context.handle.sqlite.prepare('DELETE FROM findings').run();
      const pdf = await office.documents.renderPdf('compliance-report', { projectId: project.id });
      const words = compact(pdfText(pdf.bytes));
      expect(words).toContain(compact(`注意：${expiry}`));
      expect(words).toContain('《菏泽市');
      const stored = office.context.handle.sqlite.prepare('SELECT count(*) FROM findings WHERE project_id = ?').pluck().get(project.id) as number;
      expect(stored).toBeGreaterThan(0);
    } finally {
      office.close();
      heze.cleanup();
    }
  });

  it('says so when there is nothing to report', async () => {
    const clean = { ...sample, subject: { ...sample.subject!, findings: [] } };
    const { pages, words } = await wordsOf('compliance-report', clean);
    expect(pages).toBe(1);
    expect(words).toContain('检查结论未发现问题');
    expect(words).toContain('经检查，未发现不符合规定的情形。');
  });
});

describe('words and numbers on the page', () => {
  it('writes dates as 2026年11月24日, without leading zeros', () => {
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日');
    expect(chineseDate('2026-11-24')).toBe('2026年11月24日');
    expect(chineseDate(undefined)).toBe('');
  });

  it('writes fen as 万元 with two decimals, and an unknown amount as blank', () => {
    expect(wanYuan(380_000_000)).toBe('380.00');
    expect(wanYuan(10_000)).toBe('0.01');
    expect(wanYuan(0)).toBe('0.00');
    expect(wanYuan(undefined)).toBe('');
  });

  it('gives a share as a percentage with two decimals, rounded half up', () => {
    expect(percent(36_000_000, 380_000_000)).toBe('9.47%');
    expect(percent(57_000_000, 380_000_000)).toBe('15.00%');
    expect(percent(1, 0)).toBe('');
  });

  it('shares what the fixed columns leave among the star columns, padding and rules included', () => {
    const widths = resolveWidths([20, '*', '*', 40], textWidth('portrait'));
    expect(widths[1]).toBe(widths[2]);
    const drawn = widths.reduce((sum, width) => sum + width, 0) + 4 * 8 + 5 * 0.75;
    expect(drawn).toBeCloseTo(textWidth('portrait'), 6);
    expect(textWidth('portrait')).toBeCloseTo((156 * 72) / 25.4, 6);
    expect(textWidth('landscape')).toBeCloseTo((225 * 72) / 25.4, 6);
  });

  it('makes file names safe on Windows and Linux', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeFileName('  ')).toBe('文书');
    expect(safeFileName('长'.repeat(100))).toHaveLength(80);
  });
});
