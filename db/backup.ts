import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';

export const BACKUP_PREFIX = 'govit-';
export const BACKUP_SUFFIX = '.sqlite3';

export interface BackupInfo {
  file: string;
  name: string;
  reason: string;
  sizeBytes: number;
  takenAt: string;
}

function stamp(date: Date): string {
  // Beijing time, sortable, safe in file names on Windows: 20261124-093000-123
  const iso = new Date(date.getTime() + 8 * 3_600_000).toISOString();
  return iso.slice(0, 23).replace(/[-:]/g, '').replace('T', '-').replace('.', '-');
}

/**
 * Takes a consistent copy of the live database with SQLite's online backup API,
 * then keeps only the newest `keep` backups.
 */
export async function backupDatabase(
  sqlite: Database.Database,
  backupDir: string,
  reason: string,
  now: Date,
  keep: number,
): Promise<BackupInfo> {
  mkdirSync(backupDir, { recursive: true });
  const safeReason = reason.replace(/[^a-z0-9-]/gi, '') || 'manual';
  const name = `${BACKUP_PREFIX}${stamp(now)}-${safeReason}${BACKUP_SUFFIX}`;
  const file = join(backupDir, name);
  await sqlite.backup(file);
  pruneBackups(backupDir, keep);
  return { file, name, reason: safeReason, sizeBytes: statSync(file).size, takenAt: now.toISOString() };
}

export function listBackups(backupDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(backupDir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(BACKUP_PREFIX) && name.endsWith(BACKUP_SUFFIX))
    .sort()
    .reverse()
    .map((name) => {
      const file = join(backupDir, name);
      const stats = statSync(file);
      const reason = name.slice(BACKUP_PREFIX.length + 20, -BACKUP_SUFFIX.length).replace(/^-/, '');
      return { file, name, reason, sizeBytes: stats.size, takenAt: stats.mtime.toISOString() };
    });
}

function pruneBackups(backupDir: string, keep: number): void {
  for (const old of listBackups(backupDir).slice(keep)) rmSync(old.file, { force: true });
}
