import { existsSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../../../db/backup';
import { nodeDurableFs, type DurableFs } from '../../../../db/durable-fs';
import { createServices, type Services } from '../../../../electron/services';
import type { Office } from '../../../../shared/domain/office';
import { fixedClock } from '../../../../shared/domain/time';
import { NOW, PASSPHRASE, reviewOffice, seededBytes, trustEachOther, unitOffice, type OfficeInstall } from '../../../support/exchange';
import { MIGRATIONS_FOLDER, sampleProject, tempDataDir } from '../../../support/services';

/**
 * Every file the exchange keeps is on the disk before the transaction that
 * records it commits. The file layer is injected and records what happens, in
 * order; `commit` is logged where the recording row first becomes visible.
 */
interface Recorder {
  fs: DurableFs;
  log: string[];
  /** Starts a recording: `committed` says whether the row that records the file is in the database yet. */
  start(committed: () => boolean): void;
  /** Ends it, logging the commit if it came after the last file operation. */
  stop(): string[];
}

function recorder(base: () => string): Recorder {
  let log: string[] = [];
  let committed: (() => boolean) | null = null;
  let seenCommit = false;
  const label = (path: string) => relative(base(), path).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/, '<temp>').replace(/[0-9a-f]{64}/, '<digest>');
  const push = (entry: string) => {
    if (!committed) return;
    if (!seenCommit && committed()) {
      seenCommit = true;
      log.push('commit');
    }
    if (log.at(-1) !== entry) log.push(entry);
  };
  const wrap = (handle: FileHandle, name: string): FileHandle =>
    new Proxy(handle, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        const call = (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(target, args);
        if (prop === 'write') return (...args: unknown[]) => (push(`write ${name}`), call(...args));
        if (prop === 'sync') return () => (push(`fsync ${name}`), call());
        if (prop === 'close') return () => (push(`close ${name}`), call());
        return call;
      },
    });
  return {
    log,
    fs: {
      open: async (path, flags) => wrap(await nodeDurableFs.open(path, flags), label(path)),
      rename: async (from, to) => (push(`rename ${label(from)} -> ${label(to)}`), nodeDurableFs.rename(from, to)),
      syncFile: async (path) => (push(`fsync ${label(path)}`), nodeDurableFs.syncFile(path)),
      syncFolder: async (path) => (push(`fsync folder ${label(path) || '.'}`), nodeDurableFs.syncFolder(path)),
    },
    start(probe) {
      log = [];
      this.log = log;
      committed = probe;
      seenCommit = probe();
    },
    stop() {
      if (committed && !seenCommit && committed()) log.push('commit');
      committed = null;
      return log;
    },
  };
}

const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((item) => item.close()));

async function installRecorded(office: Office): Promise<OfficeInstall & { files: Recorder }> {
  const data = tempDataDir();
  const files = recorder(() => data.dir);
  const services: Services = await createServices({
    dataDir: data.dir, migrationsFolder: MIGRATIONS_FOLDER, clock: fixedClock(NOW), appVersion: 'test',
    exchange: { scryptLogN: 10, sm3: { workers: 1 }, files: files.fs },
  });
  services.office.completeSetup(office);
  await services.exchange.keys.create(PASSPHRASE);
  const install = { office, dir: data.dir, services, files, close: () => (services.close(), data.cleanup()) };
  opened.push(install);
  return install;
}

const count = (services: Services, sql: string) => (services.context.handle.sqlite.prepare(sql).pluck().get() as number) > 0;

