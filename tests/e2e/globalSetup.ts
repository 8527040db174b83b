import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app on 127.0.0.1 only, on a free port, for the whole browser-test run. */
export default async function setup(project: TestProject) {
  // E2E_DIST lets parallel work build into its own folder (vite build --outDir dist-x).
  const dist = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html')) || !existsSync(resolve(dist, 'data/sco-core.json'))) {
    throw new Error('dist/ is missing or has no data: run `npm run build` before the browser tests.');
  }
  const server = await preview({
    configFile: resolve(import.meta.dirname, '../../vite.config.ts'),
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('The preview server did not report its address.');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
