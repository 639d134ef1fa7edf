import type Database from 'better-sqlite3';
import type { z } from 'zod';

/** JSON values in the settings table, read back through their schema. */
export function readSetting<T extends z.ZodType>(sqlite: Database.Database, key: string, schema: T): z.output<T> | null {
  const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  if (!row) return null;
  return schema.parse(JSON.parse(row.value));
}

export function writeSetting(sqlite: Database.Database, key: string, value: unknown, at: string): void {
  sqlite
    .prepare(
      'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
    )
    .run(key, JSON.stringify(value), at);
}
