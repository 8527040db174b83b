/**
 * The hostile corpus (tests/fixtures/hostile) run through the real pipeline, for browser tests that
 * serve it in place of the built data with page.route (appData.ts) — no second build needed.
 */
import { resolve } from 'node:path';
import type { ScoData } from '../../src/model/schema';
import { runPipeline } from '../../scripts/preprocess/pipeline';

export { serveData } from './appData';

const ROOT = resolve(import.meta.dirname, '../..');

export function buildHostileData(): ScoData {
  return runPipeline({
    articlesDir: resolve(ROOT, 'tests/fixtures/hostile'),
    referenceDir: resolve(ROOT, 'data/reference'),
    generatedAt: '2025-01-01T00:00:00.000Z',
  });
}
