import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Builds the bare page (index.html here) with the app's build settings; bench/app/bare.ts says where to. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  base: './',
  logLevel: 'warn',
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: false, emptyOutDir: true },
  preview: { host: '127.0.0.1' },
});
