import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { previewLedger } from '../../../../../electron/services/excel/ledger-preview';
import { readLedgerWorkbook, type ReadControl } from '../../../../../electron/services/excel/workbook-reader';
import { JobCancelled } from '../../../../../electron/services/jobs';
import { ledgerDefaults } from '../../../../../shared/domain/ledger';

const quiet: ReadControl = { progress: () => {}, throwIfCancelled: () => {} };

/** A workbook as Excel and WPS save one (shared strings, styles), built with exceljs's in-memory writer. */
async function officeWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const notes = workbook.addWorksheet('填表说明');
  notes.addRow(['本表由各单位填报']);
  const lists = workbook.addWorksheet('下拉选项', { state: 'hidden' });
  lists.addRow(['项目名称', '建设单位', '总投资（万元）']);
  const ledger = workbook.addWorksheet('2026年台账');
  ledger.addRow(['淅川县2026年政务信息化项目台账']);
  ledger.mergeCells('A1:F1');
  // A two-line header: 资金来源 over its sources; 项目名称 and the others merged down both lines.
  ledger.addRow(['项目名称', '建设单位', '总投资（万元）', '资金来源', null, '立项日期']);
  ledger.addRow([null, null, null, '上级资金', '本级财政资金', null]);
  ledger.addRow([{ richText: [{ text: '淅川县' }, { text: '智慧课堂', font: { bold: true } }] }, '淅川县教育局', { formula: 'D4+E4', result: 58.5 }, 50, 8.5, new Date(Date.UTC(2026, 2, 1))]);
  ledger.getCell('F4').numFmt = 'yyyy-mm-dd';
  ledger.addRow([{ text: '淅川县数据平台', hyperlink: 'http://example.invalid' }, '淅川县教育局', { error: '#N/A' }, { formula: 'D4*2' }, null, '2026年3月']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('reading a ledger workbook with the streaming reader', () => {
  it('keeps the visible sheets in order and reads rich text, formulas, hyperlinks, errors and dates as plain cells', async () => {
    const workbook = await readLedgerWorkbook(await officeWorkbook(), '台账.xlsx', quiet);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['填表说明', '2026年台账']);
    const ledger = workbook.sheets[1]!;
    expect(ledger.rows.map((row) => row.number)).toEqual([1, 2, 3, 4, 5]);
    const [first, second] = ledger.rows.slice(3);
    expect(first!.cells.slice(0, 5)).toEqual(['淅川县智慧课堂', '淅川县教育局', 58.5, 50, 8.5]);
    expect(first!.cells[5]).toEqual(new Date(Date.UTC(2026, 2, 1)));
    // A formula saved without its result reads as empty (and is then reported as missing, not guessed).
    expect(second!.cells).toEqual(['淅川县数据平台', '淅川县教育局', '#N/A', null, null, '2026年3月']);
  });

  it('picks the sheet with the header words, and reads a two-line header', async () => {
    const workbook = await readLedgerWorkbook(await officeWorkbook(), '台账.xlsx', quiet);
    const preview = previewLedger('ledger-00000000-0000-0000-0000-000000000000', workbook, ledgerDefaults(null));
    expect(preview.sheet).toBe('2026年台账');
    expect(preview.headerRow).toBe(3);
    expect(preview.columns.map((column) => column.header)).toEqual(['项目名称', '建设单位', '总投资（万元）', '上级资金', '本级财政资金', '立项日期']);
    expect(preview.mapping).toEqual([
      { field: 'name', column: 1 },
      { field: 'unitName', column: 2 },
      { field: 'totalInvestmentFen', column: 3 },
      { field: 'funding.superior', column: 4 },
      { field: 'funding.localFiscal', column: 5 },
    ]);
  });

  it('stops when the job is cancelled', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    for (let row = 0; row < 1_200; row += 1) sheet.addRow([`项目${row}`, '淅川县教育局', row]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const messages: string[] = [];
    const cancelling: ReadControl = {
      progress: (_done, _total, message) => messages.push(message ?? ''),
      throwIfCancelled: () => {
        throw new JobCancelled();
      },
    };
    await expect(readLedgerWorkbook(bytes, '台账.xlsx', cancelling)).rejects.toBeInstanceOf(JobCancelled);
    // It stopped at the first check (after 500 rows), before reporting the whole file read.
    expect(messages).toEqual([]);
  });
});
