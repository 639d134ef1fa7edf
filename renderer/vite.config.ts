import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The renderer alone, for the browser route (web bridge, E2E). The desktop
 * build uses electron.vite.config.ts, which shares this configuration.
 */
export const rendererConfig = {
  root: resolve(here),
  base: './',
  plugins: [vue()],
  build: {
    outDir: resolve(here, '../out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: resolve(here, 'index.html') },
  },
};

export default defineConfig(rendererConfig);
