import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { EXIT_CHAIN_BROKEN } from '../../../electron/cli/history';
import { DATABASE_FILE } from '../../../electron/services';
import { GENESIS_HASH, rowHash } from '../../../electron/services/history-chain';
import { systemClock } from '../../../shared/domain/time';
import { PASSPHRASE, reviewOffice, unitOffice } from '../../support/exchange';
import { openServices, sampleProject, tempDataDir } from '../../support/services';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), json: () => JSON.parse(out.join('\n')) };
}

async function withServices<T>(dir: string, work: (services: Awaited<ReturnType<typeof openServices>>) => T | Promise<T>): Promise<T> {
  const services = await openServices(dir, systemClock);
  try {
    return await work(services);
  } finally {
    services.close();
  }
}

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
  // Keys and trust both ways, as the bundle CLI test does it.
  const fingerprints: string[] = [];
  for (const [dir, name] of [[unitDir, 'unit.pub.pem'], [officeDir, 'office.pub.pem']] as const) {
    expect((await cli('keys', 'create', '--data-dir', dir, '--passphrase-file', secret)).code).toBe(0);
    const exported = await cli('keys', 'export', '--data-dir', dir, '--out', join(work.dir, name));
    fingerprints.push(exported.json().fingerprint);
  }
  expect((await cli('keys', 'import', join(work.dir, 'office.pub.pem'), '--fingerprint', fingerprints[1]!, '--data-dir', unitDir)).code).toBe(0);
  expect((await cli('keys', 'import', join(work.dir, 'unit.pub.pem'), '--fingerprint', fingerprints[0]!, '--data-dir', officeDir)).code).toBe(0);
});
afterEach(() => work.cleanup());

