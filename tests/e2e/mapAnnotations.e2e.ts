import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { startSession, type AppSession } from './browser';

interface LabelBox {
  iso3: string;
  tier: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every country name drawn on the map, with its box on screen. */
function labelBoxes(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('svg.map-canvas text[data-label-iso3]')].map((text) => {
      const box = text.getBoundingClientRect();
      return { iso3: text.dataset.labelIso3 ?? '', tier: text.getAttribute('class') ?? '', left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    }),
  );
}

function overlapping(boxes: LabelBox[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      // The halo is part of the placed box; the glyph boxes may touch, never cross by more than a pixel.
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) pairs.push(`${a.iso3}/${b.iso3}`);
    }
  }
  return pairs;
}

describe('map: what changed this year, and country names', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await session.close();
  });
  afterEach(() => {
    expect(session.foreignRequests, 'requests outside the app’s origin').toEqual([]);
    expect(session.consoleErrors, 'console errors').toEqual([]);
  });

  const map = () => session.page.getByRole('region', { name: 'Membership map' });
  const changes = (year: number) => map().getByRole('region', { name: `What changed in ${year}` });

  async function openMap(query: string) {
    await session.open(query);
    await expect.poll(() => session.page.locator('path[data-iso3]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(170);
  }

  it('lists the year’s changes beside the slider, each with its sources by name, and follows the slider', async () => {
    await openMap('?year=2024');
    const list = changes(2024);
    await expect.poll(() => list.innerText()).toMatch(/Became a member\s+4 Jul 2024: Belarus \(source: /);
    const links = list.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(await link.innerText()).not.toMatch(/^S\d+[a-z]?$/);
    }
    expect(await list.innerText()).not.toMatch(/\bS\d+[a-z]?\b/);

    await map().getByRole('slider', { name: 'Year' }).focus();
    for (let i = 0; i < 7; i += 1) await session.page.keyboard.press('ArrowLeft');
    await expect.poll(() => changes(2017).innerText()).toMatch(/Became members\s+9 Jun 2017: India, Pakistan/);
  });

  it('picks a country from the list', async () => {
    await openMap('?year=2024');
    await changes(2024).getByRole('button', { name: 'Belarus' }).click();
    await expect.poll(() => map().getByRole('region', { name: 'Belarus' }).count()).toBe(1);
    await expect.poll(() => new URL(session.page.url()).searchParams.get('country')).toBe('BLR');
  });

  it('names the selected country, the year’s changes and the large members, never overlapping and never under a control', async () => {
    await openMap('?year=2024&country=KGZ');
    await expect.poll(async () => (await labelBoxes(session.page)).map((l) => l.iso3)).toEqual(expect.arrayContaining(['KGZ', 'BLR']));
    const boxes = await labelBoxes(session.page);
    expect(boxes.some((b) => b.tier.includes('map-label--member'))).toBe(true);
    expect(boxes.find((b) => b.iso3 === 'KGZ')?.tier).toContain('map-label--selected');
    expect(boxes.find((b) => b.iso3 === 'BLR')?.tier).toContain('map-label--changed');
    expect(overlapping(boxes)).toEqual([]);
    const controls = await map().getByRole('group', { name: 'Map zoom' }).boundingBox();
    const panel = await map().getByRole('region', { name: 'Kyrgyzstan' }).boundingBox();
    for (const covered of [controls, panel]) {
      if (covered === null) throw new Error('a control is missing');
      for (const b of boxes) {
        const under = b.left < covered.x + covered.width && covered.x < b.right && b.top < covered.y + covered.height && covered.y < b.bottom;
        expect(under, `${b.iso3} under a control`).toBe(false);
      }
    }
  });

  it('names more members as the map zooms in, still without overlaps', async () => {
    await openMap('?year=2024');
    await expect.poll(async () => (await labelBoxes(session.page)).map((b) => b.iso3)).toContain('RUS');
    const small = ['KGZ', 'TJK', 'UZB'];
    expect((await labelBoxes(session.page)).filter((b) => small.includes(b.iso3))).toEqual([]);
    await openMap('?year=2024&zoom=70,40,4');
    await expect.poll(async () => (await labelBoxes(session.page)).filter((b) => small.includes(b.iso3)).length).toBeGreaterThanOrEqual(2);
    expect(overlapping(await labelBoxes(session.page))).toEqual([]);
  });

  it('draws names with a halo that stands out in the light, dark and projector themes', async () => {
    for (const theme of ['light', 'dark', 'projector']) {
      await session.page.evaluate((t) => localStorage.setItem('sco-atlas:theme', t), theme);
      await openMap('?year=2024');
      await expect.poll(async () => (await labelBoxes(session.page)).length).toBeGreaterThan(2);
      const style = await session.page.locator('svg.map-canvas text[data-label-iso3="RUS"]').evaluate((el) => {
        const s = getComputedStyle(el);
        return { fill: s.fill, stroke: s.stroke, width: parseFloat(s.strokeWidth), order: s.paintOrder };
      });
      expect(style.fill, theme).not.toBe(style.stroke);
      expect(style.width, theme).toBeGreaterThanOrEqual(3);
      expect(style.order, theme).toMatch(/^stroke/);
    }
    await session.page.evaluate(() => localStorage.removeItem('sco-atlas:theme'));
  });

  it('keeps the names in the exported map figure', async () => {
    await openMap('?year=2024');
    await expect.poll(async () => (await labelBoxes(session.page)).map((b) => b.iso3)).toContain('BLR');
    await session.page.getByRole('button', { name: 'Export' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Export' });
    const [file] = await Promise.all([session.page.waitForEvent('download'), dialog.getByRole('button', { name: 'Membership map as SVG' }).click()]);
    const markup = readFileSync(await file.path(), 'utf8');
    expect(markup).toMatch(/<text[^>]*data-label-iso3="BLR"[^>]*style="[^"]*paint-order: ?stroke[^"]*"[^>]*>Belarus<\/text>/);
  });

  it('has no serious accessibility violation with the list open', async () => {
    await openMap('?year=2025');
    await expect.poll(() => changes(2025).getByRole('button').count()).toBeGreaterThan(10);
    expect(await seriousAxeViolations(session.page, '[aria-label="Membership map"]')).toEqual([]);
  });
});

describe('map: what changed, on a phone', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession({ width: 390, height: 844 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('starts collapsed to its count and opens on a tap', async () => {
    await session.open('?year=2017');
    const list = session.page.getByRole('region', { name: 'What changed in 2017' });
    const summary = list.getByText('2 changes');
    await expect.poll(() => summary.count(), { timeout: 15_000 }).toBe(1);
    expect(await list.getByRole('button', { name: 'India' }).isVisible()).toBe(false);
    const tap = await list.locator('summary').boundingBox();
    expect(tap?.height ?? 0).toBeGreaterThanOrEqual(44);
    await list.locator('summary').click();
    expect(await list.getByRole('button', { name: 'India' }).isVisible()).toBe(true);
    expect(session.consoleErrors).toEqual([]);
  });
});
