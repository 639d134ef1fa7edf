import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InboxEntry } from '../../../shared/contract/filing';
import { toBeijingIso } from '../../../shared/domain/time';
import { BundleRefusal } from '../../../shared/exchange/refusals';
import type { ExchangeService } from '../exchange';
import { bundleSummary } from '../exchange/handlers';

export const BUNDLE_EXTENSION = '.gvbundle';

/**
 * The inbox folder (a local folder, a USB stick or an intranet share): every
 * bundle in it with the result of verifying it, without importing. Results
 * are kept per file (path, size, time), so a folder is re-read cheaply; they
 * are dropped after each import, since a sequence check may then answer
 * differently.
 */
export function createInbox(exchange: ExchangeService) {
  const cache = new Map<string, InboxEntry>();
  let scanning: Promise<InboxEntry[]> | null = null;

  async function judge(file: string, fileName: string, bytes: number, modifiedAt: string): Promise<InboxEntry> {
    try {
      const summary = bundleSummary(await exchange.verify(file));
      return { file, fileName, bytes, modifiedAt, status: 'ready', summary, refusal: null };
    } catch (error) {
      if (error instanceof BundleRefusal) {
        return { file, fileName, bytes, modifiedAt, status: error.reason === 'alreadyImported' ? 'imported' : 'refused', summary: null, refusal: { reason: error.reason, message: error.message } };
      }
      throw error;
    }
  }

  async function scanNow(folder: string): Promise<InboxEntry[]> {
    const names = await readdir(folder).catch(() => [] as string[]);
    const entries: InboxEntry[] = [];
    for (const name of names.filter((candidate) => candidate.toLowerCase().endsWith(BUNDLE_EXTENSION)).sort()) {
      const file = join(folder, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      const key = `${file}|${info.size}|${info.mtimeMs}`;
      let entry = cache.get(key);
      if (!entry) {
        entry = await judge(file, name, info.size, toBeijingIso(info.mtime));
        cache.set(key, entry);
      }
      entries.push(entry);
    }
    return entries;
  }

  return {
    /** Verifies new files in `folder` (one scan at a time) and lists them all. */
    scan(folder: string): Promise<InboxEntry[]> {
      scanning ??= scanNow(folder).finally(() => (scanning = null));
      return scanning;
    },
    forget(): void {
      cache.clear();
    },
  };
}
