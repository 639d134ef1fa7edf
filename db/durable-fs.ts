import { open, rename, type FileHandle } from 'node:fs/promises';

/**
 * The few file operations a durable write needs, passed in as a dependency
 * (tests record their order): a file is written, fsynced and closed, renamed
 * into place, and its folder fsynced, all before the transaction that records
 * it commits. Otherwise a power cut could leave a committed row naming a file
 * the disk never kept, or a renamed file whose name was never written.
 */
export interface DurableFs {
  open(path: string, flags: 'wx' | 'r+'): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
  /** fsync of a file already written and closed (the backup API writes through its own handle). */
  syncFile(path: string): Promise<void>;
  /** fsync of a folder, so a rename or a new file in it is on the disk. */
  syncFolder(path: string): Promise<void>;
}

/**
 * Folders cannot be fsynced everywhere: Windows does not open them (its file
 * system journals the rename itself), and some network shares answer EINVAL.
 * There, the file's own fsync is what we can do.
 */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

export const nodeDurableFs: DurableFs = {
  open: (path, flags) => open(path, flags),
  rename: (from, to) => rename(from, to),
  async syncFile(path) {
    const handle = await open(path, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  async syncFolder(path) {
    if (process.platform === 'win32') return;
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      if (FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) return;
      throw error;
    }
    try {
      await handle.sync();
    } catch (error) {
      if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    } finally {
      await handle.close();
    }
  },
};
