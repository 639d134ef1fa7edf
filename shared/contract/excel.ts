import { z } from 'zod';
import { LEDGER_FIELD_IDS } from '../domain/ledger';
import { projectFieldsSchema } from '../domain/project';
import { jobStartedSchema } from './jobs';

/**
 * Excel: importing a project ledger (.xlsx from WPS or Excel) in three steps —
 * preview (sheets, header row, guessed column mapping), validate (a report by
 * row), import (one transaction, only when no row is bad) — and exporting the
 * register, findings, deadlines and systems inventory as .xlsx. The slow steps
 * are jobs: the method returns `{ jobId }` and the result below is the job's.
 */

/** The largest ledger accepted, before base64. */
export const MAX_LEDGER_BYTES = 20 * 1024 * 1024;
export const MAX_LEDGER_BASE64 = Math.ceil(MAX_LEDGER_BYTES / 3) * 4;
/** Issues listed in a report; the row numbers of every bad row are listed regardless. */
export const MAX_REPORTED_ISSUES = 1_000;

export const ledgerIdSchema = z.string().regex(/^ledger-[0-9a-f-]{36}$/, '台账编号无效');

export const ledgerFileSchema = z.object({
  fileName: z.string({ error: '请选择台账文件' }).trim().min(1, '请选择台账文件').max(255, '文件名过长'),
  bytesBase64: z
    .string({ error: '请选择台账文件' })
    .min(1, '文件是空的')
    .max(MAX_LEDGER_BASE64, '文件超过 20 MB：请删去无关的工作表，或拆成几个文件分别导入。'),
});

export const ledgerPickSchema = z.object({
  field: z.enum(LEDGER_FIELD_IDS, { error: '未知的栏目' }),
  column: z.number().int().min(1, '列号无效').max(16_384, '列号无效'),
});

export const ledgerSheetSchema = z.object({
  ledgerId: ledgerIdSchema,
  sheet: z.string().min(1, '请选择工作表').max(100),
  /** 1-based, as the sheet numbers rows; omitted: detected from the header words. */
  headerRow: z.number().int().min(1, '表头行号无效').max(1_048_576, '表头行号无效').optional(),
});

export const ledgerMappingSchema = ledgerSheetSchema
  .extend({ headerRow: z.number().int().min(1, '表头行号无效').max(1_048_576, '表头行号无效'), mapping: z.array(ledgerPickSchema).max(LEDGER_FIELD_IDS.length) })
  .superRefine((input, ctx) => {
    const fields = new Set<string>();
    const columns = new Set<number>();
    for (const pick of input.mapping) {
      if (fields.has(pick.field)) ctx.addIssue({ code: 'custom', path: ['mapping'], message: '同一栏目只能对应一列' });
      if (columns.has(pick.column)) ctx.addIssue({ code: 'custom', path: ['mapping'], message: '同一列只能对应一个栏目' });
      fields.add(pick.field);
      columns.add(pick.column);
    }
  });
export type LedgerMappingInput = z.output<typeof ledgerMappingSchema>;

export const ledgerColumnSchema = z.object({
  column: z.number().int().min(1),
  /** "A", "B", …: as the sheet shows it. */
  letter: z.string(),
  header: z.string(),
  /** The first few values under the header, as text. */
  samples: z.array(z.string()),
});

export const ledgerPreviewSchema = z.object({
  ledgerId: ledgerIdSchema,
  fileName: z.string(),
  sheets: z.array(z.object({ name: z.string(), rows: z.number().int(), columns: z.number().int() })),
  sheet: z.string(),
  headerRow: z.number().int().min(1),
  /** Non-empty rows below the header. */
  dataRows: z.number().int(),
  columns: z.array(ledgerColumnSchema),
  /** The guessed mapping, from the header words. */
  mapping: z.array(ledgerPickSchema),
  /** What an unmapped field becomes, as text ("编制中"); a required field without one must be mapped. */
  defaults: z.array(z.object({ field: z.enum(LEDGER_FIELD_IDS), text: z.string() })),
});
export type LedgerPreview = z.infer<typeof ledgerPreviewSchema>;

