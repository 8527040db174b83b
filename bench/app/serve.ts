import { resolve } from 'node:path';
import { preview } from 'vite';
import { ROOT } from '../pipeline/runners';

/** Serves a built copy of the app on 127.0.0.1 on a free port, as tests/e2e/globalSetup.ts does. */
export async function serveDist(dist: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    configFile: resolve(ROOT, 'vite.config.ts'),
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview did not report its address');
  return { url, close: () => server.close() };
}
