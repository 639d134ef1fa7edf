import type Database from 'better-sqlite3';
import type { OfficeNames } from '../../shared/domain/history-text';

/**
 * Other offices' names by their code, from what this office knows of them:
 * the trust list (each key file carries its office's name) and the units
 * whose filings it received; and its own name. Read once per call: the
 * lists are short (the offices one office exchanges with).
 */
export function readOfficeNames(sqlite: Database.Database, own: { code: string; name: string } | null): OfficeNames {
  const names = new Map<string, string>();
  for (const row of sqlite.prepare('SELECT DISTINCT unit_code AS code, unit_name AS name FROM filings').all() as { code: string; name: string }[]) {
    names.set(row.code, row.name);
  }
  // The trust list last: a key file's name is the office's own spelling of it; the newest key wins.
  for (const row of sqlite.prepare('SELECT office_code AS code, office_name AS name FROM trusted_keys ORDER BY seq').all() as { code: string; name: string }[]) {
    names.set(row.code, row.name);
  }
  if (own) names.set(own.code, own.name);
  return (code) => names.get(code);
}
