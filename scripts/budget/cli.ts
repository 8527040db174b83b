/**
 * Performance budget of the built app (issue 3):
 *   - first-load JavaScript ≤ 150 KB gzip (the scripts index.html loads eagerly; lazy chunks excluded);
 *   - the membership map visible ≤ 500 ms after navigation, on localhost, in headless Chromium
 *     (median of several cold loads).
 * Usage: npx tsx scripts/budget/cli.ts [--dist dist] [--runs 7]
 * Exits 1 when a budget is exceeded, 2 when it cannot measure.
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { firstLoadScripts } from './firstLoad';
import { measureMapVisible, median } from './mapVisible';
import { CORE_FILE } from '../../src/model/dataFiles';

export const FIRST_LOAD_BUDGET_BYTES = 150 * 1024;
export const MAP_VISIBLE_BUDGET_MS = 500;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<number> {
  const root = resolve(import.meta.dirname, '../..');
  const dist = resolve(root, option('dist', 'dist'));
  const runs = Math.max(1, Number(option('runs', '7')));
  if (!existsSync(resolve(dist, 'index.html')) || !existsSync(resolve(dist, 'data', CORE_FILE))) {
    console.error(`budget: ${dist} has no built app with data; run \`npm run build\` first.`);
    return 2;
  }

  const scripts = firstLoadScripts(dist);
  const gzipTotal = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  console.log('First-load JavaScript (gzip -9):');
  for (const s of scripts) console.log(`  ${s.file}  ${kb(s.bytes)} raw, ${kb(s.gzipBytes)} gzip`);
  const jsOk = gzipTotal <= FIRST_LOAD_BUDGET_BYTES;
  console.log(`  total ${kb(gzipTotal)} gzip — budget ${kb(FIRST_LOAD_BUDGET_BYTES)}: ${jsOk ? 'ok' : 'OVER'}`);

  const server = await preview({
    configFile: resolve(root, 'vite.config.ts'),
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) {
    await server.close();
    console.error('budget: the preview server did not report its address.');
    return 2;
  }
  let visible: number[];
  try {
    const results = await measureMapVisible(url, runs);
    visible = results.map((r) => r.visibleMs);
    console.log(`Map visible after navigation (${runs} cold loads, ${url}):`);
    console.log(`  runs ${results.map((r) => `${Math.round(r.visibleMs)}`).join(', ')} ms (outlines in the DOM ${results.map((r) => Math.round(r.drawnMs)).join(', ')} ms)`);
    console.log(`  main-thread CPU time until then: median ${Math.round(median(results.map((r) => r.mainThreadCpuMs)))} ms`);
    const [load1] = loadavg();
    const cores = cpus().length;
    console.log(`  machine load average ${load1?.toFixed(1)} on ${cores} cores${(load1 ?? 0) > cores ? ' — busy: wall times are inflated by other programs' : ''}`);
  } finally {
    await server.close();
  }
  const visibleMedian = median(visible);
  const mapOk = visibleMedian <= MAP_VISIBLE_BUDGET_MS;
  console.log(`  median ${Math.round(visibleMedian)} ms, worst ${Math.round(Math.max(...visible))} ms — budget ${MAP_VISIBLE_BUDGET_MS} ms: ${mapOk ? 'ok' : 'OVER'}`);
  return jsOk && mapOk ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('budget: could not measure:', error);
    process.exit(2);
  },
);
