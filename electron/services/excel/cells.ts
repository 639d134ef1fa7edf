/** exceljs cell values → the plain cells a ledger is read from. */
import type { CellValue } from 'exceljs';
import type { LedgerCell } from '../../../shared/domain/ledger-values';

/**
 * Rich text becomes its text, a formula its cached result, a hyperlink its
 * text, an error its code ("#N/A", which then fails as a number or a name).
 */
export function toLedgerCell(value: CellValue): LedgerCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return toLedgerCell(value.richText.map((run) => run.text ?? '').join(''));
  if ('formula' in value || 'sharedFormula' in value) return toLedgerCell(value.result ?? null);
  if ('error' in value) return value.error;
  if ('text' in value) return toLedgerCell(value.text as CellValue);
  return null;
}