/** The unit registers and edits a project (a few history rows), files it, and the office imports the filing. */
async function fileAndImport(): Promise<{ bundle: string; headBefore: { seq: number; hash: string } }> {
  const { id, headBefore } = await withServices(unitDir, (services) => {
    const fields = sampleProject({ name: '淅川县智慧教育云平台建设项目' });
    const project = services.projects.create(fields);
    services.projects.update(project.id, project.version, { ...fields, name: '淅川县智慧教育云平台建设项目（一期）' });
    const head = services.context.handle.sqlite.prepare('SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
    return { id: project.id, headBefore: head };
  });
  const bundle = join(work.dir, 'filing.gvbundle');
  expect((await cli('bundle', 'export', '--projects', id, '--data-dir', unitDir, '--passphrase-file', secret, '--out', bundle)).code).toBe(0);
  const imported = await cli('bundle', 'import', bundle, '--data-dir', officeDir, '--passphrase-file', secret);
  expect(imported.stderr).toBe('');
  expect(imported.code).toBe(0);
  return { bundle, headBefore };
}

/**
 * What someone with the database file can do: change an old row, recompute
 * every later hash and the head in settings. The chain then holds on its own.
 */
function rewriteChainConsistently(dir: string): void {
  const db = new Database(join(dir, DATABASE_FILE));
  try {
    db.transaction(() => {
      db.exec('DROP TRIGGER history_no_update; DROP TRIGGER history_no_delete;');
      db.prepare("UPDATE history SET actor = '改写者' WHERE seq = 1").run();
      const rows = db.prepare('SELECT * FROM history ORDER BY seq').all() as (Parameters<typeof rowHash>[2] & { seq: number })[];
      let prev = GENESIS_HASH;
      const set = db.prepare('UPDATE history SET prev_hash = ?, hash = ? WHERE seq = ?');
      for (const row of rows) {
        const hash = rowHash(prev, row.seq, row);
        set.run(prev, hash, row.seq);
        prev = hash;
      }
      db.prepare("UPDATE settings SET value = ? WHERE key = 'history.head'").run(JSON.stringify({ seq: rows.length, hash: prev }));
    })();
  } finally {
    db.close();
  }
}

describe('history anchor: filings and receipts carry the sender’s chain head, `history verify --against` finds it', () => {
  it('a filing carries the unit’s head and the review office keeps it', async () => {
    const { bundle, headBefore } = await fileAndImport();
    const inspected = (await cli('bundle', 'inspect', bundle, '--data-dir', officeDir)).json();
    // The payload is encrypted to the office; the signed manifest repeats the head in clear.
    expect(inspected.manifest.historyHead).toEqual(headBefore);
    const kept = await withServices(officeDir, (services) => services.context.handle.sqlite.prepare('SELECT * FROM history_anchors').all());
    expect(kept).toEqual([expect.objectContaining({ office_code: unitOffice.code, bundle_sequence: 1, payload_type: 'filing', head_seq: headBefore.seq, head_hash: headBefore.hash, bundle_digest: inspected.digest })]);
    // Kept as received: the database refuses to change or remove it.
    await withServices(officeDir, (services) => {
      expect(() => services.context.handle.sqlite.prepare("UPDATE history_anchors SET head_hash = 'x'").run()).toThrow(/只能追加/);
      expect(() => services.context.handle.sqlite.prepare('DELETE FROM history_anchors').run()).toThrow(/只能追加/);
    });
  });

  it('a receipt carries the review office’s head and the unit keeps it', async () => {
    await fileAndImport();
    const receipt = await withServices(officeDir, async (services) => {
      const [pending] = services.filings.acknowledgements.pending();
      const head = services.context.handle.sqlite.prepare('SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1').get();
      return { ...(await services.filings.acknowledgements.send(pending!.digest, PASSPHRASE)), head };
    });
    expect((await cli('bundle', 'import', receipt.file, '--data-dir', unitDir)).code).toBe(0);
    const kept = await withServices(unitDir, (services) => services.context.handle.sqlite.prepare('SELECT office_code, payload_type, head_seq AS seq, head_hash AS hash FROM history_anchors').all());
    expect(kept).toEqual([{ office_code: reviewOffice.code, payload_type: 'acknowledgement', ...(receipt.head as object) }]);
    // The review office's own chain checks against the unit's data folder.
    const checked = await cli('history', 'verify', '--data-dir', officeDir, '--against', unitDir);
    expect(checked.code).toBe(0);
    expect(checked.json().against).toMatchObject({ ok: true, checked: 1 });    expect((await cli('history', 'verify', '--data-dir', officeDir, '--against', receipt.file)).code).toBe(0);

    // Receipts stay in clear (filings are encrypted to their recipient): the office's rewritten chain is caught by one too.
    rewriteChainConsistently(officeDir);
    expect((await cli('history', 'verify', '--data-dir', officeDir)).code).toBe(0);
    const folder = await cli('history', 'verify', '--data-dir', officeDir, '--against', unitDir);
    expect(folder.code).toBe(EXIT_CHAIN_BROKEN);
    expect(folder.json().against).toMatchObject({ ok: false, mismatches: [{ seq: (receipt.head as { seq: number }).seq }] });
    expect((await cli('history', 'verify', '--data-dir', officeDir, '--against', receipt.file)).code).toBe(EXIT_CHAIN_BROKEN);
  });

  it('an untouched chain passes --against the office’s data folder and against the bundle', async () => {
    const { bundle } = await fileAndImport();
    const plain = await cli('history', 'verify', '--data-dir', unitDir);
    expect(plain.code).toBe(0);
    expect(plain.json()).toMatchObject({ ok: true });
    const folder = await cli('history', 'verify', '--data-dir', unitDir, '--against', officeDir);
    expect(folder.code).toBe(0);
    expect(folder.json()).toMatchObject({ ok: true, chain: { ok: true }, against: { ok: true, checked: 1, mismatches: [] } });
    const fromBundle = await cli('history', 'verify', '--data-dir', unitDir, '--against', bundle);
    expect(fromBundle.code).toBe(0);
    expect(fromBundle.json().against).toMatchObject({ ok: true, checked: 1 });
  });

  it('a chain rewritten consistently with its head passes plain verify but fails --against the office’s data folder and the bundle', async () => {
    const { bundle, headBefore } = await fileAndImport();
    rewriteChainConsistently(unitDir);
    const plain = await cli('history', 'verify', '--data-dir', unitDir);
    expect(plain.code).toBe(0);
    expect(plain.json()).toMatchObject({ ok: true });

    const folder = await cli('history', 'verify', '--data-dir', unitDir, '--against', officeDir);
    expect(folder.code).toBe(EXIT_CHAIN_BROKEN);
    expect(folder.json()).toMatchObject({ ok: false, chain: { ok: true }, against: { ok: false, checked: 1, mismatches: [{ seq: headBefore.seq }] } });
    expect(folder.json().against.mismatches[0].message).toMatch(/哈希与本单位历史记录不符/);

    const fromBundle = await cli('history', 'verify', '--data-dir', unitDir, '--against', bundle);
    expect(fromBundle.code).toBe(EXIT_CHAIN_BROKEN);
    expect(fromBundle.json().against).toMatchObject({ ok: false, mismatches: [{ seq: headBefore.seq }] });
  });

  it('refuses a bundle another office sent, and finds nothing to compare in a folder that kept no head', async () => {
    const { bundle } = await fileAndImport();
    const notOurs = await cli('history', 'verify', '--data-dir', officeDir, '--against', bundle);
    expect(notOurs.code).toBe(2);
    expect(notOurs.stderr).toContain(`不是本单位（${reviewOffice.code}）发出的`);
    const otherUnit = join(work.dir, 'other');
    await withServices(otherUnit, (services) => services.office.completeSetup({ ...unitOffice, code: '11411326MB0000001X', name: '淅川县另一单位' }));
    const nothing = await cli('history', 'verify', '--data-dir', unitDir, '--against', otherUnit);
    expect(nothing.code).toBe(EXIT_CHAIN_BROKEN);
    expect(nothing.json().against).toMatchObject({ ok: false, checked: 0, message: expect.stringMatching(/无法对照核验/) });
    const missing = await cli('history', 'verify', '--data-dir', unitDir, '--against', join(work.dir, 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/找不到/);
  });
});
