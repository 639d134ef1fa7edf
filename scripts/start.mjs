#!/usr/bin/env node
// `npm start`: the desktop app on its embedded SQLite. Where the Electron
// binary could not be downloaded, say so plainly and name the browser route.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    const packageDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

if (!electronBinary()) {
  console.error(`未找到 Electron 程序文件：安装时跳过了下载（ELECTRON_SKIP_BINARY_DOWNLOAD=1），或本机无法访问下载地址。
The Electron binary is not installed on this machine, so the desktop window cannot open.

可以这样做 / What you can do:
  1. 浏览器模式（无需 Electron）：npm run build:renderer && npm run web
     然后在浏览器中打开终端里显示的 http://127.0.0.1:… 地址（仅本机可访问）。
     Browser route: the same renderer and services on 127.0.0.1, with a per-run token.
  2. 在内网构建机上通过镜像安装 Electron：
     ELECTRON_MIRROR=<内网镜像地址>/electron/ npm install   （或预先放入 electron 的离线缓存目录，见 README“打包”一节）`);
  process.exit(1);
}

const child = spawn(process.execPath, [require.resolve('electron-vite/bin/electron-vite.js'), 'preview', '--', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 0));