export const ledgerIssueSchema = z.object({
  /** The row number as the sheet shows it. */
  row: z.number().int().min(1),
  /** The column letter, when the issue is one cell's. */
  column: z.string().nullable(),
  field: z.enum(LEDGER_FIELD_IDS).nullable(),
  message: z.string(),
  /** The cell's text, when the issue is one cell's. */
  value: z.string(),
});
export type LedgerIssue = z.infer<typeof ledgerIssueSchema>;

export const ledgerReportSchema = z.object({
  ledgerId: ledgerIdSchema,
  sheet: z.string(),
  headerRow: z.number().int(),
  /** Rows read (non-empty, not a 合计 row). */
  rows: z.number().int(),
  valid: z.number().int(),
  /** Every bad row's number, ascending. */
  badRows: z.array(z.number().int()),
  skipped: z.array(z.object({ row: z.number().int(), reason: z.string() })),
  /** Problems of the mapping itself (a required field without a column, an amount column in 元). */
  mappingIssues: z.array(z.object({ field: z.enum(LEDGER_FIELD_IDS), message: z.string() })),
  /** The first `MAX_REPORTED_ISSUES` issues, by row. */
  issues: z.array(ledgerIssueSchema),
  /** Issues beyond those listed. */
  moreIssues: z.number().int(),
  /** The first rows as they will be registered. */
  sample: z.array(z.object({ row: z.number().int(), project: projectFieldsSchema })),
  /** True when there is something to import and nothing wrong. */
  ready: z.boolean(),
});
export type LedgerReport = z.infer<typeof ledgerReportSchema>;

export const ledgerImportResultSchema = z.object({
  imported: z.number().int(),
  /** The whole-office compliance recheck after the import; null when it could not run (the message says why). */
  recheck: z.object({ checked: z.number().int(), findings: z.number().int() }).nullable(),
  message: z.string(),
});
export type LedgerImportResult = z.infer<typeof ledgerImportResultSchema>;

export const EXPORT_TABLES = ['register', 'findings', 'deadlines', 'inventory'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
export const EXPORT_TABLE_TITLES: Record<ExportTable, string> = {
  register: '项目台账',
  findings: '合规问题',
  deadlines: '期限',
  inventory: '信息系统目录',
};

export const exportInputSchema = z.object({
  table: z.enum(EXPORT_TABLES, { error: '请选择要导出的内容' }),
  /** Also return the file's bytes (the browser route offers them as a download). */
  includeBytes: z.boolean().default(false),
});

export const exportedFileSchema = z.object({
  table: z.enum(EXPORT_TABLES),
  fileName: z.string(),
  /** Always saved under `<data folder>/exports/`, never overwriting. */
  savedPath: z.string(),
  size: z.number().int(),
  rows: z.number().int(),
  bytesBase64: z.string().nullable(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;

export const excelMethods = {
  /** Reads the workbook (a job; result: `LedgerPreview`). Nothing is written. */
  'excel.previewLedger': { input: ledgerFileSchema, output: jobStartedSchema },
  /** Another sheet or header row of a previewed workbook. */
  'excel.ledgerSheet': { input: ledgerSheetSchema, output: ledgerPreviewSchema },
  /** Checks every row under the mapping (a job; result: `LedgerReport`). Nothing is written. */
  'excel.validateLedger': { input: ledgerMappingSchema, output: jobStartedSchema },
  /** Registers every row in one transaction, or none (a job; result: `LedgerImportResult`; refused with the bad rows' numbers). */
  'excel.importLedger': { input: ledgerMappingSchema, output: jobStartedSchema },
  /** Forgets a previewed workbook. */
  'excel.discardLedger': { input: z.object({ ledgerId: ledgerIdSchema }), output: z.object({}) },
  /** Writes a table as .xlsx under `<data folder>/exports/` (a job; result: `ExportedFile`). */
  'excel.export': { input: exportInputSchema, output: jobStartedSchema },
} as const;
