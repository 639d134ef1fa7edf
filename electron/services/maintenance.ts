import { statSync } from 'node:fs';
import { backupDatabase, listBackups, type BackupInfo } from '../../db/backup';
import type { ServiceContext } from './context';

const DAY_MS = 24 * 60 * 60 * 1000;

export function createMaintenanceService(ctx: ServiceContext, options: { backupDir: string; keepBackups: number }) {
  return {
    backupDir: options.backupDir,

    listBackups(): BackupInfo[] {
      return listBackups(options.backupDir);
    },

    backupNow(reason = 'manual'): Promise<BackupInfo> {
      return backupDatabase(ctx.handle.sqlite, options.backupDir, reason, ctx.clock.now(), options.keepBackups);
    },

    /** Takes the daily backup if the newest one is more than a day old. Cheap to call often. */
    async dailyBackupIfDue(): Promise<BackupInfo | null> {
      const newest = listBackups(options.backupDir)[0];
      const now = ctx.clock.now();
      if (newest && now.getTime() - statSync(newest.file).mtime.getTime() < DAY_MS) return null;
      return backupDatabase(ctx.handle.sqlite, options.backupDir, 'daily', now, options.keepBackups);
    },
  };
}
