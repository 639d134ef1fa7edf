import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ChainReport, FieldChange, HistoryEntry } from '../../shared/domain/history';

/** The hash before the first row: the chain's anchor. */
export const GENESIS_HASH = '0'.repeat(64);

export interface NewHistoryEntry {
  at: string;
  actor: string;
  entityType: string;
  entityId: string;
  action: HistoryEntry['action'];
  changes: FieldChange[];
}

interface StoredRow {
  seq: number;
  at: string;
  actor: string;
  entity_type: string;
  entity_id: string;
  action: string;
  changes: string;
  prev_hash: string;
  hash: string;
}

/**
 * Each row's hash covers its position, its content and the previous row's hash,
 * so changing, removing or reordering any row breaks every later link.
 * SHA-256 (native in Node and Electron) rather than SM3 in JS: this is internal
 * integrity, written on every change, and SM3-in-JS is ~8× slower per row here.
 * SM2/SM3 are used where another party verifies: the exchange bundles.
 */
export function rowHash(prevHash: string, seq: number, row: Omit<StoredRow, 'seq' | 'prev_hash' | 'hash'>): string {
  return createHash('sha256')
    .update([prevHash, seq, row.at, row.actor, row.entity_type, row.entity_id, row.action, row.changes].join('\u001f'))
    .digest('hex');
}

const HEAD_KEY = 'history.head';

/**
 * Appends entries to the chain. Call inside the write's transaction, so the
 * change and its history commit together. The head (last seq and hash) is also
 * kept in settings, so removing rows from the end is detected too.
 */
export function createHistoryWriter(sqlite: Database.Database) {
  const lastRow = sqlite.prepare('SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1');
  const insert = sqlite.prepare(
    'INSERT INTO history (seq, at, actor, entity_type, entity_id, action, changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const saveHead = sqlite.prepare(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );

  return {
    append(entries: readonly NewHistoryEntry[]): void {
      if (entries.length === 0) return;
      const last = lastRow.get() as { seq: number; hash: string } | undefined;
      let seq = last?.seq ?? 0;
      let prevHash = last?.hash ?? GENESIS_HASH;
      let at = '';
      for (const entry of entries) {
        seq += 1;
        const row = {
          at: entry.at,
          actor: entry.actor,
          entity_type: entry.entityType,
          entity_id: entry.entityId,
          action: entry.action,
          changes: JSON.stringify(entry.changes),
        };
        const hash = rowHash(prevHash, seq, row);
        insert.run(seq, row.at, row.actor, row.entity_type, row.entity_id, row.action, row.changes, prevHash, hash);
        prevHash = hash;
        at = entry.at;
      }
      saveHead.run(HEAD_KEY, JSON.stringify({ seq, hash: prevHash }), at);
    },
  };
}

export function readEntityHistory(sqlite: Database.Database, entityType: string, entityId: string): HistoryEntry[] {
  const rows = sqlite
    .prepare('SELECT * FROM history WHERE entity_type = ? AND entity_id = ? ORDER BY seq')
    .all(entityType, entityId) as StoredRow[];
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action as HistoryEntry['action'],
    changes: JSON.parse(row.changes) as FieldChange[],
  }));
}

/** Walks the whole chain and reports the first row that does not hold. */
export function verifyHistoryChain(sqlite: Database.Database): ChainReport {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  const broken = (seq: number, message: string): ChainReport => ({ ok: false, checked, brokenAt: seq, message });

  for (const row of sqlite.prepare('SELECT * FROM history ORDER BY seq').iterate() as IterableIterator<StoredRow>) {
    if (row.seq !== expectedSeq) return broken(expectedSeq, `历史记录第 ${expectedSeq} 条缺失（可能被删除）`);
    if (row.prev_hash !== prevHash) return broken(row.seq, `历史记录第 ${row.seq} 条与前一条的链接不符（前面的记录可能被改动或删除）`);
    if (rowHash(prevHash, row.seq, row) !== row.hash) return broken(row.seq, `历史记录第 ${row.seq} 条的内容与其哈希不符（记录被改动）`);
    prevHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }

  const head = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(HEAD_KEY) as { value: string } | undefined;
  if (head) {
    const { seq, hash } = JSON.parse(head.value) as { seq: number; hash: string };
    if (seq !== checked || hash !== prevHash) {
      return broken(checked + 1, `历史记录末尾应到第 ${seq} 条，实际只有 ${checked} 条（末尾记录可能被删除）`);
    }
  } else if (checked > 0) {
    return broken(1, '历史记录的链头信息缺失');
  }
  return { ok: true, checked, brokenAt: null, message: `历史记录完整，共 ${checked} 条，哈希链校验通过` };
}
