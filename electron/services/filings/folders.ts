import { existsSync, mkdirSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import { toBeijingIso } from '../../../shared/domain/time';
import type { ServiceContext } from '../context';
import { readSetting, writeSetting } from '../settings';

const KEY = 'exchange.folders';
const foldersSchema = z.object({ inbox: z.string(), outbox: z.string() });
export type ExchangeFolders = z.infer<typeof foldersSchema>;

/**
 * The inbox and outbox: by default inside the data folder; an office points
 * them at an intranet share (the unit's outbox is the review office's inbox).
 */
export function createExchangeFolders(ctx: ServiceContext) {
  const defaults = (): ExchangeFolders => ({ inbox: join(ctx.dataDir, 'exchange', 'inbox'), outbox: join(ctx.dataDir, 'exchange', 'outbox') });
  return {
    get(): ExchangeFolders {
      return readSetting(ctx.handle.sqlite, KEY, foldersSchema) ?? defaults();
    },
    set(folders: ExchangeFolders): ExchangeFolders {
      for (const [which, path] of Object.entries(folders)) {
        if (!isAbsolute(path)) throw new AppError('validation', `${which === 'inbox' ? '收件' : '发件'}文件夹须为完整路径（如 \\\\server\\share\\收件 或 /mnt/share/收件）。`, [{ path: which, message: '须为完整路径' }]);
        try {
          mkdirSync(path, { recursive: true });
        } catch (error) {
          throw new AppError('validation', `无法使用文件夹“${path}”：${(error as Error).message}`, [{ path: which, message: '无法访问该文件夹' }]);
        }
      }
      writeSetting(ctx.handle.sqlite, KEY, folders, toBeijingIso(ctx.clock.now()));
      return folders;
    },
    /** The outbox, created if missing. */
    outbox(): string {
      const { outbox } = this.get();
      mkdirSync(outbox, { recursive: true });
      return outbox;
    },

    /**
     * A new bundle's path in the outbox: `<what>-第<sequence>号-<Beijing time>.gvbundle`, safe on Windows
     * shares. The sequence (the bundle's number on its link) makes two bundles of one second differ; a name
     * still taken (a sequence reused after a restore) gets "(2)", "(3)"…
     */
    outboxFile(what: string, sequence: number): string {
      const stamp = toBeijingIso(ctx.clock.now()).slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
      const folder = this.outbox();
      const name = (n: number) => join(folder, `${what}-第${sequence}号-${stamp}${n > 1 ? `(${n})` : ''}.gvbundle`);
      let n = 1;
      while (existsSync(name(n)) || existsSync(`${name(n)}.partial`)) n += 1;
      return name(n);
    },
  };
}

export type ExchangeFoldersService = ReturnType<typeof createExchangeFolders>;
