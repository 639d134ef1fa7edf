import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/contract/errors';

/**
 * The CJK font: Source Han Sans SC (思源黑体, SIL Open Font License 1.1) from
 * the npm package `node-source-han-sans-sc`, read from node_modules at run time
 * and never committed. pdfkit embeds it as a subset (CID-keyed CFF), so the
 * text stays extractable and a one-page form stays small.
 */
export const FONT_FAMILY = 'SourceHanSansSC';
export const FONT_PACKAGE = 'node-source-han-sans-sc';
export const FONT_FILES = { normal: 'SourceHanSansSC-Regular.otf', bold: 'SourceHanSansSC-Bold.otf' } as const;

export interface FontBuffers {
  normal: Buffer;
  bold: Buffer;
}

/**
 * The folder holding the .otf files: `GOVIT_FONT_DIR` when set, else the npm
 * package. Inside a packaged app the package sits in app.asar; the files are
 * read from app.asar.unpacked when they were unpacked there (asarUnpack),
 * since worker threads should not depend on Electron's asar support.
 */
export function fontDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GOVIT_FONT_DIR) return env.GOVIT_FONT_DIR;
  let folder: string;
  try {
    folder = dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`));
  } catch {
    throw new AppError('internal', `找不到中文字体包 ${FONT_PACKAGE}：程序文件不完整，请重新安装。`);
  }
  const unpacked = folder.replace(/\.asar(?=[\\/])/, '.asar.unpacked');
  return unpacked !== folder && existsSync(join(unpacked, FONT_FILES.normal)) ? unpacked : folder;
}

let loaded: { folder: string; fonts: FontBuffers } | null = null;

/** Reads both weights once per process (≈ 35 MB); later calls return the same buffers. */
export function loadFonts(folder: string = fontDirectory()): FontBuffers {
  if (loaded?.folder === folder) return loaded.fonts;
  const read = (file: string): Buffer => {
    const path = join(folder, file);
    if (!existsSync(path)) throw new AppError('internal', `找不到中文字体文件 ${path}：程序文件不完整，请重新安装。`);
    return readFileSync(path);
  };
  loaded = { folder, fonts: { normal: read(FONT_FILES.normal), bold: read(FONT_FILES.bold) } };
  return loaded.fonts;
}
