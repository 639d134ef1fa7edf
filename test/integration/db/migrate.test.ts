import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups } from '../../../db/backup';
import { openDatabaseFile } from '../../../db/client';
import { DatabaseTooNewError, migrateWithBackup } from '../../../db/migrate';
import { createServices, DATABASE_FILE } from '../../../electron/services';
import { MIGRATIONS_FOLDER, openServices, sampleProject, tempDataDir, testOffice } from '../../support/services';

let data: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.cleanup());

/** A copy of the migrations folder holding only the first `count` migrations: an older app. */
function olderMigrations(count: number): string {
  const folder = join(data.dir, `migrations-${count}`);
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

function tableNames(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  const names = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')").all() as { name: string }[]).map((row) => row.name);
  sqlite.close();
  return names;
}

describe('migrations', () => {
  it('takes an online backup before migrating a database that holds data', async () => {
    const dbDir = join(data.dir, 'db');
    mkdirSync(dbDir);
    const file = join(dbDir, DATABASE_FILE);
    const backupDir = join(dbDir, 'backups');
    const now = new Date('2026-11-24T01:00:00Z');

    const old = openDatabaseFile(file);
    const first = await migrateWithBackup(old, { migrationsFolder: olderMigrations(1), backupDir, now, keepBackups: 5 });
    expect(first.backup).toBeNull(); // a brand-new, empty database has nothing to lose
    old.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('marker', '\"before\"')").run();
    old.close();

    const current = openDatabaseFile(file);
    const second = await migrateWithBackup(current, { migrationsFolder: MIGRATIONS_FOLDER, backupDir, now, keepBackups: 5 });
    current.close();

    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    expect(second.applied).toEqual(journal.entries.slice(1).map((entry) => entry.tag));
    expect(second.applied[0]).toBe('0001_search_and_history_guards');
    expect(second.backup).not.toBeNull();
    expect(listBackups(backupDir).map((backup) => backup.file)).toEqual([second.backup!.file]);
    // The backup is the database as it was before the migration: data kept, new objects absent.
    const backedUp = tableNames(second.backup!.file);
    expect(backedUp).toContain('settings');
    expect(backedUp).not.toContain('projects_fts');
    expect(backedUp).not.toContain('history_no_update');
    expect(tableNames(file)).toContain('projects_fts');
  });

  it('does nothing, and takes no backup, when the database is current', async () => {
    const services = await openServices(data.dir);
    services.close();
    const again = await openServices(data.dir);
    expect(again.migration).toEqual({ applied: [], backup: null });
    again.close();
  });

  it('refuses, untouched, a database written by a newer version of the app', async () => {
    const services = await openServices(data.dir);
    services.context.handle.sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', 9_999_999_999_999);
    services.close();
    const before = readFileSync(join(data.dir, DATABASE_FILE));
    await expect(openServices(data.dir)).rejects.toThrow(DatabaseTooNewError);
    await expect(openServices(data.dir)).rejects.toThrow('本程序无法安全打开');
    expect(readFileSync(join(data.dir, DATABASE_FILE)).equals(before)).toBe(true);
  });

  it('keeps everything across a restart on the same data folder', async () => {
    const first = await openServices(data.dir);
    first.office.completeSetup(testOffice);
    const project = first.projects.create(sampleProject());
    first.close();

    const second = await createServices({ dataDir: data.dir, migrationsFolder: MIGRATIONS_FOLDER });
    expect(second.office.getOffice()).toEqual(testOffice);
    expect(second.projects.get(project.id)).toEqual(project);
    expect(second.projects.history(project.id)).toHaveLength(1);
    second.close();
  });

  it('keeps only the newest N backups', async () => {
    const services = await createServices({ dataDir: data.dir, migrationsFolder: MIGRATIONS_FOLDER, keepBackups: 3 });
    let tick = Date.parse('2026-11-24T00:00:00Z');
    services.context.clock = { now: () => new Date((tick += 1000)) };
    for (let index = 0; index < 5; index += 1) await services.maintenance.backupNow('manual');
    expect(services.maintenance.listBackups()).toHaveLength(3);
    services.close();
  });
});
