import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ScoData } from '../../src/model/schema';
import { evidenceLoaded, readServedData } from './appData';
import { seriousAxeViolations } from './axe';
import { startSession, type AppSession } from './browser';

/** The URL's query as an object, for readable expectations. */
function query(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** Centre x of a year's column, from the year label the chart draws for it, and the column width. */
async function yearColumn(timeline: Locator, year: number): Promise<{ centre: number; step: number }> {
  const box = async (y: number) => {
    const b = await timeline.locator('.timeline-year', { hasText: new RegExp(`^${y}$`) }).boundingBox();
    if (b === null) throw new Error(`no label for ${y}`);
    return b.x + b.width / 2;
  };
  const centre = await box(year);
  const next = await box(year + 1).catch(async () => 2 * centre - (await box(year - 1)));
  return { centre, step: Math.abs(next - centre) };
}

/** Waits until the chart has its measured width: the brush is redrawn once when the first measurement lands. */
async function settled(timeline: Locator): Promise<void> {
  const overlay = timeline.locator('.timeline-brush .overlay');
  await overlay.waitFor();
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await overlay.boundingBox());
      const stable = now === last && now !== 'null';
      last = now;
      return stable;
    })
    .toBe(true);
}

describe('theme timeline', () => {
  let session: AppSession;
  let timeline: Locator;
  let data: ScoData;

  beforeAll(async () => {
    session = await startSession({ width: 1440, height: 900 });
    await session.open();
    data = await readServedData(session.page, session.baseUrl);
  });
  afterAll(async () => {
    await session.close();
  });
  beforeEach(async () => {
    await session.open();
    timeline = session.page.getByRole('region', { name: 'Theme timeline' });
    await settled(timeline);
  });

  it('brushing the year strip with the mouse sets the range in the URL, snapped to whole years, and the map follows', async () => {
    const { page } = session;
    const articleYears = [...new Set(data.articles.map((a) => a.year))].sort((a, b) => a - b);
    const first = articleYears[0] ?? 2022;
    const last = articleYears[articleYears.length - 1] ?? first;
    const overlay = await timeline.locator('.timeline-brush .overlay').boundingBox();
    if (overlay === null) throw new Error('brush overlay not drawn');
    const y = overlay.y + overlay.height / 2;
    const start = await yearColumn(timeline, first);
    const end = await yearColumn(timeline, last);

    // Start a little inside the first column, stop a little short of the last one's right edge.
    await page.mouse.move(start.centre - start.step * 0.4, y);
    await page.mouse.down();
    await page.mouse.move(end.centre + end.step * 0.4, y, { steps: 12 });
    // While dragging, the snapped years show before they apply.
    expect(await timeline.locator('.timeline-range__status').innerText()).toBe(first === last ? `Only ${first}…` : `${first}–${last}…`);
    await page.mouse.up();

    await expect.poll(() => query(page)).toMatchObject({ from: String(first), to: String(last), year: String(last) });
    expect(await timeline.getByRole('spinbutton', { name: 'From year' }).inputValue()).toBe(String(first));
    expect(await timeline.getByRole('spinbutton', { name: 'To year' }).inputValue()).toBe(String(last));
    // The brush snapped: its selection covers whole columns.
    const selection = await timeline.locator('.timeline-brush .selection').boundingBox();
    expect(selection?.width ?? 0).toBeCloseTo(start.step * (last - first + 1), -1);
    // The map shows the status at the end of the range (the network view has not landed yet: see report).
    const map = page.getByRole('region', { name: 'Membership map' });
    await expect.poll(() => map.getByRole('heading', { level: 2 }).first().innerText()).toContain(String(last));

    // A click on the strip outside the selection clears the range.
    await page.mouse.click(overlay.x + 4, y);
    await expect.poll(() => query(page).from).toBeUndefined();
    expect(session.consoleErrors).toEqual([]);
  });

  it('sets the same range from the keyboard, and Clear restores all years', async () => {
    const { page } = session;
    const from = timeline.getByRole('spinbutton', { name: 'From year' });
    const to = timeline.getByRole('spinbutton', { name: 'To year' });
    const spanEnd = Number(await to.inputValue());
    await from.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2022');
    await page.keyboard.press('Tab');
    await expect.poll(() => query(page)).toMatchObject({ from: '2022', to: String(spanEnd) });
    await expect.poll(() => to.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => query(page)).toMatchObject({ from: '2022', to: String(spanEnd - 1) });
    // The brush follows the range typed in.
    const selection = await timeline.locator('.timeline-brush .selection').boundingBox();
    const column = await yearColumn(timeline, 2022);
    expect(selection?.x ?? 0).toBeCloseTo(column.centre - column.step / 2, -1);

    await timeline.getByRole('button', { name: 'Clear year range' }).click();
    await expect.poll(() => query(page).from).toBeUndefined();
    expect(await from.inputValue()).not.toBe('');
  });

  it('draws the brush for a range that arrives with the link', async () => {
    await session.open('?from=2024&to=2024');
    await settled(timeline);
    const selection = await timeline.locator('.timeline-brush .selection').boundingBox();
    const column = await yearColumn(timeline, 2024);
    expect(selection?.x ?? 0).toBeCloseTo(column.centre - column.step / 2, -1);
    expect(selection?.width ?? 0).toBeCloseTo(column.step, -1);
    expect(await timeline.getByText('Only 2024').count()).toBe(1);
  });

  it('clicking a mark lists the quotes behind it, from the data', async () => {
    const theme = data.themes.find((t) => t.id === 'digital-cyber') ?? data.themes[0];
    if (theme === undefined) throw new Error('no themes in the data');
    const year = 2024;
    const articleYear = new Map(data.articles.map((a) => [a.id, a.year]));
    const expected = data.experts
      .flatMap((e) => e.quotes)
      .filter((q) => articleYear.get(q.articleId) === year && q.themes.includes(theme.id))
      .map((q) => q.text)
      .sort();

    await timeline.getByRole('button', { name: new RegExp(`^${theme.label}, ${year}:`) }).click();
    const panel = timeline.getByRole('region', { name: `Quotes on ${theme.label} in ${year}` });
    await panel.waitFor();
    await evidenceLoaded(panel);
    const shown = (await panel.locator('blockquote').allInnerTexts()).map((t) => t.replace(/^“|”$/g, '')).sort();
    expect(shown).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(await panel.getByRole('link').first().getAttribute('href')).toMatch(/^https:\/\//);
    await panel.getByRole('button', { name: 'Close quotes' }).click();
    expect(await panel.count()).toBe(0);
  });

  it('clicking a theme label toggles ?themes=, several at a time', async () => {
    const { page } = session;
    const [a, b] = data.themes;
    if (a === undefined || b === undefined) throw new Error('need two themes');
    const first = timeline.getByRole('button', { name: a.label, exact: true });
    await first.click();
    await expect.poll(() => query(page).themes).toBe(a.id);
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    await timeline.getByRole('button', { name: b.label, exact: true }).click();
    await expect.poll(() => query(page).themes).toBe([a.id, b.id].sort().join(','));
    await first.click();
    await expect.poll(() => query(page).themes).toBe(b.id);
  });

  it('shows summit markers with date and source, and has no serious accessibility violations', async () => {
    await timeline.getByRole('button', { name: /^2024: SCO heads-of-state summit, Astana/ }).click();
    const panel = timeline.getByRole('region', { name: /^2024 summit: Astana/ });
    await panel.waitFor();
    expect(await panel.getByText('3 July 2024').count()).toBe(1);
    expect(await panel.getByRole('link').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(session.page, '[aria-label="Theme timeline"]')).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
