import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyHistoryChain } from '../../../../electron/services/history-chain';
import { buildCrashFixture, copyPristine, runImportChild, type ChildRun, type CrashFixture, type KillPoint } from '../../../support/crash-import';
import { seededBytes } from '../../../support/exchange';
import { databaseDigest, openServices, tempDataDir } from '../../../support/services';

/**
 * An import killed (SIGKILL) at random points, in its own process: each time
 * the database must pass `PRAGMA integrity_check` and be wholly as before the
 * import or wholly as after it. The child is deterministic (fixed clock,
 * seeded ids: test/support/import-child.ts), so "after" is one exact state.
 */

const RANDOM_KILLS = 20;
const WRITE_PHASE_KILLS = 4;
/** Kills the moment the child reports a step: during the backup, as the transaction starts, just after the commit. */
const STEP_KILLS = ['step backup', 'step write', 'step committed'];

let work: ReturnType<typeof tempDataDir>;
let fixture: CrashFixture;
beforeAll(async () => {
  work = tempDataDir();
  fixture = await buildCrashFixture(work.dir, { projects: 200, files: 60, fileBytes: 500_000 });
}, 60_000);
afterAll(() => work.cleanup());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const incomingOf = (dir: string) => join(dir, 'attachments', '.incoming');
const listIncoming = (dir: string) => (existsSync(incomingOf(dir)) ? readdirSync(incomingOf(dir), { recursive: true }) : []);

/** Reopens a data folder as the app would and looks at everything the import touches. */
async function examine(dir: string) {
  const leftovers = listIncoming(dir).length;
  const services = await openServices(dir);
  try {
    const { sqlite } = services.context.handle;
    const attachments = sqlite.prepare('SELECT sm3, size, source FROM attachments').all() as { sm3: string; size: number; source: string }[];
    let unreadable = 0;
    for (const row of attachments) await services.filings.store.readAttachment(row, services.exchange).catch(() => (unreadable += 1));
    return {
      integrity: sqlite.pragma('integrity_check', { simple: true }),
      foreignKeyViolations: (sqlite.pragma('foreign_key_check') as unknown[]).length,
      chain: verifyHistoryChain(sqlite),
      digest: sha256(databaseDigest(services)),
      filings: (sqlite.prepare('SELECT count(*) AS n FROM filings').get() as { n: number }).n,
      attachments: attachments.length,
      missingFiles: unreadable,
      leftovers,
      leftoversAfterReopen: listIncoming(dir).length,
    };
  } finally {
    services.close();
  }
}

