/**
 * Phones and tablets: the views stack, nothing overflows the page sideways, and every control can
 * be reached and touched (scrolled into view, uncovered, 44 px or more).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type AppSession } from './browser';
import { horizontalOverflow } from './pageChecks';
import { unreachableControls } from './reachability';

const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

async function box(page: Page, selector: string) {
  const found = await page.locator(selector).first().boundingBox();
  if (found === null) throw new Error(`${selector} is not drawn`);
  return found;
}

async function ready(page: Page) {
  await expect.poll(() => page.locator('svg.map-canvas path').count()).toBeGreaterThan(100);
  await expect.poll(() => page.locator('.network-svg [data-node-id]').count()).toBeGreaterThan(5);
  await expect.poll(() => page.getByRole('group', { name: 'Theme weight by year' }).count()).toBe(1);
}

for (const screen of SCREENS) {
  describe(`layout on a ${screen.name} (${screen.width}×${screen.height})`, () => {
    let session: AppSession;

    beforeAll(async () => {
      session = await startSession({ width: screen.width, height: screen.height });
    });
    afterAll(async () => {
      await session.close();
    });

    it('stacks the views, one under the other, each as wide as the page allows', async () => {
      const { page } = session;
      await session.open();
      await ready(page);
      const map = await box(page, 'section[aria-label="Membership map"]');
      const network = await box(page, 'section[aria-label="Expert network"]');
      const timeline = await box(page, 'section[aria-label="Theme timeline"]');
      for (const region of [map, network, timeline]) expect(region.width).toBeGreaterThan(screen.width - 40);
      expect(network.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      expect(timeline.y).toBeGreaterThanOrEqual(network.y + network.height - 1);
      expect(await horizontalOverflow(page)).toBe(0);
    });

    it('gives the map its year, a usable country finder and a full-width year slider whose labels do not overlap', async () => {
      const { page } = session;
      await session.open();
      await ready(page);
      const year = await box(page, '.map-view__year');
      // The map's own finder, not the header's search box (also a combobox).
      const finder = await box(page, 'section[aria-label="Membership map"] input[role="combobox"]');
      const apart = year.x + year.width <= finder.x || finder.y >= year.y + year.height;
      expect(apart, 'the year and the country finder do not overlap').toBe(true);
      expect(finder.width).toBeGreaterThan(200);
      const slider = await box(page, '[role="slider"]');
      const region = await box(page, 'section[aria-label="Membership map"]');
      // A phone: the track under its buttons, as wide as the view; a tablet: beside them, most of the width.
      expect(slider.width).toBeGreaterThan(screen.width < 500 ? region.width - 60 : region.width * 0.65);
      const labels = await page.locator('.year-slider__years span').evaluateAll((spans) =>
        spans.filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.getBoundingClientRect()).map((r) => [r.left, r.right]),
      );
      labels.forEach(([left], i) => {
        const before = labels[i - 1];
        if (before !== undefined) expect(left, `year label ${i} clears the one before`).toBeGreaterThan(before[1] ?? 0);
      });
    });

    it('scrolls the timeline sideways and keeps the theme names in view', async () => {
      const { page } = session;
      await session.open();
      await ready(page);
      const scroller = page.getByRole('region', { name: 'Theme timeline' }).locator('.timeline__body');
      const widths = await scroller.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
      const chart = await box(page, '.timeline-chart');
      // Columns stay wide enough to touch: the chart may be wider than the screen, and then it scrolls.
      expect(chart.height).toBeGreaterThan(300);
      // A phone cannot show six touchable columns beside the names: the chart must scroll, not squeeze.
      if (screen.width < 500) expect(widths.scroll).toBeGreaterThan(widths.client);
      const hint = page.getByRole('region', { name: 'Theme timeline' }).locator('.timeline__offscreen');
      if (widths.scroll > widths.client) {
        // No scrollbar shows on a touch screen until it is touched: the line under the chart says where the rest is.
        await expect.poll(() => hint.textContent()).toMatch(/^\d{4}(–\d{4})? (is|are) to the right: swipe the chart sideways\.$/);
        const before = await box(page, '.timeline-theme');
        await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
        const after = await box(page, '.timeline-theme');
        expect(Math.abs(after.x - before.x), 'theme labels stay put while the chart scrolls').toBeLessThan(2);
        await expect.poll(() => hint.textContent()).toMatch(/^\d{4}(–\d{4})? (is|are) to the left: swipe the chart sideways\.$/);
      } else {
        await expect.poll(() => hint.textContent()).toBe('');
      }
      expect(await horizontalOverflow(page)).toBe(0);
    });

    it('scrolls a chosen range into view beside the theme names', async () => {
      const { page } = session;
      await session.open('?from=2024&to=2024');
      await ready(page);
      const timeline = page.getByRole('region', { name: 'Theme timeline' });
      const mark = timeline.getByRole('button', { name: /^Security and counter-terrorism, 2024:/ });
      await expect.poll(async () => {
        const box = await mark.boundingBox();
        const names = await timeline.getByRole('list', { name: 'Filter by theme' }).boundingBox();
        return box !== null && names !== null && box.x >= names.x + names.width - 1 && box.x + box.width <= screen.width;
      }).toBe(true);
    });

    it('lets every control be reached, uncovered, and touched (44 px)', async () => {
      const { page } = session;
      await session.open();
      await ready(page);
      const report = await unreachableControls(page, { minTarget: 44 });
      expect(report.checked).toBeGreaterThan(40);
      expect(report.problems).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
    });

    it('keeps the country and expert panels reachable and touchable when they are open', async () => {
      const { page } = session;
      await session.open('?country=KAZ&expert=rizat-tasym');
      await ready(page);
      await expect.poll(() => page.getByRole('heading', { name: 'Kazakhstan' }).count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByRole('heading', { name: 'Rizat Tasym' }).count()).toBeGreaterThan(0);
      const report = await unreachableControls(page, { minTarget: 44 });
      expect(report.problems).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
    });

    it('presents a map step with the map above the caption, and Exit within reach', async () => {
      const { page } = session;
      await session.open('?step=3&story=sco-enlargement');
      const stage = page.getByRole('complementary', { name: 'Presentation' });
      await expect.poll(() => stage.isVisible()).toBe(true);
      await expect.poll(() => page.locator('svg.map-canvas path').count()).toBeGreaterThan(100);
      const map = await box(page, 'svg.map-canvas');
      const caption = await box(page, '.present-stage__caption');
      expect(map.height).toBeGreaterThan(220);
      expect(map.width).toBeGreaterThan(screen.width - 40);
      expect(caption.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      const report = await unreachableControls(page, { within: 'aside[aria-label="Presentation"]', minTarget: 44 });
      expect(report.problems).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      await stage.getByRole('button', { name: 'Exit presentation' }).click();
      await expect.poll(() => stage.count()).toBe(0);
    });

    it('presents a network step with the network drawn above the caption', async () => {
      const { page } = session;
      await session.open('?step=10&story=sco-enlargement');
      await expect.poll(() => page.locator('.network-svg [data-node-id]').count()).toBeGreaterThan(5);
      const network = await box(page, '.network-svg');
      const caption = await box(page, '.present-stage__caption');
      expect(network.height).toBeGreaterThan(220);
      expect(caption.y).toBeGreaterThanOrEqual(network.y + network.height - 1);
      expect(await horizontalOverflow(page)).toBe(0);
    });
  });
}
