/**
 * Writes one table as an .xlsx with exceljs's streaming writer: a bold,
 * frozen header row, then the rows batch by batch, yielding between batches
 * so the progress stays fresh and a cancel lands. The file is written as
 * `….partial` and renamed when whole; a cancelled or failed export leaves nothing.
 */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { ReadControl } from './workbook-reader';

export type ExportValue = string | number | null;

export interface ExportColumn<T> {
  header: string;
  /** Width in characters. */
  width: number;
  value(row: T): ExportValue;
  /** e.g. '0.00' for 万元. */
  numFmt?: string;
}

export interface ExportTableSpec<T> {
  /** The sheet's name. */
  sheetName: string;
  columns: readonly ExportColumn<T>[];
  /** How many rows there will be (for the progress bar). */
  count(): number;
  batches(): Iterable<readonly T[]>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));


/** Writes the table to `target`; resolves with the number of rows written (header not counted). */
export async function writeExportTable<T>(target: string, spec: ExportTableSpec<T>, control: ReadControl, label: string): Promise<number> {
  const partial = `${target}.partial`;
  const out = createWriteStream(partial);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '政务信息化项目管理台';
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  // A number format on the column, not on each cell: exceljs styles a cell at half the speed.
  sheet.columns = spec.columns.map((column) => ({ width: column.width, ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {}) }));
  const header = sheet.addRow(spec.columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();

  const total = spec.count();
  let written = 0;
  try {
    control.progress(0, total, `正在导出${label}`);
    for (const batch of spec.batches()) {
      for (const item of batch) {
        sheet.addRow(spec.columns.map((column) => column.value(item))).commit();
        written += 1;
      }
      control.throwIfCancelled();
      control.progress(written, Math.max(total, written), `正在导出${label}：第 ${written} 行`);
      await nextTurn();
    }
    sheet.commit();
    await workbook.commit();
    renameSync(partial, target);
    control.progress(written, written, `已导出 ${written} 行`);
    return written;
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}
