/**
 * The smaller defects, each where a person met it: the projector theme's map header, the
 * timeline's words, fields and export title, leaving Present, the status history's year tick,
 * the wheel over the network, the timeline's rings; and network figures ready for a slide.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type AppSession } from './browser';

function query(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

async function download(page: Page, buttonName: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: buttonName }).click()]);
  const text = readFileSync(await file.path(), 'utf8');
  await page.keyboard.press('Escape');
  return text;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('smaller defects (1440 × 900)', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('keeps the map’s title and country finder apart in the projector theme at 1280 and 1440', async () => {
    const { page } = session;
    await page.addInitScript(() => localStorage.setItem('sco-atlas:theme', 'projector'));
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: width === 1280 ? 720 : 900 });
      await session.open();
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('projector');
      const map = page.getByRole('region', { name: 'Membership map' });
      // The app's map, not index.html's loading shell (the same header, replaced as the map mounts).
      await expect.poll(() => map.getByRole('img', { name: /^World map of SCO status/ }).count(), { timeout: 15_000 }).toBe(1);
      await expect.poll(() => map.getByRole('combobox', { name: /country/i }).count()).toBe(1);
      const title = await map.getByRole('heading', { level: 2 }).boundingBox();
      const finder = await map.locator('.country-finder').boundingBox();
      if (title === null || finder === null) throw new Error('the map header is not drawn');
      const words = await map.getByRole('heading', { level: 2 }).evaluate((h) => {
        const range = document.createRange();
        range.selectNodeContents(h);
        return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
      });
      for (const word of words) expect(overlaps(word, finder), `${width}px: the title's text runs under the finder`).toBe(false);
      expect(await map.getByRole('combobox', { name: /country/i }).evaluate((input) => input.getBoundingClientRect().width)).toBeGreaterThan(200);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.addInitScript(() => localStorage.setItem('sco-atlas:theme', 'light'));
  });

  it('names the same years in the timeline’s words, its fields and its exported title', async () => {
    const { page } = session;
    await session.open();
    const timeline = page.getByRole('region', { name: 'Theme timeline' });
    await expect.poll(() => timeline.getByRole('spinbutton', { name: 'From year' }).inputValue()).toBe('2020');
    expect(await timeline.getByRole('spinbutton', { name: 'To year' }).inputValue()).toBe('2025');
    expect(await timeline.getByText('All of 2020–2025').count()).toBe(1);
    const svg = await download(page, 'Theme timeline as SVG');
    expect(svg).toContain('Themes in expert commentary on the SCO, 2020–2025');
    expect(svg).not.toContain('2022–2024');
    const json = JSON.parse(await download(page, 'Theme timeline as JSON')) as { title: string };
    expect(json.title).toBe('Themes in expert commentary on the SCO, 2020–2025');
  });

  it('gives back the person’s own view when they leave Present', async () => {
    const { page } = session;
    await session.open('?year=2010&from=2022&to=2022&themes=security&country=KAZ');
    await expect.poll(() => page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow')).toBe('2010');
    const before = query(page);
    await page.getByRole('button', { name: 'Present' }).click();
    const stage = page.getByRole('complementary', { name: 'Presentation' });
    await expect.poll(() => stage.isVisible()).toBe(true);
    await page.keyboard.press('End');
    await expect.poll(() => query(page).step).toBe('10');
    await page.keyboard.press('Escape');
    await expect.poll(() => stage.count()).toBe(0);
    await expect.poll(() => query(page)).toEqual(before);
    await expect.poll(() => page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow')).toBe('2010');
  });

  it('draws the status history’s “you are here” tick clear of the year labels', async () => {
    const { page } = session;
    for (const year of [2024, 2026]) {
      await session.open(`?country=KAZ&year=${year}`);
      const axis = page.locator('.status-history__axis');
      await expect.poll(() => axis.count()).toBe(1);
      const tick = await axis.locator('.status-history__year').boundingBox();
      const labels = await axis.locator('span:not(.status-history__year)').evaluateAll((spans) =>
        spans.map((s) => {
          const r = s.getBoundingClientRect();
          return { text: s.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      );
      if (tick === null) throw new Error('no year tick');
      expect(labels.map((l) => l.text)).toContain('2026');
      for (const label of labels) expect(overlaps(tick, label), `${year}: the tick strikes through ${label.text}`).toBe(false);
    }
  });

  it('lets the mouse wheel scroll the page over the network; Ctrl + wheel zooms it, and a hint says so', async () => {
    const { page } = session;
    await session.open();
    const drawing = page.getByRole('region', { name: 'Expert network' }).getByRole('img', { name: /^Network of/ });
    await expect.poll(() => drawing.locator('[data-node-id]').count()).toBeGreaterThan(5);
    await page.waitForTimeout(300);
    const box = await drawing.boundingBox();
    if (box === null) throw new Error('the network is not drawn');
    const nodeAt = () => drawing.locator('[data-node-id]').first().getAttribute('transform');
    const before = await nodeAt();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(await nodeAt()).toBe(before);
    await expect.poll(() => page.getByRole('status').filter({ hasText: /hold Ctrl/ }).count()).toBe(1);

    await page.evaluate(() => window.scrollTo(0, 0));
    const again = await drawing.boundingBox();
    if (again === null) throw new Error('the network is not drawn');
    await page.mouse.move(again.x + again.width / 2, again.y + again.height / 2);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(nodeAt).not.toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  it('draws visible rings round the marks that involve the selected expert, and names them so', async () => {
    const { page } = session;
    await session.open('?expert=rizat-tasym');
    const timeline = page.getByRole('region', { name: 'Theme timeline' });
    const ringed = timeline.getByRole('button', { name: /; ringed: involves Rizat Tasym$/ });
    await expect.poll(() => ringed.count()).toBeGreaterThan(0);
    const ring = await ringed.first().locator('circle').first().evaluate((c) => {
      const style = getComputedStyle(c);
      const box = c.getBoundingClientRect();
      return { stroke: style.stroke, width: parseFloat(style.strokeWidth), opacity: Number(style.opacity), size: box.width };
    });
    expect(ring.stroke).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.opacity).toBe(1);
    expect(ring.size).toBeGreaterThan(8);
    expect(await timeline.getByText(/^Ringed: involves Rizat Tasym \(\d+ marks?\)$/).count()).toBe(1);
  });

  it('exports the network as a slide-ready figure: every node named, names whole', async () => {
    const { page } = session;
    await session.open('?from=2022&to=2024');
    await expect.poll(() => page.locator('.network-svg [data-node-id]').count()).toBeGreaterThan(5);
    const svg = await download(page, 'Expert network as SVG');
    const nodes = svg.match(/data-node-id="/g)?.length ?? 0;
    const labels = svg.match(/data-label-for="/g)?.length ?? 0;
    expect(nodes).toBeGreaterThan(20);
    expect(labels).toBe(nodes);
    expect(svg).toContain('Consensus and');
    expect(svg).toContain('institutional reform');
    expect(svg).not.toContain('…</');
  });

  it('exports a figure and data that say “no experts match these filters” when none does', async () => {
    const { page } = session;
    await session.open('?from=2022&to=2022&country=BEL&themes=belt-and-road');
    const network = page.getByRole('region', { name: 'Expert network' });
    await expect.poll(() => network.getByRole('status').filter({ hasText: /^No experts/ }).count()).toBe(1);
    const svg = await download(page, 'Expert network as SVG');
    expect(svg).toContain('No experts match these filters.');
    expect(svg).toMatch(/<svg[^>]* width="\d{3,}"/);
    const csv = (await download(page, 'Expert network as CSV')).trimEnd().split('\r\n');
    expect(csv.length).toBeGreaterThan(1);
    expect(csv.at(-1)).toMatch(/^note,.*No experts match these filters\./);
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const [png] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Expert network as PNG' }).click()]);
    expect(readFileSync(await png.path()).subarray(1, 4).toString('ascii')).toBe('PNG');
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^Saved sco-atlas-network-2022\.png/);
    expect(session.consoleErrors).toEqual([]);
  });
});
