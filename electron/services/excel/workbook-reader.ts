/**
 * Reads a ledger workbook (.xlsx, as WPS and Excel save it) with exceljs's
 * streaming reader, keeping only each sheet's non-empty rows as plain cells.
 * It yields between rows, reports progress and stops when cancelled.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../shared/contract/errors';
import { MAX_LEDGER_BYTES } from '../../../shared/contract/excel';
import { isBlank, type LedgerCell } from '../../../shared/domain/ledger-values';
import type { JobControl } from '../jobs';
import { toLedgerCell } from './cells';

/** Columns beyond this are not read (no ledger has that many fields). */
export const MAX_LEDGER_COLUMNS = 200;
/** Rows (all sheets together) beyond this are refused: split the file. */
export const MAX_LEDGER_ROWS = 200_000;

const CHUNK_BYTES = 256 * 1024;
const ROWS_PER_TURN = 500;

export interface LedgerRow {
  /** The row number as the sheet shows it. */
  number: number;
  /** Column A first. */
  cells: LedgerCell[];
}

export interface LedgerSheet {
  name: string;
  rows: LedgerRow[];
  /** The widest row's column count. */
  columns: number;
}

export interface LedgerWorkbook {
  fileName: string;
  sheets: LedgerSheet[];
}

export type ReadControl = Pick<JobControl, 'progress' | 'throwIfCancelled'>;

interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  id: number | string;
  name?: string;
  state?: string;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function refuseFormat(bytes: Buffer, fileName: string): void {
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304) return;
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    throw new AppError('validation', `“${fileName}”是旧版 .xls（或设了打开密码的）文件：请在 WPS 或 Excel 中“另存为” .xlsx 格式（不设密码）后再导入。`);
  }
  throw new AppError('validation', `“${fileName}”不是 .xlsx 工作簿：请在 WPS 或 Excel 中“另存为” .xlsx 格式后再导入。`);
}

function rowCells(row: ExcelJS.Row): LedgerCell[] {
  const values = Array.isArray(row.values) ? row.values : [];
  const width = Math.min(values.length - 1, MAX_LEDGER_COLUMNS);
  const cells: LedgerCell[] = [];
  for (let column = 1; column <= width; column += 1) cells.push(toLedgerCell(values[column]));
  while (cells.length > 0 && isBlank(cells[cells.length - 1]!)) cells.pop();
  return cells;
}

/** Reads the workbook's visible sheets, in the workbook's order. */
export async function readLedgerWorkbook(bytes: Buffer, fileName: string, control: ReadControl): Promise<LedgerWorkbook> {
  refuseFormat(bytes, fileName);
  let bytesRead = 0;
  const source = Readable.from(
    (function* () {
      for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
        const chunk = bytes.subarray(offset, offset + CHUNK_BYTES);
        bytesRead = offset + chunk.length;
        yield chunk;
      }
    })(),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  const sheets: (LedgerSheet & { hidden: boolean })[] = [];
  let rowsRead = 0;
  try {
    for await (const worksheet of reader as AsyncIterable<unknown> as AsyncIterable<SheetReader>) {
      const sheet = { name: worksheet.name ?? `Sheet${worksheet.id}`, rows: [] as LedgerRow[], columns: 0, hidden: worksheet.state === 'hidden' || worksheet.state === 'veryHidden' };
      sheets.push(sheet);
      for await (const row of worksheet) {
        const cells = rowCells(row);
        if (cells.length > 0) {
          sheet.rows.push({ number: row.number, cells });
          sheet.columns = Math.max(sheet.columns, cells.length);
        }
        rowsRead += 1;
        if (rowsRead > MAX_LEDGER_ROWS) throw new AppError('validation', `“${fileName}”超过 ${MAX_LEDGER_ROWS} 行：请拆成几个文件分别导入。`);
        if (rowsRead % ROWS_PER_TURN === 0) {
          control.throwIfCancelled();
          control.progress(bytesRead, bytes.length, `正在读取“${sheet.name}”第 ${row.number} 行`);
          await nextTurn();
        }
      }
    }
  } catch (error) {
    source.destroy();
    if (error instanceof AppError) throw error;
    control.throwIfCancelled();
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('validation', `无法读取“${fileName}”：文件已损坏，或不是 WPS/Excel 保存的 .xlsx 工作簿（${detail}）。`);
  }
  control.progress(bytes.length, bytes.length, `已读取 ${rowsRead} 行`);
  const order = ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((sheet) => sheet.name);
  const position = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const visible = sheets.filter((sheet) => !sheet.hidden);
  const chosen = (visible.length > 0 ? visible : sheets).sort((a, b) => position(a.name) - position(b.name));
  if (chosen.every((sheet) => sheet.rows.length === 0)) throw new AppError('validation', `“${fileName}”中没有任何数据。`);
  return { fileName, sheets: chosen.map(({ name, rows, columns }) => ({ name, rows, columns })) };
}

/** The same, from a file on disk (the CLI and tests). */
export async function readLedgerFile(path: string, control: ReadControl): Promise<LedgerWorkbook> {
  const size = statSync(path).size;
  if (size > MAX_LEDGER_BYTES) throw new AppError('validation', `“${basename(path)}”超过 20 MB：请删去无关的工作表，或拆成几个文件分别导入。`);
  return readLedgerWorkbook(readFileSync(path), basename(path), control);
}
