/**
 * Reading one ledger cell as a register value. A cell is what the sheet
 * stored: text, a number, a date, a boolean, or nothing. Amounts are 万元
 * and become integer fen through their decimal text, never by multiplying a
 * float; years may be a number, text ("2026年") or a date.
 */
import { readAmountText } from './money';

export type LedgerCell = string | number | boolean | Date | null;

/** Either the value, or the sentence that says why the cell cannot be read. */
export type CellReading<T> = { value: T } | { error: string };

/** An Excel date (read as UTC midnight of the serial day) as `YYYY-MM-DD`. */
export function sheetDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The cell as plain text, as the sheet shows it (a date as `YYYY-MM-DD`, a number in its shortest form). */
export function cellText(cell: LedgerCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : sheetDay(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return String(cell).trim();
}

export function isBlank(cell: LedgerCell): boolean {
  return cellText(cell) === '';
}

/**
 * A number cell's amount as decimal text. A float such as 12.340000000000001
 * (a formula's result) is the 12.34 the sheet shows; a value with a third
 * decimal that is really there stays, and is refused.
 */
function numberText(value: number): string {
  const fixed = value.toFixed(2);
  return Math.abs(Number(fixed) - value) < 1e-6 ? fixed : String(value);
}

/**
 * 万元 in a cell → integer fen. Text is read as a clerk writes it (see `readAmountText`): "386万元",
 * "3,860,000元", full-width digits. Empty cells are `blank`; the caller decides whether that is 0 or missing.
 */
export function readWanYuan(cell: LedgerCell, label: string): CellReading<number> | 'blank' {
  if (isBlank(cell)) return 'blank';
  if (typeof cell !== 'number' && typeof cell !== 'string') return { error: `${label}必须是数字` };
  const reading = readAmountText(typeof cell === 'number' ? numberText(cell) : cell);
  if (reading === null) return 'blank';
  return 'error' in reading ? { error: `${label}${reading.error}` } : { value: reading.fen };
}

/** A year: 2026, "2026", "2026年", "2026年度", a date, or date text ("2026-03-01", "2026/3/1", "2026年3月"). */
export function readYear(cell: LedgerCell): CellReading<number> | 'blank' {
  if (isBlank(cell)) return 'blank';
  if (cell instanceof Date) return { value: cell.getUTCFullYear() };
  if (typeof cell === 'number') return { value: cell };
  const text = cellText(cell).normalize('NFKC').replace(/\s/g, '');
  const match = /^(\d{4})(?:年度?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)?$/.exec(text);
  return match ? { value: Number(match[1]) } : { error: '计划年度必须是数字' };
}
