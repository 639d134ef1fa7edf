import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { renderSchema, SCHEMAS } from '../../../scripts/generate-schemas';
import { openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE = join(ROOT, 'docs/examples/check-input.json');

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

type Report = { pack: { status: string; inForce: boolean; validUntil: string | null }; projectsChecked: number; findings: { projectId: string; ruleId: string; regulation: string; article: number; severity: string; dueDate: string | null; message: string }[] };

describe('npm run cli -- check', () => {
  it('checks the documented example file and prints findings with their articles', async () => {
    const result = await cli('check', '--regulation', 'xichuan-2025', '--as-of', '2026-11-24', '--input', EXAMPLE);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.pack).toMatchObject({ status: 'inForce', inForce: true, validUntil: '2027-08-29' });
    expect(report.projectsChecked).toBe(1);
    // 第十八条 “政务信息化项目建成6个月内……组织验收”: built 2026-05-20, due 2026-11-20, overdue on 2026-11-24.
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'xichuan-2025/art18-acceptance-within-6-months', regulation: 'xichuan-2025', article: 18, dueDate: '2026-11-20' }),
    );
    for (const finding of report.findings) expect(finding).toEqual(expect.objectContaining({ projectId: '01a20000-0000-7000-8000-000000000001', severity: expect.stringMatching(/^(blocking|warning|info)$/) }));
  });

  it('says when the pack is out of force, and then runs no rules (xichuan-2025’s two-year trial ends 2027-08-29)', async () => {
    const result = await cli('check', '--regulation', 'xichuan-2025', '--as-of', '2027-08-30', '--input', EXAMPLE);
    const report = JSON.parse(result.stdout) as Report;
    expect(result.code).toBe(0);
    expect(report.pack).toMatchObject({ status: 'expired', inForce: false });
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['xichuan-2025/validity']);
  });

  it('reads an office database with --db', async () => {
    const services = await openServices(data.dir);
    services.office.completeSetup(testOffice);
    const project = services.projects.create(sampleProject({ stage: 'construction' }));
    services.facts.recordEvent(project.id, { kind: 'completed', date: '2026-05-20' });
    services.close();
    const result = await cli('check', '--regulation', 'xichuan-2025', '--as-of', '2026-11-24', '--db', data.dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings.some((finding) => finding.projectId === project.id && finding.article === 18)).toBe(true);
  });

  it.each([
    ['no regulation', ['--as-of', '2026-11-24', '--input', EXAMPLE], '请用 --regulation 指定管理办法'],
    ['an unknown regulation', ['--regulation', 'beijing-2020', '--as-of', '2026-11-24', '--input', EXAMPLE], '没有“beijing-2020”'],
    ['an impossible date', ['--regulation', 'xichuan-2025', '--as-of', '2026-02-30', '--input', EXAMPLE], '“2026-02-30”不是有效日期'],
    ['both --input and --db', ['--regulation', 'xichuan-2025', '--as-of', '2026-11-24', '--input', EXAMPLE, '--db', '/tmp'], '之一'],
    ['a missing file', ['--regulation', 'xichuan-2025', '--as-of', '2026-11-24', '--input', '/nonexistent.json'], '无法读取输入文件'],
    ['a folder without a database', ['--regulation', 'xichuan-2025', '--as-of', '2026-11-24', '--db', '/tmp/govit-no-such-folder'], '没有数据库文件'],
  ])('refuses %s with a clear message and exit code 2', async (_case, args, message) => {
    const result = await cli('check', ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  it('refuses invalid JSON and schema violations, naming the field', async () => {
    const broken = join(data.dir, 'broken.json');
    writeFileSync(broken, '{"projects": [');
    const notJson = await cli('check', '--regulation', 'xichuan-2025', '--as-of', '2026-11-24', '--input', broken);
    expect(notJson).toMatchObject({ code: 2 });
    expect(notJson.stderr).toContain('不是有效的 JSON');

    const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { projects: { project: { name: string; totalInvestmentFen: number } }[] };
    example.projects[0]!.project.name = '';
    const invalid = join(data.dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify(example));
    const violation = await cli('check', '--regulation', 'xichuan-2025', '--as-of', '2026-11-24', '--input', invalid);
    expect(violation.code).toBe(2);
    expect(violation.stderr).toContain('projects[0].project.name：项目名称为必填项');
  });

  it('works as the documented npm script', () => {
    const run = spawnSync('npm', ['run', '--silent', 'cli', '--', 'check', '--regulation', 'xichuan-2025', '--as-of', '2026-11-24', '--input', EXAMPLE], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as Report).projectsChecked).toBe(1);
    const bad = spawnSync('npm', ['run', '--silent', 'cli', '--', 'check'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});

describe('docs/schemas', () => {
  it.each(Object.entries(SCHEMAS))('%s is generated from the current zod schema', (file, { title, schema }) => {
    expect(readFileSync(join(ROOT, file), 'utf8')).toBe(renderSchema(title, schema));
  });
});
