import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../electron/cli';
import { systemClock } from '../../../shared/domain/time';
import { rawZip } from '../../support/bundles';
import { entryDataAt } from '../../support/bundles';
import { PASSPHRASE, reviewOffice, seededBytes, unitOffice } from '../../support/exchange';
import { databaseDigest, openServices, sampleProject, tempDataDir } from '../../support/services';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), json: () => JSON.parse(out.join('\n')) };
}

/** Opens an office's data folder with the services, for what the CLI does not do (set-up, decisions) and to look. */
async function withServices<T>(dir: string, work: (services: Awaited<ReturnType<typeof openServices>>) => T | Promise<T>): Promise<T> {
  const services = await openServices(dir, systemClock);
  try {
    return await work(services);
  } finally {
    services.close();
  }
}

const digestOf = (dir: string) => withServices(dir, databaseDigest);

let work: ReturnType<typeof tempDataDir>;
let unitDir: string;
let officeDir: string;
let secret: string;
beforeEach(async () => {
  work = tempDataDir();
  unitDir = join(work.dir, 'unit');
  officeDir = join(work.dir, 'office');
  secret = join(work.dir, 'passphrase.txt');
  writeFileSync(secret, `${PASSPHRASE}\n`);
  await withServices(unitDir, (services) => services.office.completeSetup(unitOffice));
  await withServices(officeDir, (services) => services.office.completeSetup(reviewOffice));
});
afterEach(() => work.cleanup());

/** Both offices create their keys, export them and trust each other with the fingerprints "read on the phone", all by the CLI. */
async function pairByCli(): Promise<{ unitFingerprint: string; officeFingerprint: string }> {
  const fingerprints: string[] = [];
  for (const [dir, name] of [[unitDir, 'unit.pub.pem'], [officeDir, 'office.pub.pem']] as const) {
    const created = await cli('keys', 'create', '--data-dir', dir, '--passphrase-file', secret);
    expect(created.code).toBe(0);
    const exported = await cli('keys', 'export', '--data-dir', dir, '--out', join(work.dir, name));
    expect(exported.code).toBe(0);
    expect(exported.json().fingerprint).toBe(created.json().fingerprint);
    fingerprints.push(exported.json().fingerprint);
  }
  const [unitFingerprint, officeFingerprint] = fingerprints as [string, string];
  expect((await cli('keys', 'import', join(work.dir, 'office.pub.pem'), '--fingerprint', officeFingerprint, '--data-dir', unitDir)).code).toBe(0);
  // Typed as heard: lower case, no spaces.
  expect((await cli('keys', 'import', join(work.dir, 'unit.pub.pem'), '--fingerprint', unitFingerprint.replace(/ /g, '').toLowerCase(), '--data-dir', officeDir)).code).toBe(0);
  return { unitFingerprint, officeFingerprint };
}

/** The unit registers a project with a scanned document. */
async function registerProject(): Promise<{ id: string; scan: Buffer }> {
  const scan = Buffer.concat([Buffer.from('%PDF-1.7\n'), seededBytes(120_000, 5)]);
  const file = join(work.dir, '可行性研究报告.pdf');
  writeFileSync(file, scan);
  const id = await withServices(unitDir, async (services) => {
    const project = services.projects.create(sampleProject({ name: '淅川县智慧教育云平台建设项目' }));
    await services.filings.attachFile(project.id, file, { materialCode: 'feasibilityStudy' });
    return project.id;
  });
  return { id, scan };
}

async function fileProject(out = join(work.dir, 'filing.gvbundle')) {
  const project = await registerProject();
  const filed = await cli('bundle', 'export', '--projects', project.id, '--data-dir', unitDir, '--passphrase-file', secret, '--out', out);
  expect(filed.code).toBe(0);
  return { project, file: out, result: filed.json() };
}

