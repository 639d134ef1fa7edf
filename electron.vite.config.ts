import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { rendererConfig } from './renderer/vite.config';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The desktop build. The preload is emitted as CommonJS (index.cjs): a
 * sandboxed preload cannot be an ES module, and package.json says "type": "module".
 */
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(here, 'electron/main/index.ts'),
          // PDF forms render in worker threads (electron/services/documents/pool.ts).
          'documents-worker': resolve(here, 'electron/services/documents/worker.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(here, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
