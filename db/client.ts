import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DbHandle {
  /** The raw connection: prepared statements, transactions, backups, pragmas. */
  sqlite: Database.Database;
  /** The typed drizzle view of the same connection. */
  db: Db;
  file: string;
  close(): void;
}

export interface OpenOptions {
  nativeBinding?: string;
  readonly?: boolean;
}

/** Opens (or creates) the database file with the pragmas the app relies on. */
export function openDatabaseFile(file: string, options: OpenOptions = {}): DbHandle {
  const sqlite = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
  });
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; a power cut can
  // lose the last transactions but never corrupts the database.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // A whole province's register is a few hundred MB: a 64 MB page cache and
  // memory-mapped reads keep list and search queries off the disk.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma(`mmap_size = ${512 * 1024 * 1024}`);
  return {
    sqlite,
    db: drizzle(sqlite, { schema }),
    file,
    close: () => sqlite.close(),
  };
}
