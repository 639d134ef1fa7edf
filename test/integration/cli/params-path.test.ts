/**
 * The CLI with the review office's parameters: `check --params FILE` (the policy
 * update's format), `check --db` with the office's stored parameters, and the
 * `path` verb. The pack's validity article is in every output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { writePolicyLayer } from '../../../electron/services/policy-layer';
import { openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE = JSON.parse(readFileSync(join(ROOT, 'docs/examples/check-input.json'), 'utf8')) as { projects: { project: Record<string, unknown> }[] };
const WAN = 1_000_000;

let data: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

type Finding = { ruleId: string; article: number; severity: string; message: string };
type Report = {
  pack: { validityArticle: number; validityQuote: string; status: string };
  parameters: { documentNos: string[]; set: string[]; unset: { id: string; article: number; note: string }[] };
  findings: Finding[];
};

const review = (kind: string, date: string) => ({ kind: 'review', review: kind, outcome: 'approved', date });

/** A chenzhou project of 300 万元 in procurement, with every 第八条/第九条 review but 立项. */
function chenzhouInput(): string {
  const base = EXAMPLE.projects[0]!;
  const input = {
    projects: [
      {
        ...base,
        project: { ...base.project, stage: 'procurement', totalInvestmentFen: 300 * WAN },
        events: [review('technical', '2026-02-10'), review('finance', '2026-02-20'), review('cryptography', '2026-02-25'), review('security', '2026-02-26')],
        materials: [],
      },
    ],
  };
  const file = join(data.dir, 'input.json');
  writeFileSync(file, JSON.stringify(input));
  return file;
}

function policyFile(update: object): string {
  const file = join(data.dir, 'policy.json');
  writeFileSync(file, JSON.stringify(update));
  return file;
}

const threshold = (value: number) => ({
  regulation: 'chenzhou-2022',
  documentNo: '郴数政办〔2026〕3号',
  parameters: [{ id: 'establishmentThresholdFen', values: [{ from: '2026-01-01', until: null, value }] }],
});

const establishmentFindings = (report: Report) => report.findings.filter((f) => f.ruleId === 'chenzhou-2022/art8-tiered-reviews');

describe('npm run cli -- check --params', () => {
  it('without the office’s 立项金额标准, a 300 万元 project missing 立项 gets info saying the 200 万元 is our default', async () => {
    const result = await cli('check', '--regulation', 'chenzhou-2022', '--as-of', '2026-06-01', '--input', chenzhouInput());
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(establishmentFindings(report)).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringContaining('本地默认值，非办法规定，请审查部门确认') })]);
    expect(report.parameters.unset.map((p) => p.id)).toContain('establishmentThresholdFen');
    expect(report.pack).toMatchObject({ validityArticle: 22, validityQuote: expect.any(String) });
  });

  it('the office sets it to exactly 300 万元: “以上” includes the number, so 立项 is required and the finding blocks', async () => {
    const result = await cli('check', '--regulation', 'chenzhou-2022', '--as-of', '2026-06-01', '--input', chenzhouInput(), '--params', policyFile(threshold(300 * WAN)));
    const report = JSON.parse(result.stdout) as Report;
    expect(establishmentFindings(report)).toEqual([expect.objectContaining({ severity: 'blocking', message: expect.stringContaining('市发改委立项审批尚未办理') })]);
    expect(establishmentFindings(report)[0]!.message).not.toContain('本地默认值');
    expect(report.parameters).toMatchObject({ documentNos: ['郴数政办〔2026〕3号'], set: ['establishmentThresholdFen'] });
    expect(report.parameters.unset.map((p) => p.id)).not.toContain('establishmentThresholdFen');
  });

  it('one fen above the project: “立项金额标准以下”, no 立项 needed', async () => {
    const result = await cli('check', '--regulation', 'chenzhou-2022', '--as-of', '2026-06-01', '--input', chenzhouInput(), '--params', policyFile(threshold(300 * WAN + 1)));
    expect(establishmentFindings(JSON.parse(result.stdout) as Report)).toEqual([]);
  });

  it('refuses, with a Chinese message and exit 2, a policy update for another regulation or a parameter the 办法 fixes', async () => {
    const other = await cli('check', '--regulation', 'chenzhou-2022', '--as-of', '2026-06-01', '--input', chenzhouInput(), '--params', policyFile({ ...threshold(1), regulation: 'xichuan-2025' }));
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('已拒绝');
    const fixed = await cli('check', '--regulation', 'chenzhou-2022', '--as-of', '2026-06-01', '--input', chenzhouInput(), '--params', policyFile({ regulation: 'chenzhou-2022', parameters: [{ id: 'declarationDeadline', values: [{ from: '2026-01-01', until: null, value: '11-30' }] }] }));
    expect(fixed.code).toBe(2);
    expect(fixed.stderr).toContain('declarationDeadline');
    const broken = await cli('check', '--regulation', 'chenzhou-2022', '--as-of', '2026-06-01', '--input', chenzhouInput(), '--params', policyFile({ regulation: 'chenzhou-2022', parameters: 'x' }));
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('政策更新');
  });
});