describe('npm run cli -- bundle / keys: a filing from the unit to the review office and the decision back', () => {
  it('runs the whole round trip through the CLI', async () => {
    const { unitFingerprint } = await pairByCli();
    const listed = (await cli('keys', 'list', '--data-dir', unitDir)).json();
    expect(listed.own.active.fingerprint).toBe(unitFingerprint);
    expect(listed.trusted).toEqual([expect.objectContaining({ officeCode: reviewOffice.code, role: 'reviewOffice', status: 'active' })]);

    const { project, file, result } = await fileProject();
    expect(result).toMatchObject({ file, sequence: 1, recipient: { officeCode: reviewOffice.code }, filings: [{ projectId: project.id, version: 1 }], skipped: [] });

    // Inspected at the office (trusted: verified), at the unit itself (its own key is not in its trust list) and nowhere.
    // The filing is encrypted to the office: its content is read there, with the office's passphrase.
    const atOffice = (await cli('bundle', 'inspect', file, '--data-dir', officeDir, '--passphrase-file', secret)).json();
    expect(atOffice).toMatchObject({ status: '已验证', verified: true, verification: { status: 'verified', summary: { items: 1 } } });
    expect(atOffice.manifest).toMatchObject({ sender: { officeCode: unitOffice.code }, recipient: { officeCode: reviewOffice.code }, sequence: 1, payloadType: 'filing' });
    const pdfEntry = atOffice.manifest.entries.find((entry: { name: string }) => entry.name.endsWith('.pdf'));
    expect(pdfEntry).toMatchObject({ size: 120_009, sm3: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(atOffice.payload).toMatchObject({ type: 'filing', valid: true, summary: { projects: [{ projectId: project.id, name: '淅川县智慧教育云平台建设项目', filingVersion: 1, attachments: [{ fileName: '可行性研究报告.pdf' }] }] } });
    const atUnit = await cli('bundle', 'inspect', file, '--data-dir', unitDir);
    expect(atUnit.code).toBe(0);
    expect(atUnit.json()).toMatchObject({ status: '未验证', verified: false, notice: expect.stringContaining('未验证'), verification: { status: 'refused', reason: 'unknownKey' }, digest: atOffice.digest });
    const nowhere = (await cli('bundle', 'inspect', file, '--data-dir', join(work.dir, 'empty'))).json();
    expect(nowhere).toMatchObject({ status: '未验证', verification: { status: 'notChecked' }, payload: { valid: false, problem: expect.stringContaining('内容已加密给接收方') } });
    expect((await cli('bundle', 'verify', file, '--data-dir', officeDir)).json()).toMatchObject({ payloadType: 'filing', items: 0 });

    const verified = await cli('bundle', 'verify', file, '--data-dir', officeDir, '--passphrase-file', secret);
    expect(verified.code).toBe(0);
    expect(verified.json()).toMatchObject({ payloadType: 'filing', sequence: 1, items: 1, digest: atOffice.digest, sender: { officeCode: unitOffice.code, fingerprint: unitFingerprint } });

    const imported = await cli('bundle', 'import', file, '--data-dir', officeDir, '--passphrase-file', secret);
    expect(imported.code).toBe(0);
    expect(imported.json()).toMatchObject({ payloadType: 'filing', projects: [{ projectId: project.id, detail: '第 1 版申报' }], warnings: [] });
    expect(existsSync(imported.json().backup)).toBe(true);

    // The review office decides (in the app), then sends the decision by the CLI.
    await withServices(officeDir, (services) => {
      const [filing] = services.filings.views.received({});
      services.filings.desk.decide(filing!.id, {
        decision: 'approve', review: 'technical', date: '2026-11-24', opinion: '同意该项目建设。', citations: [{ regulation: 'xichuan-2025', article: 12 }], documentNo: '淅政数〔2026〕18号',
      });
    });
    const decisions = join(work.dir, 'decisions.gvbundle');
    const sent = await cli('bundle', 'export', '--decisions', '--to', unitOffice.code, '--out', decisions, '--data-dir', officeDir, '--passphrase-file', secret);
    expect(sent.code).toBe(0);
    expect(sent.json()).toMatchObject({ file: decisions, decisions: 1, sequence: 1 });

    const back = await cli('bundle', 'import', decisions, '--data-dir', unitDir, '--passphrase-file', secret);
    expect(back.code).toBe(0);
    expect(back.json()).toMatchObject({ payloadType: 'reviewDecision', projects: [{ projectId: project.id, detail: '批准（第 1 版申报）' }] });
    const state = await withServices(unitDir, (services) => services.filings.views.forProject(project.id));
    expect(state.lockedBy).toMatchObject({ version: 1, status: 'approved' });

    // Nothing left to file: the only project is locked.
    const nothing = await cli('bundle', 'export', '--projects', 'all', '--data-dir', unitDir, '--passphrase-file', secret);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('所有项目的申报均已获批准并锁定');
  });

  it('refuses a tampered bundle and a second import with exit code 3, the reason, and nothing written', async () => {
    await pairByCli();
    const { file } = await fileProject();
    const bytes = readFileSync(file);
    // The scan is encrypted: its bytes are found through the ZIP's directory, not by its %PDF header.
    const at = entryDataAt(bytes, /attachments\/[0-9a-z-]+\.pdf/.exec(bytes.toString('latin1'))![0]).at + 60_000;
    bytes[at] = bytes[at]! ^ 0x01;
    const tampered = join(work.dir, 'tampered.gvbundle');
    writeFileSync(tampered, bytes);

    const before = await digestOf(officeDir);
    const refused = await cli('bundle', 'import', tampered, '--data-dir', officeDir, '--passphrase-file', secret);
    expect(refused).toMatchObject({ code: 3, stdout: '' });
    expect(refused.stderr).toMatch(/条目 "attachments\/.*\.pdf" 的内容与清单中的 SM3 摘要不符/);
    expect(refused.stderr).toContain('reason: digestMismatch');
    expect(await digestOf(officeDir)).toBe(before);
    const store = join(officeDir, 'attachments');
    expect(existsSync(store) ? readdirSync(store).filter((name) => name !== '.incoming') : []).toEqual([]);
    expect((await cli('bundle', 'verify', tampered, '--data-dir', officeDir)).code).toBe(3);

    expect((await cli('bundle', 'import', file, '--data-dir', officeDir, '--passphrase-file', secret)).code).toBe(0);
    const imported = await digestOf(officeDir);
    const again = await cli('bundle', 'import', file, '--data-dir', officeDir, '--passphrase-file', secret);
    expect(again).toMatchObject({ code: 3, stdout: '' });
    expect(again.stderr).toContain('不再重复导入');
    expect(again.stderr).toContain('reason: alreadyImported');
    expect(await digestOf(officeDir)).toBe(imported);
  });

  it('refuses a wrong passphrase (exit 4) and a passphrase on the command line (exit 2); takes it from GOVIT_PASSPHRASE', async () => {
    await pairByCli();
    const project = await registerProject();
    const before = await digestOf(unitDir);
    const wrong = join(work.dir, 'wrong.txt');
    writeFileSync(wrong, '不是这个口令-2026');
    const refused = await cli('bundle', 'export', '--projects', project.id, '--data-dir', unitDir, '--passphrase-file', wrong);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('口令不正确');
    const plain = await cli('bundle', 'export', '--projects', project.id, '--data-dir', unitDir, '--passphrase', PASSPHRASE);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('不接受在命令行上直接写口令');
    const none = await cli('bundle', 'export', '--projects', project.id, '--data-dir', unitDir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('GOVIT_PASSPHRASE');
    expect(await digestOf(unitDir)).toBe(before);

    vi.stubEnv('GOVIT_PASSPHRASE', PASSPHRASE);
    try {
      const filed = await cli('bundle', 'export', '--projects', 'all', '--data-dir', unitDir, '--out', join(work.dir, 'all.gvbundle'));
      expect(filed.code).toBe(0);
      expect(filed.json().filings).toEqual([expect.objectContaining({ projectId: project.id, version: 1 })]);
      // Unchanged since version 1: `all` does not file it again.
      const again = await cli('bundle', 'export', '--projects', 'all', '--data-dir', unitDir, '--out', join(work.dir, 'again.gvbundle'));
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('自上次报送以来未修改');
      // A document added: it has changed, and goes as version 2.
      await withServices(unitDir, (services) => services.filings.attachBytes(project.id, '补充材料.pdf', Buffer.from('%PDF-1.7 补充说明')));
      const changed = await cli('bundle', 'export', '--projects', 'all', '--data-dir', unitDir, '--out', join(work.dir, 'changed.gvbundle'));
      expect(changed.code).toBe(0);
      expect(changed.json().filings).toEqual([expect.objectContaining({ projectId: project.id, version: 2 })]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('refuses a key whose fingerprint does not match what was read on the phone (exit 4), trusting nothing', async () => {
    expect((await cli('keys', 'create', '--data-dir', officeDir, '--passphrase-file', secret)).code).toBe(0);
    const keyFile = join(work.dir, 'office.pub.pem');
    const exported = (await cli('keys', 'export', '--data-dir', officeDir, '--out', keyFile)).json();
    expect(readFileSync(keyFile, 'utf8')).toContain(`# Fingerprint: ${exported.fingerprint}`);
    const again = await cli('keys', 'export', '--data-dir', officeDir, '--out', keyFile);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('文件已存在');

    const wrongFingerprint = exported.fingerprint.replace(/^./, (digit: string) => (digit === 'A' ? 'B' : 'A'));
    const before = await digestOf(unitDir);
    const refused = await cli('keys', 'import', keyFile, '--fingerprint', wrongFingerprint, '--data-dir', unitDir);
    expect(refused).toMatchObject({ code: 4, stdout: '' });
    expect(refused.stderr).toContain(`电话核对的指纹 ${wrongFingerprint} 与文件中公钥的指纹 ${exported.fingerprint} 不一致`);
    expect(await digestOf(unitDir)).toBe(before);
    expect((await cli('keys', 'list', '--data-dir', unitDir)).json()).toMatchObject({ own: { active: null }, trusted: [] });

    const missing = await cli('keys', 'import', keyFile, '--data-dir', unitDir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--fingerprint');
    const short = join(work.dir, 'short.txt');
    writeFileSync(short, '1234567');
    const weak = await cli('keys', 'create', '--data-dir', unitDir, '--passphrase-file', short);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('口令至少 8 个字符');

    const trusted = await cli('keys', 'import', keyFile, '--fingerprint', exported.fingerprint, '--data-dir', unitDir);
    expect(trusted.code).toBe(0);
    expect(trusted.json()).toMatchObject({ officeCode: reviewOffice.code, fingerprint: exported.fingerprint, status: 'active' });
  });

  it('refuses a data folder without a database and a hostile file (exit codes 2 and 3) as the documented npm script', () => {
    const empty = join(work.dir, 'empty');
    const run = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
    const noDatabase = run('bundle', 'verify', join(work.dir, 'x.gvbundle'), '--data-dir', empty);
    expect(noDatabase.status).toBe(2);
    expect(noDatabase.stderr).toContain('没有数据库文件');
    const notZip = join(work.dir, 'not-a-bundle.gvbundle');
    writeFileSync(notZip, 'PK\u0003\u0004 not really a zip');
    const inspected = run('bundle', 'inspect', notZip, '--data-dir', empty);
    expect(inspected.status).toBe(3);
    expect(inspected.stdout).toBe('');
    expect(inspected.stderr).toContain('reason: notAZip');
  });

  it('inspects without trust but still refuses a zip-slip name and a zip bomb (exit 3), unpacking nothing', async () => {
    const manifest = { name: 'manifest.json', data: Buffer.from('{}') };
    const signature = { name: 'manifest.sig', data: Buffer.alloc(70, 1) };
    const slip = join(work.dir, 'slip.gvbundle');
    writeFileSync(slip, rawZip([{ name: '../../evil.txt', data: Buffer.from('x') }, manifest, signature]));
    const slipped = await cli('bundle', 'inspect', slip, '--data-dir', officeDir);
    expect(slipped).toMatchObject({ code: 3, stdout: '' });
    expect(slipped.stderr).toContain('reason: unsafeEntryName');
    expect(existsSync(join(work.dir, '..', 'evil.txt'))).toBe(false);

    const bomb = join(work.dir, 'bomb.gvbundle');
    writeFileSync(bomb, rawZip([{ name: 'payload.json', data: Buffer.alloc(20 * 1024 * 1024), deflate: true }, manifest, signature]));
    const exploded = await cli('bundle', 'inspect', bomb, '--data-dir', officeDir);
    expect(exploded).toMatchObject({ code: 3, stdout: '' });
    expect(exploded.stderr).toContain('reason: compressionRatio');
  });

  it('explains itself with --help, passphrases included', async () => {
    for (const command of ['bundle', 'keys']) {
      const help = await cli(command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('命令行参数会被');
      expect(help.stdout).toContain('退出码');
    }
    expect((await cli('bundle', 'unpack', 'x')).stderr).toContain('未知的子命令：bundle unpack');
  });
});
