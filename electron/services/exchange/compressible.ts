import type { FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { deflateRawSync } from 'node:zlib';

/**
 * Whether deflating a file is worth it. Scans, photos, PDFs and office files
 * (which are ZIPs) are already compressed: deflating them again costs time and
 * gains nothing, so they are stored: known by extension, or by their first
 * bytes. Anything else is deflated when that actually shrinks it, and never
 * beyond 100× (so no entry we write nears the reader's ratio limit; such
 * files, blank bitmaps say, are stored instead).
 */
const COMPRESSED_EXTENSIONS = new Set([
  '.pdf', '.ofd', '.jpg', '.jpeg', '.png', '.gif', '.webp', '.heic', '.jp2', '.zip', '.7z', '.rar', '.gz', '.tgz', '.bz2', '.xz', '.zst',
  '.docx', '.xlsx', '.pptx', '.wps', '.et', '.dps', '.odt', '.ods', '.odp', '.mp3', '.mp4', '.m4a', '.mov', '.avi', '.mkv',
]);

const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xff, 0xd8, 0xff], // JPEG
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // ZIP (docx, xlsx, ofd)
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x1f, 0x8b], // gzip
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a], // xz
];

const EXTREME_RATIO = 100;
const SAMPLE = 8 * 1024;

export function compressedByName(name: string): boolean {
  return COMPRESSED_EXTENSIONS.has(extname(name).toLowerCase());
}

export function compressedByMagic(head: Uint8Array): boolean {
  return MAGIC.some((magic) => magic.every((byte, i) => head[i] === byte));
}

/** For a file deflated whole: keep the deflated form only if it shrank by 10% and by no more than 100×. */
export function worthDeflating(size: number, packedSize: number): boolean {
  return size >= 1024 && packedSize <= size * 0.9 && packedSize * EXTREME_RATIO >= size;
}

/** For a file too large to deflate whole first: judged by 8 KiB from its start, middle and end. */
export async function samplesWorthDeflating(handle: FileHandle, size: number): Promise<boolean> {
  const sample = Buffer.alloc(SAMPLE);
  for (const position of [0, Math.floor((size - SAMPLE) / 2), size - SAMPLE]) {
    const { bytesRead } = await handle.read(sample, 0, SAMPLE, position);
    const bytes = sample.subarray(0, bytesRead);
    if (position === 0 && compressedByMagic(bytes)) return false;
    if (!worthDeflating(bytesRead, deflateRawSync(bytes, { level: 1 }).length)) return false;
  }
  return true;
}
