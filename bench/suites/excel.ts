import { statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createServices, type Services } from '../../electron/services';
import { REGISTER_COLUMNS } from '../../electron/services/excel/export-tables';
import { createExcelExports } from '../../electron/services/excel/exports';
import { createLedgerImport } from '../../electron/services/excel/ledger-import';
import type { JobStatus } from '../../shared/contract/jobs';
import { fixedClock } from '../../shared/domain/time';
import { testOffice } from '../../test/support/services';
import { generateProjects } from '../fixtures';
import { timeAsync, type BenchRow } from '../stats';

const LEDGER_ROWS = 10_000;
const REGISTER_PROJECTS = 100_000;
const SEED_BATCH = 10_000;
const MB = 1024 * 1024;

/** The highest RSS seen while `work` runs (sampled every 20 ms, and at the end). */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    const { value, ms } = await timeAsync(work);
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, ms, peakMb: peak / MB };
  } finally {
    clearInterval(timer);
  }
}

async function finished(job: { done: Promise<JobStatus> }): Promise<unknown> {
  const status = await job.done;
  if (status.state !== 'done') throw new Error(`${status.label}: ${status.error?.message ?? status.state}`);
  return status.result;
}

/** A 10,000-row ledger as Excel or WPS saves one: shared strings, the register's own headers. */
async function writeLedger(path: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('项目台账');
  sheet.addRow(['序号', ...REGISTER_COLUMNS.slice(0, -3).map((column) => column.header)]).commit();
  generateProjects(LEDGER_ROWS, { seed: 7, firstYear: 2026, years: 1 }).forEach((fields, index) => {
    const project = { ...fields, id: '', createdAt: '', updatedAt: '', version: 1 };
    sheet.addRow([index + 1, ...REGISTER_COLUMNS.slice(0, -3).map((column) => column.value(project))]).commit();
  });
  sheet.commit();
  await workbook.commit();
}

async function open(dataDir: string): Promise<Services> {
  const services = await createServices({ dataDir, migrationsFolder: join(process.cwd(), 'db', 'migrations'), clock: fixedClock('2026-11-24T01:30:00Z') });
  services.office.completeSetup({ ...testOffice, role: 'reviewOffice', name: '基准测试审查办' });
  return services;
}

/**
 * Issue 5: Excel. Importing a 10,000-row ledger through the three jobs
 * (read, check, import: one transaction, then the office recheck), and
 * exporting a 100,000-project register; rows per second and peak RSS.
 */
export async function excelSuite(workDir: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const row = (name: string, value: number, unit: string, note?: string): void => {
    rows.push({ suite: 'excel', name, value, unit, ...(note ? { note } : {}) });
  };

  const ledgerPath = join(workDir, 'ledger-10k.xlsx');
  await writeLedger(ledgerPath);
  row(`ledger file (${LEDGER_ROWS} rows, shared strings)`, statSync(ledgerPath).size / MB, 'MB');

  const importing = await open(join(workDir, 'excel-import'));
  try {
    const ledgers = createLedgerImport(importing);
    const read = await withPeakRss(() => finished(ledgers.preview({ path: ledgerPath })) as Promise<{ ledgerId: string; sheet: string; headerRow: number; mapping: never[] }>);
    row('import: read the workbook (streaming)', read.ms, 'ms');
    row('import: read rate', LEDGER_ROWS / (read.ms / 1000), 'rows/s');
    const selection = { ledgerId: read.value.ledgerId, sheet: read.value.sheet, headerRow: read.value.headerRow, mapping: read.value.mapping };
    const checked = await withPeakRss(() => finished(ledgers.validate(selection)) as Promise<{ valid: number }>);
    if (checked.value.valid !== LEDGER_ROWS) throw new Error(`expected ${LEDGER_ROWS} valid rows, got ${checked.value.valid}`);
    row('import: check every row (zod, duplicates)', checked.ms, 'ms');
    row('import: parse + validate rate', LEDGER_ROWS / ((read.ms + checked.ms) / 1000), 'rows/s');
    const written = await withPeakRss(() => finished(ledgers.import(selection)) as Promise<{ imported: number }>);
    row('import: the import job (check again, one transaction, office recheck)', written.ms, 'ms');
    const recheck = await timeAsync(() => importing.compliance.recheckAll());
    row('  of which the office recheck (measured again after)', recheck.ms, 'ms');
    row('import: check again + write rate (job less its recheck)', LEDGER_ROWS / ((written.ms - recheck.ms) / 1000), 'rows/s');
    row('import: peak RSS (read, check, write)', Math.max(read.peakMb, checked.peakMb, written.peakMb), 'MB');
  } finally {
    importing.close();
  }

  const exporting = await open(join(workDir, 'excel-export'));
  try {
    for (let start = 0; start < REGISTER_PROJECTS; start += SEED_BATCH) {
      exporting.projects.importMany(generateProjects(SEED_BATCH, { seed: start + 1 }).map((fields, index) => ({ ...fields, name: `${fields.name}-${start + index}` })));
    }
    global.gc?.();
    row('export: RSS before (100k register seeded)', process.memoryUsage.rss() / MB, 'MB');
    const exports = createExcelExports(exporting);
    const exported = await withPeakRss(() => finished(exports.start({ table: 'register', includeBytes: false })) as Promise<{ rows: number; size: number }>);
    row(`export: register of ${REGISTER_PROJECTS} projects`, exported.ms, 'ms');
    row('export: rate', exported.value.rows / (exported.ms / 1000), 'rows/s');
    row('export: file size', exported.value.size / MB, 'MB');
    row('export: peak RSS', exported.peakMb, 'MB');
  } finally {
    exporting.close();
  }
  return rows;
}
