import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabaseFile, type DbHandle } from '../../db/client';
import { migrateWithBackup, type MigrationOutcome } from '../../db/migrate';
import type { Handlers } from '../../shared/contract';
import { systemClock, type Clock } from '../../shared/domain/time';
import type { ServiceContext } from './context';
import { verifyHistoryChain } from './history-chain';
import { createMaintenanceService } from './maintenance';
import { createOfficeService } from './office';
import { createProjectService } from './projects';

export const DATABASE_FILE = 'govit.sqlite3';

export interface ServicesOptions {
  dataDir: string;
  migrationsFolder: string;
  clock?: Clock;
  appVersion?: string;
  nativeBinding?: string;
  keepBackups?: number;
}

export interface Services {
  context: ServiceContext;
  handlers: Handlers;
  migration: MigrationOutcome;
  office: ReturnType<typeof createOfficeService>;
  projects: ReturnType<typeof createProjectService>;
  maintenance: ReturnType<typeof createMaintenanceService>;
  close(): void;
}

/**
 * Opens the data folder's database, migrates it (backing it up first) and
 * builds every service and the contract's handlers. No Electron here: the
 * desktop shell, the web bridge, the CLI and the tests all start from this.
 */
export async function createServices(options: ServicesOptions): Promise<Services> {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const backupDir = join(options.dataDir, 'backups');
  const keepBackups = options.keepBackups ?? 10;
  const handle: DbHandle = openDatabaseFile(join(options.dataDir, DATABASE_FILE), { nativeBinding: options.nativeBinding });

  let migration: MigrationOutcome;
  try {
    migration = await migrateWithBackup(handle, { migrationsFolder: options.migrationsFolder, backupDir, now: clock.now(), keepBackups });
  } catch (error) {
    handle.close();
    throw error;
  }

  // Refresh the planner's statistics when they are stale (cheap; SQLite's advice for every open).
  handle.sqlite.pragma('optimize = 0x10002');

  const context: ServiceContext = { handle, clock, dataDir: options.dataDir };
  const office = createOfficeService(context);
  const projects = createProjectService(context, office);
  const maintenance = createMaintenanceService(context, { backupDir, keepBackups });

  const handlers: Handlers = {
    'setup.get': () => ({ office: office.getOffice() }),
    'setup.complete': (input) => office.completeSetup(input),
    'system.info': () => ({
      appVersion: options.appVersion ?? '0.0.0',
      dataDir: options.dataDir,
      databaseFile: handle.file,
      projectCount: projects.count(),
      backups: maintenance.listBackups(),
    }),
    'system.backup': () => maintenance.backupNow('manual'),
    'history.verify': () => verifyHistoryChain(handle.sqlite),
    'project.create': (input) => projects.create(input),
    'project.update': (input) => projects.update(input.id, input.expectedVersion, input.fields),
    'project.get': (input) => projects.get(input.id),
    'project.list': (input) => projects.list(input),
    'project.units': () => projects.units(),
    'project.history': (input) => projects.history(input.id),
  };

  return { context, handlers, migration, office, projects, maintenance, close: () => handle.close() };
}
