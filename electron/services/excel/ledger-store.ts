/**
 * Workbooks read for import, kept in memory between the preview, the
 * validation and the import (nothing of them is in the database until the
 * import). A few at a time, for half an hour; an imported one is forgotten,
 * so the same file cannot be imported twice by a second click.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { Clock } from '../../../shared/domain/time';
import type { LedgerSheet, LedgerWorkbook } from './workbook-reader';

const KEEP_MS = 30 * 60 * 1000;
const KEEP_AT_MOST = 3;

interface Held {
  workbook: LedgerWorkbook;
  keptAt: number;
  importing: boolean;
}

export function createLedgerStore(clock: Clock) {
  const held = new Map<string, Held>();

  function prune(): void {
    const now = clock.now().getTime();
    for (const [id, entry] of held) if (!entry.importing && now - entry.keptAt > KEEP_MS) held.delete(id);
    // Map order is insertion order: the oldest go first.
    for (const [id, entry] of held) {
      if (held.size <= KEEP_AT_MOST) break;
      if (!entry.importing) held.delete(id);
    }
  }

  function entry(ledgerId: string): Held {
    const found = held.get(ledgerId);
    if (!found) throw new AppError('notFound', '该台账文件已过期或已导入：请重新选择文件。');
    return found;
  }

  return {
    keep(workbook: LedgerWorkbook): string {
      const ledgerId = `ledger-${randomUUID()}`;
      held.set(ledgerId, { workbook, keptAt: clock.now().getTime(), importing: false });
      prune();
      return ledgerId;
    },

    workbook(ledgerId: string): LedgerWorkbook {
      return entry(ledgerId).workbook;
    },

    sheet(ledgerId: string, name: string): LedgerSheet {
      const sheet = entry(ledgerId).workbook.sheets.find((candidate) => candidate.name === name);
      if (!sheet) throw new AppError('notFound', `工作簿中没有名为“${name}”的工作表。`);
      return sheet;
    },

    /** Marks the ledger as being imported; a second import of it is refused until the first ends. */
    claim(ledgerId: string): void {
      const found = entry(ledgerId);
      if (found.importing) throw new AppError('conflict', '该台账正在导入，请稍候。');
      found.importing = true;
    },

    release(ledgerId: string): void {
      const found = held.get(ledgerId);
      if (found) found.importing = false;
    },

    forget(ledgerId: string): void {
      held.delete(ledgerId);
    },
  };
}

export type LedgerStore = ReturnType<typeof createLedgerStore>;
