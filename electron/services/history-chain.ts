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

/** The chain's head now: the last row's position and hash (0 and GENESIS_HASH while empty). Signed into filings and receipts. */
export function readHistoryHead(sqlite: Database.Database): { seq: number; hash: string } {
  const last = sqlite.prepare('SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  return last ?? { seq: 0, hash: GENESIS_HASH };
}

/** A head this office once signed, as another office kept it (or a bundle still carries it). */
export interface HistoryAnchor {
  seq: number;
  hash: string;
  /** Where it was found: the bundle's digest and sequence, shown in the report. */
  source: string;
}

export interface AnchorReport {
  ok: boolean;
  checked: number;
  mismatches: { seq: number; source: string; message: string }[];
  message: string;
}

/**
 * A chain rewritten consistently (every hash recomputed, the head in settings
 * too) passes verifyHistoryChain; it cannot also match the heads it signed
 * before, which the other office kept. Each must be at its position, same hash.
 */
export function checkHistoryAnchors(sqlite: Database.Database, anchors: readonly HistoryAnchor[]): AnchorReport {
  const at = sqlite.prepare('SELECT hash FROM history WHERE seq = ?').pluck();
  const length = (sqlite.prepare('SELECT COUNT(*) FROM history').pluck().get() as number);
  const mismatches: AnchorReport['mismatches'] = [];
  for (const anchor of anchors) {
    const hash = anchor.seq === 0 ? GENESIS_HASH : (at.get(anchor.seq) as string | undefined);
    if (hash === undefined) {
      mismatches.push({ seq: anchor.seq, source: anchor.source, message: `${anchor.source}记录的链头是第 ${anchor.seq} 条，本单位历史记录只有 ${length} 条（记录可能被删除）` });
    } else if (hash !== anchor.hash) {
      mismatches.push({ seq: anchor.seq, source: anchor.source, message: `${anchor.source}记录的第 ${anchor.seq} 条哈希与本单位历史记录不符（该条或之前的记录被改写过）` });
    }
  }
  if (anchors.length === 0) return { ok: false, checked: 0, mismatches, message: '没有找到本单位签发的历史链头记录，无法对照核验' };
  if (mismatches.length > 0) {
    return { ok: false, checked: anchors.length, mismatches, message: `对照核验未通过：${anchors.length} 个链头记录中有 ${mismatches.length} 个与本单位历史记录不符` };
  }
  return { ok: true, checked: anchors.length, mismatches, message: `对照核验通过：${anchors.length} 个链头记录均在本单位历史记录的相应位置，哈希一致` };
}
