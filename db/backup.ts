import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { nodeDurableFs, type DurableFs } from './durable-fs';

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
 * then keeps only the newest `keep` backups of that reason. The copy is fsynced,
 * renamed into place and its folder fsynced before this returns: an import
 * commits only after its restore point is on the disk.
 */
export async function backupDatabase(
  sqlite: Database.Database,
  backupDir: string,
  reason: string,
  now: Date,
  keep: number,
  fs: DurableFs = nodeDurableFs,
): Promise<BackupInfo> {
  const made = mkdirSync(backupDir, { recursive: true });
  const safeReason = reason.replace(/[^a-z0-9-]/gi, '') || 'manual';
  const name = `${BACKUP_PREFIX}${stamp(now)}-${safeReason}${BACKUP_SUFFIX}`;
  const file = join(backupDir, name);
  // Written under another name and renamed when complete: a crash mid-backup never leaves a half file that looks like a restore point.
  const partial = `${file}.partial`;
  try {
    await sqlite.backup(partial);
    await fs.syncFile(partial);
    if (made) await fs.syncFolder(dirname(made));
    await fs.rename(partial, file);
    await fs.syncFolder(backupDir);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  pruneBackups(backupDir, keep, safeReason);
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

/** Keeps the newest `keep` backups of each reason, so a day of imports does not push out the daily backups. */
function pruneBackups(backupDir: string, keep: number, reason: string): void {
  for (const old of listBackups(backupDir).filter((backup) => backup.reason === reason).slice(keep)) rmSync(old.file, { force: true });
}
