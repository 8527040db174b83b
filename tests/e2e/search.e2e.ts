import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { startSession, type AppSession } from './browser';

/** The header's search over everything, on the built app with the pipeline's real data. */
describe('search across everything', () => {
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

  const box = () => session.page.getByRole('combobox', { name: /^Search experts, countries/ });
  const results = () => session.page.getByRole('listbox', { name: 'Search results' });
  const query = () => Object.fromEntries(new URL(session.page.url()).searchParams);

  async function openApp(path = '') {
    await session.open(path);
    await expect.poll(() => box().count(), { timeout: 15_000 }).toBe(1);
  }

  async function search(text: string) {
    await box().fill('');
    await box().focus();
    await session.page.keyboard.type(text);
    await expect.poll(() => results().getByRole('option').count()).toBeGreaterThan(0);
  }

  it('finds “Secretary General” in a quote and opens the expert who said it', async () => {
    await openApp();
    await search('Secretary General');
    const quotes = results().getByRole('group', { name: /^In quotes/ });
    // Polled: the list answers each keystroke, and the first ones match other things.
    await expect.poll(() => quotes.getByRole('option').first().innerText()).toMatch(/Ainur Abaykyzy[\s\S]*Secretary General/);
    // Polled too: the first option can already match while the highlights of an earlier keystroke are still shown.
    await expect.poll(() => quotes.locator('mark').allInnerTexts()).toEqual(expect.arrayContaining(['Secretary', 'General']));
    await session.page.keyboard.press('Enter');
    await expect.poll(() => query().expert).toBe('ainur-abaykyzy');
    const network = session.page.getByRole('region', { name: 'Expert network' });
    const heading = network.getByRole('heading', { name: 'Ainur Abaykyzy' });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
  });

  it('finds Belarus and Laos (and Laos as “Lao PDR”), and selects them on the map', async () => {
    await openApp('?year=2025');
    for (const [typed, iso3, name] of [
      ['Belarus', 'BLR', 'Belarus'],
      ['Lao PDR', 'LAO', 'Laos'],
    ] as const) {
      await search(typed);
      const first = results().getByRole('group', { name: /^Countries/ }).getByRole('option').first();
      await expect.poll(() => first.innerText()).toMatch(new RegExp(`^${name}`));
      await expect.poll(() => first.getAttribute('aria-selected')).toBe('true');
      await session.page.keyboard.press('Enter');
      await expect.poll(() => query().country).toBe(iso3);
      const map = session.page.getByRole('region', { name: 'Membership map' });
      await expect.poll(() => map.getByRole('region', { name }).count()).toBe(1);
    }
  });

  it('finds Türkiye typed without its accent, and says which name matched', async () => {
    await openApp();
    await search('Turkiye');
    const first = results().getByRole('group', { name: /^Countries/ }).getByRole('option').first();
    await expect.poll(() => first.innerText()).toMatch(/^Turkey \(Türkiye\)/);
    await expect.poll(() => first.locator('mark').allInnerTexts()).toEqual(['Türkiye']);
  });

  it('comes to the box on “/” and on Ctrl+K, and Escape closes the list, then clears the box', async () => {
    await openApp();
    await session.page.getByRole('button', { name: 'Copy link' }).focus();
    await session.page.keyboard.press('/');
    await expect.poll(() => box().evaluate((el) => el === document.activeElement)).toBe(true);
    await session.page.getByRole('button', { name: 'Copy link' }).focus();
    await session.page.keyboard.press('Control+k');
    await expect.poll(() => box().evaluate((el) => el === document.activeElement)).toBe(true);
    await session.page.keyboard.type('belt');
    await expect.poll(() => box().getAttribute('aria-expanded')).toBe('true');
    await session.page.keyboard.press('Escape');
    expect(await box().getAttribute('aria-expanded')).toBe('false');
    expect(await box().inputValue()).toBe('belt');
    await session.page.keyboard.press('Escape');
    expect(await box().inputValue()).toBe('');
  });

  it('adds a theme to every view’s filters', async () => {
    await openApp();
    await search('belt and road');
    const theme = results().getByRole('group', { name: /^Themes/ }).getByRole('option').first();
    await theme.click();
    await expect.poll(() => query().themes).toBe('belt-and-road');
  });

  it('opens an article in a new tab', async () => {
    await openApp();
    // A tab of its own would leave this test's origin: record the call instead of following it.
    await session.page.evaluate(() => {
      const opened: string[] = [];
      (window as unknown as { opened: string[] }).opened = opened;
      window.open = (url?: string | URL) => {
        opened.push(String(url));
        return null;
      };
    });
    await search('Astana Times');
    await results().getByRole('group', { name: /^Articles/ }).getByRole('option').first().click();
    expect(await session.page.evaluate(() => (window as unknown as { opened: string[] }).opened)).toEqual([expect.stringMatching(/^https:\/\/astanatimes\.com\//)]);
  });

  it('lets the network’s own finder reach experts through what they said', async () => {
    await openApp();
    const network = session.page.getByRole('region', { name: 'Expert network' });
    const finder = network.getByRole('searchbox', { name: 'Find an expert' });
    await finder.fill('Secretary General');
    await expect.poll(() => network.getByRole('button', { name: /^Ainur Abaykyzy/ }).count()).toBe(1);
  });

  it('keeps the open results inside the screen, in the projector theme at 1280×720 and on a phone', async () => {
    await openApp();
    await session.page.evaluate(() => localStorage.setItem('sco-atlas:theme', 'projector'));
    for (const [width, height] of [
      [1280, 720],
      [390, 844],
    ] as const) {
      await session.page.setViewportSize({ width, height });
      await openApp();
      await search('Laos');
      const list = await results().boundingBox();
      expect(list === null ? -1 : list.x, `${width}: left edge`).toBeGreaterThanOrEqual(0);
      expect(list === null ? Infinity : list.x + list.width, `${width}: right edge`).toBeLessThanOrEqual(width);
      expect(await session.page.evaluate(() => document.documentElement.scrollWidth), `${width}: page width`).toBeLessThanOrEqual(width);
      if (width < 600) expect((await box().boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
    }
    await session.page.evaluate(() => localStorage.removeItem('sco-atlas:theme'));
    await session.page.setViewportSize({ width: 1440, height: 900 });
  });

  it('has no serious accessibility violation with the results open', async () => {
    await openApp();
    await search('kazakhstan');
    expect(await results().getByRole('group').count()).toBeGreaterThan(1);
    expect(await seriousAxeViolations(session.page, 'header')).toEqual([]);
  });
});