/** Whether the pre-import backup a run left (if any) opens as a database holding the office's data. */
function backupUsable(dir: string): boolean | null {
  const backups = join(dir, 'backups');
  const name = existsSync(backups) ? readdirSync(backups).find((file) => file.endsWith('-pre-import.sqlite3')) : undefined;
  if (!name) return null;
  try {
    const db = new Database(join(backups, name), { readonly: true, fileMustExist: true });
    try {
      return db.pragma('integrity_check', { simple: true }) === 'ok' && (db.prepare('SELECT count(*) AS n FROM trusted_keys').get() as { n: number }).n > 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

const seen = (run: ChildRun, prefix: string) => run.lines.some(({ line }) => line.startsWith(prefix));
const at = (run: ChildRun, prefix: string) => run.lines.find(({ line }) => line.startsWith(prefix))!.at;

describe('an import killed at random points', () => {
  it('leaves the database whole, and wholly before or wholly after the import, every time', async () => {
    const before = await examine(copyPristine(fixture, join(work.dir, 'before')));
    expect(before).toMatchObject({ integrity: 'ok', filings: 0, attachments: 0 });

    // One import to the end: the state after, and how long each step takes.
    const referenceDir = copyPristine(fixture, join(work.dir, 'reference'));
    const reference = await runImportChild(referenceDir, fixture.bundle, null);
    expect(reference, reference.stderr).toMatchObject({ killed: false, exitCode: 0 });
    const after = await examine(referenceDir);
    expect(after).toMatchObject({ integrity: 'ok', foreignKeyViolations: 0, chain: { ok: true }, filings: 200, attachments: 60, missingFiles: 0, leftoversAfterReopen: 0 });
    expect(after.digest).not.toBe(before.digest);
    const duration = at(reference, 'closed');
    const writeStart = at(reference, 'step write');
    const committed = at(reference, 'step committed');
    // A moment of the measured run, as a delay after the step it falls in.
    const steps = ['ready', ...STEP_KILLS].map((onLine) => ({ onLine, at: at(reference, onLine) }));
    const killAt = (ms: number): KillPoint => {
      const step = steps.filter((candidate) => candidate.at <= ms).at(-1)!;
      return { onLine: step.onLine, afterMs: ms - step.at };
    };

    // Kill points: stratified over the whole import (one in each 1/20 of it), more inside the write, and at the steps themselves.
    const random = seededBytes(4 * (RANDOM_KILLS + WRITE_PHASE_KILLS), 20261124);
    const unit = (index: number) => random.readUInt32LE(4 * index) / 2 ** 32;
    const kills: KillPoint[] = [
      ...Array.from({ length: RANDOM_KILLS }, (_, index) => killAt(((index + unit(index)) / RANDOM_KILLS) * duration)),
      ...Array.from({ length: WRITE_PHASE_KILLS }, (_, index) => killAt(writeStart + unit(RANDOM_KILLS + index) * (committed - writeStart))),
      ...STEP_KILLS.map((onLine) => ({ onLine, afterMs: 0 })),
    ];

    const outcomes = { before: 0, after: 0, killedInTransaction: 0, leftovers: 0, backups: { none: 0, usable: 0, unusable: 0 } };
    for (const [index, kill] of kills.entries()) {
      const dir = copyPristine(fixture, join(work.dir, `kill-${index}`));
      const run = await runImportChild(dir, fixture.bundle, kill);
      const where = `kill ${index} (${JSON.stringify(kill)}), last step seen: ${run.lines.at(-1)?.line ?? 'none'}`;
      expect(run.killed, `${where}\n${run.stderr}`).toBe(true);
      const state = await examine(dir);
      expect(state.integrity, where).toBe('ok');
      expect(state.foreignKeyViolations, where).toBe(0);
      expect(state.chain.ok, where).toBe(true);
      expect([before.digest, after.digest], where).toContain(state.digest);
      if (!seen(run, 'step write')) expect(state.digest, `${where}: killed before the transaction, yet not as before`).toBe(before.digest);
      if (seen(run, 'step committed')) expect(state.digest, `${where}: killed after the commit, yet not as after`).toBe(after.digest);
      // Whatever was committed has its attachment files; the copies a kill left behind are gone once the app starts.
      expect(state.missingFiles, where).toBe(0);
      expect(state.leftoversAfterReopen, where).toBe(0);

      const landed = state.digest === before.digest ? 'before' : 'after';
      outcomes[landed] += 1;
      if (seen(run, 'step write') && !seen(run, 'step committed')) outcomes.killedInTransaction += 1;
      if (state.leftovers > 0) outcomes.leftovers += 1;
      const backup = backupUsable(dir);
      outcomes.backups[backup === null ? 'none' : backup ? 'usable' : 'unusable'] += 1;
      rmSync(dir, { recursive: true, force: true });
    }

    console.log(
      `crash test: ${kills.length} kills over an import of ${Math.round(duration)} ms (write ${Math.round(writeStart)}–${Math.round(committed)} ms; ` +
        `${fixture.projects} projects, ${fixture.attachmentBytes / 1e6} MB attachments): ${outcomes.before} before, ${outcomes.after} after ` +
        `(${outcomes.killedInTransaction} killed after the transaction began); ${outcomes.leftovers} left .incoming copies (cleared at reopen); ` +
        `pre-import backups: ${JSON.stringify(outcomes.backups)}`,
    );
    expect(outcomes.before, 'no kill landed before the commit: the kill points miss the import').toBeGreaterThan(0);
    // The kill on "step committed" always lands after the commit.
    expect(outcomes.after).toBeGreaterThan(0);
  }, 300_000);
});
