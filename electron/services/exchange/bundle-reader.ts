import { open, stat, type FileHandle } from 'node:fs/promises';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY } from '../../../shared/exchange/entry-names';
import { MAX_SIGNATURE_BYTES, type BundleLimits } from '../../../shared/exchange/limits';
import { refuse } from '../../../shared/exchange/refusals';
import { checkCrc, streamEntry, type BundleTap, type EntryCaps } from './zip/entry-stream';
import { readZipDirectory, type ZipEntry } from './zip/reader';

export interface OpenedBundle {
  file: string;
  /** Open until close(): every entry is read through it. */
  handle: FileHandle;
  bytes: number;
  /** In file order. */
  entries: Map<string, ZipEntry>;
  manifestBytes: Buffer;
  signatureBytes: Buffer;
  /** Checks manifest.json's and manifest.sig's CRC fields: after the signature, so a changed manifest is reported as such. */
  checkCrcs(): void;
  close(): Promise<void>;
  /** Bytes inflated so far, shared with the entries read later. */
  total: EntryCaps['total'];
}

export function capsFor(limits: BundleLimits, expectedSize: number, total: EntryCaps['total']): EntryCaps {
  return { expectedSize, maxRatio: limits.maxCompressionRatio, ratioFloor: limits.ratioFloorBytes, total };
}

/**
 * Opens a bundle file: its size, its ZIP directory (every structural check),
 * and the two entries needed before anything else can be judged, manifest.json
 * and manifest.sig, each read under its own small cap.
 */
export async function openBundle(file: string, limits: BundleLimits, tap?: BundleTap): Promise<OpenedBundle> {
  const info = await stat(file).catch((error: Error) => refuse('fileUnreadable', `无法读取数据包文件“${file}”：${error.message}`));
  if (!info.isFile()) refuse('fileUnreadable', `“${file}”不是普通文件，无法作为数据包读取。`);
  const bytes = info.size;
  if (bytes > limits.maxBundleBytes) refuse('fileTooLarge', `数据包文件 ${bytes} 字节，超过上限 ${limits.maxBundleBytes} 字节，已拒绝。`);

  const handle = await open(file, 'r').catch((error: Error) => refuse('fileUnreadable', `无法打开数据包文件“${file}”：${error.message}`));
  try {
    return await readHead(file, handle, bytes, limits, tap);
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function readHead(file: string, handle: FileHandle, bytes: number, limits: BundleLimits, tap?: BundleTap): Promise<OpenedBundle> {
  const list = await readZipDirectory(handle, bytes, limits);
  const entries = new Map(list.map((entry) => [entry.name, entry]));
  const manifest = entries.get(MANIFEST_ENTRY);
  const signature = entries.get(SIGNATURE_ENTRY);
  if (!manifest) refuse('missingEntry', '数据包中没有 manifest.json（清单），无法验证，已拒绝。');
  if (!signature) refuse('missingEntry', '数据包中没有 manifest.sig（签名），无法验证，已拒绝。');
  if (manifest.size > limits.maxManifestBytes) refuse('entryTooLarge', `manifest.json 声明 ${manifest.size} 字节，超过清单上限 ${limits.maxManifestBytes} 字节，已拒绝。`);
  if (signature.size > MAX_SIGNATURE_BYTES) refuse('entryTooLarge', `manifest.sig 声明 ${signature.size} 字节，超过 SM2 签名的最大长度 ${MAX_SIGNATURE_BYTES} 字节，已拒绝。`);

  const total = { used: 0, max: limits.maxTotalBytes };
  const manifestRead = await streamEntry(handle, manifest, capsFor(limits, manifest.size, total), null, true, { tap });
  const signatureRead = await streamEntry(handle, signature, capsFor(limits, signature.size, total), null, true, { tap });
  const checkCrcs = () => (checkCrc(manifest, manifestRead.crc), checkCrc(signature, signatureRead.crc));
  return { file, handle, bytes, entries, manifestBytes: manifestRead.bytes!, signatureBytes: signatureRead.bytes!, total, checkCrcs, close: () => handle.close() };
}
