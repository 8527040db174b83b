import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the bench page (index.html here) into bench/out/network/dist; the app's build is untouched. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: resolve(import.meta.dirname, '../out/network/dist'),
    emptyOutDir: true,
    reportCompressedSize: false,
  },
  preview: { host: '127.0.0.1' },
});
