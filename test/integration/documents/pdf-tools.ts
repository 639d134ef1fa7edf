/** poppler-utils around PDF bytes: the text a reader would copy, the fonts, a page as PNG. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

function withFile<T>(bytes: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'govit-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, bytes);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdftotext -raw`: the extractable text in the order it was drawn (cell by cell), as a reader's copy gives it. */
export function pdfText(bytes: Uint8Array): string {
  return withFile(bytes, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8' }));
}

/** The same text without any whitespace, so a phrase wrapped over two lines still matches. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** `pdffonts`, parsed: columns are name, type (two words), encoding, emb, sub, uni, object, generation. */
export function pdfFonts(bytes: Uint8Array): PdfFont[] {
  const output = withFile(bytes, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      const [emb, sub, uni] = cells.slice(-5, -2);
      return { name: cells[0]!, type: cells.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes', unicode: uni === 'yes' };
    });
}

/** The first page at `dpi` (60 unless told) into test-results/forms/<name>.png (kept as a CI artifact); `name` may hold a folder. */
export function firstPagePng(bytes: Uint8Array, name: string, dpi = 60): string {
  const target = join(process.cwd(), 'test-results', 'forms', name);
  mkdirSync(dirname(target), { recursive: true });
  withFile(bytes, (file) => execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, target]));
  return `${target}.png`;
}
