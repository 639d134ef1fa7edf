import { existsSync, mkdirSync } from 'node:fs';
import { extname, join } from 'node:path';

/**
 * Names for what the app saves under `<data folder>/exports/` (forms, Excel
 * tables, copies of attachments): readable Chinese names, safe on Windows and
 * the domestic Linux desktops, never overwriting an earlier file.
 */

/** Windows and the domestic Linux desktops both accept this; 80 characters keep paths short. */
export function safeFileName(text: string, fallback = '文书'): string {
  const cleaned = [...text]
    .map((char) => (char < ' ' || '\\/:*?"<>|'.includes(char) ? '_' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return [...cleaned].slice(0, 80).join('') || fallback;
}

/** A path in `folder` (created if missing) named `fileName`, or "name(2).ext", "name(3).ext"… when taken (also by a write in progress). */
export function freshExportPath(folder: string, fileName: string): string {
  mkdirSync(folder, { recursive: true });
  const extension = extname(fileName);
  const stem = fileName.slice(0, fileName.length - extension.length);
  let target = join(folder, fileName);
  for (let n = 2; existsSync(target) || existsSync(`${target}.partial`); n += 1) target = join(folder, `${stem}(${n})${extension}`);
  return target;
}