describe('durable before recorded', () => {
  it('an attachment, a filing bundle and the kept copy at the review office: write, fsync, rename, fsync the folder, then commit', async () => {
    const unit = await installRecorded(unitOffice);
    const review = await installRecorded(reviewOffice);
    trustEachOther(unit, review);
    const project = unit.services.projects.create(sampleProject());
    const scan = join(unit.dir, 'scan.pdf');
    writeFileSync(scan, Buffer.concat([Buffer.from('%PDF-1.7\n'), seededBytes(3_000_000, 9)]));

    unit.files.start(() => count(unit.services, 'SELECT count(*) FROM attachments'));
    await unit.services.filings.attachFile(project.id, scan);
    expect(unit.files.stop()).toEqual([
      'write attachments/.incoming/<temp>.local',
      'fsync attachments/.incoming/<temp>.local',
      'close attachments/.incoming/<temp>.local',
      expect.stringMatching(/^fsync folder attachments$/),
      expect.stringMatching(/^rename attachments\/\.incoming\/<temp>\.local -> attachments\/[0-9a-f]{2}\/<digest>$/),
      expect.stringMatching(/^fsync folder attachments\/[0-9a-f]{2}$/),
      'commit',
    ]);

    unit.files.start(() => count(unit.services, 'SELECT count(*) FROM filings'));
    const submitted = await unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE });
    const name = relative(unit.dir, submitted.file);
    expect(unit.files.stop()).toEqual([`write ${name}.partial`, `fsync ${name}.partial`, `close ${name}.partial`, `rename ${name}.partial -> ${name}`, 'fsync folder exchange/outbox', 'commit']);

    review.files.start(() => count(review.services, 'SELECT count(*) FROM exchange_received'));
    // The filing is encrypted to the review office: its content key is kept beside the bundle, as durably.
    await review.services.filings.importBundle(submitted.file, undefined, PASSPHRASE);
    expect(review.files.stop()).toEqual([
      'write attachments/.incoming/<temp>.gvbundle',
      'fsync attachments/.incoming/<temp>.gvbundle',
      'close attachments/.incoming/<temp>.gvbundle',
      'write attachments/.incoming/<temp>.gvbundle.sm4key',
      'fsync attachments/.incoming/<temp>.gvbundle.sm4key',
      'close attachments/.incoming/<temp>.gvbundle.sm4key',
      'fsync folder attachments',
      'rename attachments/.incoming/<temp>.gvbundle.sm4key -> attachments/received/<digest>.sm4key',
      'fsync folder attachments/received',
      'rename attachments/.incoming/<temp>.gvbundle -> attachments/received/<digest>.gvbundle',
      'fsync folder attachments/received',
      'commit',
    ]);
  });

  it('a bundle whose folder cannot be fsynced is not recorded, and is removed', async () => {
    const unit = await installRecorded(unitOffice);
    const review = await installRecorded(reviewOffice);
    trustEachOther(unit, review);
    const project = unit.services.projects.create(sampleProject());
    const failing = unit.files.fs.syncFolder;
    unit.files.fs.syncFolder = async () => {
      throw Object.assign(new Error('I/O error'), { code: 'EIO' });
    };
    try {
      await expect(unit.services.filings.submit({ projectIds: [project.id], passphrase: PASSPHRASE })).rejects.toThrow('I/O error');
    } finally {
      unit.files.fs.syncFolder = failing;
    }
    expect(unit.services.filings.views.forProject(project.id).filings).toEqual([]);
    expect(unit.services.exchange.links.nextOutgoing(unitOffice.code, reviewOffice.code).sequence).toBe(1);
    expect(existsSync(unit.services.filings.folders.outboxFile(`报送-${unitOffice.code}`, 1))).toBe(false);
  });

  it('a backup: written, fsynced, renamed into place, its folder fsynced', async () => {
    const data = tempDataDir();
    opened.push({ close: data.cleanup });
    const sqlite = new Database(join(data.dir, 'live.sqlite3'));
    opened.push({ close: () => sqlite.close() });
    sqlite.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    const files = recorder(() => data.dir);
    files.start(() => false);
    const backup = await backupDatabase(sqlite, join(data.dir, 'backups'), 'pre-import', new Date(NOW), 5, files.fs);
    const name = relative(data.dir, backup.file);
    expect(files.stop()).toEqual([`fsync ${name}.partial`, 'fsync folder .', `rename ${name}.partial -> ${name}`, 'fsync folder backups']);
    expect(existsSync(backup.file)).toBe(true);
  });
});
