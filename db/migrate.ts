import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { backupDatabase, type BackupInfo } from './backup';
import type { DbHandle } from './client';

export class DatabaseTooNewError extends Error {
  readonly code = 'databaseTooNew';
  constructor(dbMigration: number, appMigration: number) {
    super(
      `数据库由更新版本的程序写入（数据库迁移时间戳 ${dbMigration}，本程序最高 ${appMigration}），` +
        '本程序无法安全打开。请安装新版本后再打开，数据未作任何改动。',
    );
  }
}

export interface MigrationOutcome {
  applied: string[];
  backup: BackupInfo | null;
}

interface JournalEntry {
  tag: string;
  when: number;
}

function readJournal(migrationsFolder: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}

function lastAppliedMigration(handle: DbHandle): number {
  const table = handle.sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return 0;
  const row = handle.sqlite.prepare('SELECT MAX(created_at) AS last FROM __drizzle_migrations').get() as {
    last: number | null;
  };
  return Number(row.last ?? 0);
}

function hasUserTables(handle: DbHandle): boolean {
  return Boolean(
    handle.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1").get(),
  );
}

/**
 * Applies pending drizzle-kit migrations in one transaction. A database that
 * already holds data is backed up first (SQLite online backup); a database
 * written by a newer app is refused untouched.
 */
export async function migrateWithBackup(
  handle: DbHandle,
  options: { migrationsFolder: string; backupDir: string; now: Date; keepBackups: number },
): Promise<MigrationOutcome> {
  const journal = readJournal(options.migrationsFolder);
  const known = readMigrationFiles({ migrationsFolder: options.migrationsFolder });
  const newestKnown = Math.max(0, ...known.map((migration) => migration.folderMillis));
  const lastApplied = lastAppliedMigration(handle);
  if (lastApplied > newestKnown) throw new DatabaseTooNewError(lastApplied, newestKnown);

  const pending = journal.filter((entry) => entry.when > lastApplied);
  if (pending.length === 0) return { applied: [], backup: null };

  const backup = hasUserTables(handle)
    ? await backupDatabase(handle.sqlite, options.backupDir, 'pre-migration', options.now, options.keepBackups)
    : null;
  migrate(handle.db, { migrationsFolder: options.migrationsFolder });
  return { applied: pending.map((entry) => entry.tag), backup };
}
