/**
 * The hostile corpus (tests/fixtures/hostile) run through the real pipeline, for browser tests that
 * serve it in place of sco.json with page.route — no second build needed.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ScoData } from '../../src/model/schema';
import { runPipeline } from '../../scripts/preprocess/pipeline';

const ROOT = resolve(import.meta.dirname, '../..');

export function buildHostileData(): ScoData {
  return runPipeline({
    articlesDir: resolve(ROOT, 'tests/fixtures/hostile'),
    referenceDir: resolve(ROOT, 'data/reference'),
    generatedAt: '2025-01-01T00:00:00.000Z',
  });
}

/** Answers every request for sco.json on this page with `data`. */
export async function serveData(page: Page, data: ScoData): Promise<void> {
  const body = JSON.stringify(data);
  await page.route('**/data/sco.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
}
