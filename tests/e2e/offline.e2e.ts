import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ScoData } from '../../src/model/schema';
import { readServedData } from './appData';
import { syntheticScoData } from '../../tests/fixtures/syntheticScoData';
import { startSession, type AppSession } from './browser';
import { serveData } from './hostileData';
import { installTraps, type PageTraps } from './pageChecks';

const DIST = resolve(import.meta.dirname, '../..', process.env.E2E_DIST ?? 'dist');

/** Origins that appear in the built code only as names (XML namespaces, documentation and licence links), never fetched. */
const NAME_ONLY_ORIGINS = ['http://www.w3.org', 'https://react.dev', 'http://json-schema.org', 'https://json-schema.org', 'https://www.apache.org'];

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: number }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path).length };
}

/**
 * Offline by design: every request off the app's origin is blocked (tests/e2e/browser.ts aborts
 * and records it), and a walk through every view — map slider and country details, timeline
 * brush and quotes, network expert (its layout worker), presentation steps, export (blob: URLs),
 * sources — must work and attempt none. The CSP listener runs through the whole walk.
 */
describe('offline: the whole app from its own origin', () => {
  let session: AppSession;
  let traps: PageTraps;
  let data: ScoData;
  const requests: string[] = [];

  beforeAll(async () => {
    session = await startSession({ width: 1440, height: 900 });
    traps = await installTraps(session.page);
    session.page.on('request', (request) => requests.push(request.url()));
    data = await readServedData(session.page, session.baseUrl);
  });
  afterAll(async () => {
    await session.close();
  });

  it('names no other origin in the built code or styles, and loads no web font', () => {
    const assets = readdirSync(resolve(DIST, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    const origins = new Set<string>();
    const originsIn = (text: string) => [...text.matchAll(/https?:\/\/[a-z0-9.-]+/gi)].map((m) => m[0].toLowerCase());
    // The "Add articles" worker bundles the reference data, whose sources are cited by address: data, never fetched.
    const referenceDir = resolve(import.meta.dirname, '../../data/reference');
    const cited = new Set(readdirSync(referenceDir).flatMap((f) => originsIn(readFileSync(resolve(referenceDir, f), 'utf8'))));
    for (const file of [...assets.map((f) => resolve(DIST, 'assets', f)), resolve(DIST, 'index.html')]) {
      const text = readFileSync(file, 'utf8');
      const bundlesReference = /ownCorpus\.worker-[\w-]+\.js$/.test(file);
      for (const origin of originsIn(text)) if (!(bundlesReference && cited.has(origin))) origins.add(origin);
      if (file.endsWith('.css')) expect(text, file).not.toMatch(/@font-face|@import/);
    }
    expect([...origins].filter((o) => !NAME_ONLY_ORIGINS.includes(o))).toEqual([]);
  });

  it('works through every view with nothing fetched from elsewhere', async () => {
    const { page } = session;
    const origin = new URL(session.baseUrl).origin;
    await session.open('?year=2023');

    // Map: outlines drawn, the slider moves the year, a country's details open.
    const map = page.getByRole('region', { name: 'Membership map' });
    await expect.poll(() => page.locator('path[data-iso3]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(170);
    const slider = map.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('2024');
    await page.locator('path[data-iso3="BLR"]').click();
    await expect.poll(() => map.getByRole('region', { name: 'Belarus' }).count()).toBe(1);
    await map.getByRole('button', { name: 'Close Belarus details' }).click();

    // Timeline: a brushed range, then a mark's quotes.
    const timeline = page.getByRole('region', { name: 'Theme timeline' });
    const overlay = timeline.locator('.timeline-brush .overlay');
    await overlay.waitFor();
    const box = await overlay.boundingBox();
    if (box === null) throw new Error('the timeline brush is not drawn');
    await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
    await timeline.getByRole('button', { name: 'Clear year range' }).click();
    const theme = data.themes.find((t) => data.themeWeights.some((w) => w.themeId === t.id && w.year === 2024 && w.quoteCount > 0));
    if (theme === undefined) throw new Error('no theme with quotes in 2024');
    await timeline.getByRole('button', { name: new RegExp(`^${theme.label}, 2024:`) }).click();
    await timeline.getByRole('region', { name: `Quotes on ${theme.label} in 2024` }).waitFor();

    // Network: drawn (its layout in a worker), an expert opened from the list.
    const network = page.getByRole('region', { name: 'Expert network' });
    await expect.poll(() => network.locator('[data-node-id^="expert:"]').count()).toBeGreaterThan(0);
    const expert = data.experts[0];
    if (expert === undefined) throw new Error('no experts in the data');
    await network.getByRole('region', { name: 'Experts' }).getByRole('button', { name: new RegExp(`^${expert.name}`) }).click();
    await expect.poll(() => network.getByRole('complementary', { name: expert.name }).count()).toBe(1);

    // Sources.
    await page.getByRole('button', { name: 'Sources' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Sources' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');

    // Export: figures are drawn on the page and handed over as blob: URLs.
    await page.getByRole('button', { name: 'Export' }).click();
    const exporter = page.getByRole('dialog', { name: 'Export' });
    await expect.poll(() => exporter.isVisible()).toBe(true);
    for (const button of ['Membership map as PNG', 'Membership map as SVG', 'Theme timeline as PNG', 'Expert network as PNG', 'Membership map as CSV']) {
      const file = await download(page, () => exporter.getByRole('button', { name: button }).click());
      expect(file.bytes, button).toBeGreaterThan(100);
    }
    await page.keyboard.press('Escape');

    // Presentation: two steps forward, then out.
    await page.getByRole('button', { name: 'Present' }).click();
    const stage = page.getByRole('complementary', { name: 'Presentation' });
    await expect.poll(() => stage.isVisible()).toBe(true);
    await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('2');
    await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('3');
    await page.keyboard.press('Escape');
    await expect.poll(() => stage.count()).toBe(0);

    expect(session.foreignRequests, 'requests off the app’s origin').toEqual([]);
    expect(requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
    const { cspViolations, pwned } = await traps.read();
    expect(cspViolations, 'CSP violations with every view, the worker and the export used').toEqual([]);
    expect(pwned).toBeUndefined();
    expect(session.consoleErrors).toEqual([]);
  });

  it('lays out a large network in its Web Worker under the CSP, fetching nothing elsewhere', async () => {
    // A large graph: the layout runs in a worker (src/views/network/useNetworkLayout.ts) for a while; CSP worker-src must allow it.
    const worker = await startSession({ width: 1440, height: 900 });
    const workerTraps = await installTraps(worker.page);
    const workers: string[] = [];
    worker.page.on('worker', (w) => workers.push(w.url()));
    try {
      await serveData(worker.page, syntheticScoData({ nodes: 1200, links: 3000 }));
      await worker.open();
      const network = worker.page.getByRole('region', { name: 'Expert network' });
      await expect.poll(() => workers.length, { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => network.locator('.network-stage canvas, svg.network-svg').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      await expect.poll(() => network.getByRole('progressbar').count(), { timeout: 30_000 }).toBe(0);
      expect(await network.getByText(/could not|failed/i).count()).toBe(0);
      expect(workers.every((url) => url.startsWith(new URL(worker.baseUrl).origin))).toBe(true);
      expect((await workerTraps.read()).cspViolations).toEqual([]);
      expect(worker.foreignRequests).toEqual([]);
      expect(worker.consoleErrors).toEqual([]);
    } finally {
      await worker.close();
    }
  });
});
