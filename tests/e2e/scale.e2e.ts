import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { syntheticScoData } from '../fixtures/syntheticScoData';
import { startSession, type AppSession } from './browser';
import { serveData } from './hostileData';

interface Rect {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Screen boxes of the elements `locator` finds, with their text. */
async function boxes(locator: Locator): Promise<Rect[]> {
  return locator.evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    }),
  );
}

/** Every pair of boxes that overlap (touching edges do not count). */
function overlapping(rects: readonly Rect[]): string[] {
  const found: string[] = [];
  rects.forEach((a, i) =>
    rects.slice(i + 1).forEach((b) => {
      if (a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5) found.push(`“${a.text}” and “${b.text}”`);
    }),
  );
  return found;
}

async function chooseTheme(page: Page, theme: string) {
  await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption(theme);
  await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(theme);
}

/**
 * A corpus as large as a research user's, served in place of sco.json: articles in every year from
 * 1996 to 2026 and thousands of experts. Names stay readable: no two year labels of the timeline
 * touch, the network draws its most quoted experts with names that never overlap, and "Show all"
 * draws every node on the canvas.
 */
describe('a large corpus, 1996–2026', () => {
  const data = syntheticScoData({ nodes: 3000, links: 12000, seed: 7, years: [1996, 2026] });
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession({ width: 1440, height: 900 });
    await serveData(session.page, data);
  });
  afterAll(async () => {
    await session.close();
  });

  const SIZES = [
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ];

  for (const size of SIZES) {
    for (const theme of ['light', 'projector']) {
      it(`labels the timeline's 33 years without two labels touching (${size.width}×${size.height}, ${theme})`, async () => {
        const { page } = session;
        await page.setViewportSize(size);
        await session.open();
        const timeline = page.getByRole('region', { name: 'Theme timeline' });
        await timeline.locator('.timeline-year').first().waitFor();
        await chooseTheme(page, theme);
        // Wait for the chart's measured width (the labels are chosen for it).
        await expect.poll(async () => (await boxes(timeline.locator('.timeline-year'))).length).toBeGreaterThan(4);
        const years = await boxes(timeline.locator('.timeline-year'));
        expect(overlapping(years)).toEqual([]);
        for (const { text } of years) expect(text).toMatch(/^(\d{4}|’\d\d)$/);
        // The first and last year shown are in reach: the span is named from its start to its end.
        expect(years.length).toBeGreaterThanOrEqual(6);
      });
    }
  }

  it('draws the most quoted experts by name, names never overlapping, and every node on "Show all"', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 900 });
    await session.open();
    const region = page.getByRole('region', { name: 'Expert network' });
    const drawing = region.getByRole('img', { name: /^Network of/ });
    await drawing.locator('[data-kind="group"]').first().waitFor();
    const shown = region.getByRole('group', { name: 'Experts shown' });
    expect(await shown.innerText()).toMatch(new RegExp(`most quoted of ${data.experts.length.toLocaleString('en')} experts`));
    const labels = await boxes(drawing.locator('text[data-label-for]'));
    expect(labels.length).toBeGreaterThan(5);
    expect(overlapping(labels)).toEqual([]);
    // Theme names are whole on the drawing (two lines at most; tspans join without a space) and in the tooltip.
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const themeLabels = new Set(data.themes.map((t) => squeeze(t.label)));
    expect(labels.filter((l) => themeLabels.has(squeeze(l.text))).length).toBeGreaterThan(0);
    const theme = data.themes[0];
    if (theme === undefined) throw new Error('no themes');
    await drawing.locator(`[data-node-id="theme:${theme.id}"]`).hover();
    await expect.poll(() => region.locator('.network-tooltip').innerText()).toContain(theme.label);

    await shown.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('experts')).toBe('all');
    const canvas = region.locator('canvas.network-canvas');
    await canvas.waitFor({ timeout: 30_000 });
    expect(Number(await canvas.getAttribute('data-node-count'))).toBe(data.experts.length + data.themes.length + data.countries.length);
    expect(session.consoleErrors).toEqual([]);
  });
});
