import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ScoData } from '../../src/model/schema';
import { startSession, type AppSession } from './browser';

interface StoryFile {
  steps: { state: { year?: number; range?: [number, number] } }[];
}
const story = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/stories/sco-enlargement.json'), 'utf8')) as StoryFile;
const stepYear = (n: number) => {
  const state = story.steps[n - 1]?.state;
  return String(state?.year ?? state?.range?.[1]);
};

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, what: string, backwards = false, max = 150): Promise<number> {
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${what} was not reached with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/**
 * Whether the focused element looks different from the unfocused one: a picture of its area (plus
 * the ring's margin) with and without the focus. blur()/focus() only measure here; every move
 * through the app in this file is a key press.
 */
async function focusIsVisible(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (box === null) return false;
  const clip = { x: Math.max(0, box.x - 6), y: Math.max(0, box.y - 6), width: box.width + 12, height: box.height + 12 };
  const focused = await page.screenshot({ clip, animations: 'disabled' });
  await target.evaluate((el) => (el as HTMLElement).blur());
  const unfocused = await page.screenshot({ clip, animations: 'disabled' });
  await target.evaluate((el) => (el as HTMLElement).focus());
  return !focused.equals(unfocused);
}

/**
 * The keyboard-only walk: reach the year slider, change the year with the arrow keys,
 * pick a country from the searchable list, open an expert from the network's node list, step a
 * story — with page.keyboard only, no mouse. Each stop must show where the focus is.
 */
describe('keyboard only', () => {
  let session: AppSession;
  let data: ScoData;

  beforeAll(async () => {
    session = await startSession({ width: 1440, height: 900 });
    const response = await session.page.request.get(new URL('data/sco.json', session.baseUrl).href);
    data = (await response.json()) as ScoData;
  });
  afterAll(async () => {
    await session.close();
  });

  it('walks from the year slider to a country, an expert and a story without the mouse', async () => {
    const { page } = session;
    const query = () => Object.fromEntries(new URL(page.url()).searchParams);
    const noFocusRing: string[] = [];
    const visible = async (target: Locator, what: string) => {
      if (!(await focusIsVisible(page, target))) noFocusRing.push(what);
    };

    await session.open('?year=2020');
    const map = page.getByRole('region', { name: 'Membership map' });
    await expect.poll(() => page.locator('path[data-iso3]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(170);

    // 1. The year slider, and the year changed with the arrow keys.
    const slider = map.getByRole('slider', { name: 'Year' });
    await tabTo(page, slider, 'the year slider');
    await visible(slider, 'year slider');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuenow')).toBe('2022');
    await expect.poll(() => query().year).toBe('2022');
    await expect.poll(() => map.getByRole('heading', { level: 2 }).first().innerText()).toContain('2022');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => query().year).toBe('2021');

    // 2. A country from the searchable list: type, pick with Enter; Escape closes and gives the focus back.
    const finder = map.getByRole('combobox', { name: 'Find a country' });
    await tabTo(page, finder, 'the country search', true);
    await visible(finder, 'country search');
    await page.keyboard.type('kazak');
    await expect.poll(() => map.getByRole('option', { name: /Kazakhstan/ }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    const details = map.getByRole('region', { name: 'Kazakhstan' });
    await expect.poll(() => details.count()).toBe(1);
    expect(await isFocused(details.getByRole('heading', { name: 'Kazakhstan', exact: true }))).toBe(true);
    expect(await details.innerText()).toMatch(/Member in 2021/);
    await expect.poll(() => query().country).toBe('KAZ');
    await page.keyboard.press('Escape');
    await expect.poll(() => details.count()).toBe(0);
    await expect.poll(() => isFocused(finder)).toBe(true);

    // 3. An expert from the network's node list, opened with Enter; Escape returns to the list entry.
    const network = page.getByRole('region', { name: 'Expert network' });
    const expert = [...data.experts].sort((a, b) => b.quotes.length - a.quotes.length)[0];
    if (expert === undefined) throw new Error('sco.json has no experts');
    const entry = network.getByRole('region', { name: 'Experts' }).getByRole('button', { name: new RegExp(`^${expert.name}`) });
    await tabTo(page, entry, `${expert.name} in the node list`);
    await visible(entry, 'network node list entry');
    await page.keyboard.press('Enter');
    const panel = network.getByRole('complementary', { name: expert.name });
    await expect.poll(() => panel.count()).toBe(1);
    expect(await isFocused(panel.getByRole('heading', { name: expert.name }))).toBe(true);
    expect(await panel.locator('blockquote').count()).toBe(expert.quotes.length);
    await expect.poll(() => query().expert).toBe(expert.id);
    await page.keyboard.press('Tab');
    const close = panel.getByRole('button', { name: `Close details of ${expert.name}` });
    expect(await isFocused(close)).toBe(true);
    await visible(close, 'close expert details');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);

    // 4. A story, stepped with the keys a clicker sends.
    const present = page.getByRole('button', { name: 'Present' });
    await tabTo(page, present, 'the Present button', true);
    await visible(present, 'Present button');
    await page.keyboard.press('Enter');
    const stage = page.getByRole('complementary', { name: 'Presentation' });
    await expect.poll(() => stage.isVisible()).toBe(true);
    await expect.poll(() => query().step).toBe('1');
    await page.keyboard.press('PageDown');
    await expect.poll(() => query().step).toBe('2');
    await expect.poll(() => query().year, { timeout: 6000 }).toBe(stepYear(2));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => query().step).toBe('3');
    await expect.poll(() => stage.getByText(`3 / ${story.steps.length}`).count()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => query().step).toBe('2');
    await page.keyboard.press('Escape');
    await expect.poll(() => stage.count()).toBe(0);

    expect(noFocusRing, 'stops where the focus cannot be seen').toEqual([]);
    expect(session.consoleErrors).toEqual([]);
  });

  it('opens a timeline mark’s quotes and the sources dialog from the keyboard, and closes them with Escape', async () => {
    const { page } = session;
    await session.open();
    const timeline = page.getByRole('region', { name: 'Theme timeline' });
    await timeline.locator('.timeline-brush .overlay').waitFor();
    // One mark is in the tab order (a roving tab stop); the arrow keys move between marks.
    const mark = timeline.locator('[role="button"][data-cell][tabindex="0"]');
    await tabTo(page, mark, 'the timeline’s marks');
    expect(await focusIsVisible(page, mark), 'timeline mark focus').toBe(true);
    await page.keyboard.press('Enter');
    const panel = timeline.getByRole('region', { name: /^Quotes on / });
    await expect.poll(() => panel.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);

    const sources = page.getByRole('button', { name: 'Sources' });
    await tabTo(page, sources, 'the Sources button', true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sources' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The modal keeps the focus inside: Tab moves between its links and its close button.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => isFocused(sources)).toBe(true);
  });
});
