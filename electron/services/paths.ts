import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or unpacked app) root: the nearest folder above with db/migrations. */
export function findAppRoot(start = dirname(fileURLToPath(import.meta.url))): string {
  let folder = resolve(start);
  for (;;) {
    if (existsSync(join(folder, 'db', 'migrations', 'meta', '_journal.json'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('找不到数据库迁移文件夹 db/migrations：程序文件不完整。');
    folder = parent;
  }
}
