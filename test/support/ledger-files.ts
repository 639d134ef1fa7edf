/** Ledgers as offices make them: an .xlsx converted by LibreOffice Calc from a CSV written in the test. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes the rows as a UTF-8 CSV (with BOM) and has LibreOffice Calc convert
 * it: `soffice --headless --convert-to xlsx`. The CSV filter's options say
 * comma-separated, double-quoted, UTF-8 (76), starting at line 1. A private
 * profile lets it run beside other soffice processes.
 */
export function xlsxFromCsv(dir: string, name: string, rows: readonly (readonly string[])[]): string {
  const csv = join(dir, `${name}.csv`);
  writeFileSync(csv, `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');
  const profile = mkdtempSync(join(tmpdir(), 'govit-soffice-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, csv],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const xlsx = join(dir, `${name}.xlsx`);
  if (!existsSync(xlsx)) throw new Error(`LibreOffice did not convert ${csv}`);
  return xlsx;
}