describe('npm run cli -- check --db uses the office’s stored parameters', () => {
  it('xichuan 第三十五条 “严重逾期”: info on our 90-day default, a warning once the office’s stored value says 60 days', async () => {
    const services = await openServices(data.dir);
    services.office.completeSetup(testOffice);
    const project = services.projects.create(sampleProject({ stage: 'construction' }));
    const { attributes, compliance } = services.facts.factsOf(project.id);
    services.facts.setAttributes(project.id, { ...attributes, plannedCompletionDate: '2026-08-01' }, compliance);
    services.close();

    // 75 days past the planned completion on 2026-10-15.
    const serious = (report: Report) => report.findings.filter((f) => f.ruleId === 'xichuan-2025/art35-serious-delay');
    const before = JSON.parse((await cli('check', '--regulation', 'xichuan-2025', '--as-of', '2026-10-15', '--db', data.dir)).stdout) as Report;
    expect(before.parameters.unset.map((p) => p.id)).toContain('seriousDelayDays');
    expect(serious(before)).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringContaining('“超过计划建成日期多少天视为“严重逾期”') })]);

    const again = await openServices(data.dir);
    writePolicyLayer(
      again.context.handle.sqlite,
      { regulation: 'xichuan-2025', overrides: { seriousDelayDays: [{ from: '2025-08-29', until: '2027-08-29', value: 60 }] }, documentNos: ['淅审〔2026〕1号'] },
      '2026-09-01T00:00:00+08:00',
    );
    again.close();
    const after = JSON.parse((await cli('check', '--regulation', 'xichuan-2025', '--as-of', '2026-10-15', '--db', data.dir)).stdout) as Report;
    expect(after.parameters).toMatchObject({ documentNos: ['淅审〔2026〕1号'], set: ['seriousDelayDays'] });
    expect(after.parameters.unset.map((p) => p.id)).not.toContain('seriousDelayDays');
    expect(serious(after)).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('超过 60 天视为严重逾期') })]);
    expect(serious(after)[0]!.message).not.toContain('本地默认值');
  });
});

describe('npm run cli -- path', () => {
  it('prints laohekou 第八条’s service-purchase path in order, with 政府采购 and 绩效评价 and the validity article', async () => {
    const base = EXAMPLE.projects[0]!;
    const file = join(data.dir, 'laohekou.json');
    writeFileSync(
      file,
      JSON.stringify({
        projects: [{ ...base, project: { ...base.project, projectClass: 'service', stage: 'procurement' }, events: [review('preAssessment', '2025-03-01')], materials: [] }],
      }),
    );
    const result = await cli('path', '--regulation', 'laohekou-2024', '--as-of', '2025-06-03', '--input', file);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { pack: Report['pack']; projects: { steps: { order: number; kind: string; label: string; article: number; state: string }[] }[] };
    expect(report.pack.validityArticle).toBeGreaterThan(0);
    const steps = report.projects[0]!.steps;
    expect(steps.map((s) => s.order)).toEqual(steps.map((_, i) => i + 1));
    expect(steps[0]).toMatchObject({ kind: 'approval', article: 7, state: expect.stringContaining('已通过') });
    const labels = steps.map((s) => s.label);
    expect(labels.indexOf('政府采购')).toBeGreaterThan(labels.indexOf('市财政局投资预算评审'));
    expect(labels.indexOf('绩效评价')).toBeGreaterThan(labels.indexOf('政府采购'));
    expect(steps.filter((s) => s.kind === 'procedure')).toEqual([
      expect.objectContaining({ label: '政府采购', article: 8, state: '尚未办理' }),
      expect.objectContaining({ label: '绩效评价', article: 8, state: '尚未办理' }),
    ]);
  });

  it('a fixed-asset project lists no procedures, and bad arguments exit 2', async () => {
    const base = EXAMPLE.projects[0]!;
    const file = join(data.dir, 'fixed.json');
    writeFileSync(file, JSON.stringify({ projects: [{ ...base, project: { ...base.project, projectClass: 'investment' }, events: [], materials: [] }] }));
    const result = await cli('path', '--regulation', 'laohekou-2024', '--as-of', '2025-06-03', '--input', file);
    const report = JSON.parse(result.stdout) as { projects: { steps: { kind: string }[] }[] };
    expect(report.projects[0]!.steps.every((s) => s.kind === 'approval')).toBe(true);
    expect((await cli('path', '--regulation', 'nowhere', '--as-of', '2025-06-03', '--input', file)).code).toBe(2);
  });
});
