import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ScoData } from '../../src/model/schema';
import { readServedData } from './appData';
import { seriousAxeViolations } from './axe';
import { startSession, type AppSession } from './browser';
import { buildHostileData, serveData } from './hostileData';

const THEMES = ['light', 'dark', 'projector'] as const;

/**
 * axe-core on the whole page with each panel open — country details, timeline quotes, network
 * expert, sources dialog, story editor (empty and with steps), export dialog — in every colour
 * theme, and in presentation mode; then the map's screen-reader text following the year.
 * (The default views, presentation steps 1, 7 and 9 and each view's own region are checked in
 * shell, present, map, timeline and network.e2e.ts.)
 */
describe('accessibility with every panel open', () => {
  let session: AppSession;
  let data: ScoData;

  beforeAll(async () => {
    session = await startSession({ width: 1440, height: 900 });
    data = await readServedData(session.page, session.baseUrl);
  });
  afterAll(async () => {
    await session.close();
  });

  /** Loads the page in a colour theme, with no story of the user's own left from an earlier panel. */
  async function openIn(theme: string, query = '') {
    const { page } = session;
    if (!page.url().startsWith(session.baseUrl)) await session.open(query);
    await page.evaluate((t) => {
      localStorage.setItem('sco-atlas:theme', t);
      localStorage.removeItem('sco-atlas:user-story');
    }, theme);
    await session.open(query);
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(theme);
    await expect.poll(() => page.locator('path[data-iso3]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(170);
  }

  /** Opens one panel on a freshly loaded page; each returns the panel's name for messages. */
  const PANELS: { name: string; query?: string; open: (page: Page) => Promise<void> }[] = [
    {
      name: 'country details (with candidate evidence)',
      query: '?year=2024&country=QAT',
      open: async (page) => {
        await page.getByRole('region', { name: 'Membership map' }).getByRole('region', { name: 'Qatar' }).waitFor();
      },
    },
    {
      name: 'timeline quotes',
      open: async (page) => {
        const timeline = page.getByRole('region', { name: 'Theme timeline' });
        const theme = data.themes.find((t) => data.themeWeights.some((w) => w.themeId === t.id && w.year === 2024 && w.quoteCount > 0));
        if (theme === undefined) throw new Error('no theme with quotes in 2024');
        await timeline.getByRole('button', { name: new RegExp(`^${theme.label}, 2024:`) }).click();
        await timeline.getByRole('region', { name: `Quotes on ${theme.label} in 2024` }).waitFor();
      },
    },
    {
      name: 'network expert details',
      open: async (page) => {
        const expert = [...data.experts].sort((a, b) => b.quotes.length - a.quotes.length)[0];
        if (expert === undefined) throw new Error('no experts');
        const network = page.getByRole('region', { name: 'Expert network' });
        await network.getByRole('region', { name: 'Experts' }).getByRole('button', { name: new RegExp(`^${expert.name}`) }).click();
        await network.getByRole('complementary', { name: expert.name }).waitFor();
      },
    },
    {
      name: 'sources dialog',
      open: async (page) => {
        await page.getByRole('button', { name: 'Sources' }).click();
        await page.getByRole('dialog', { name: 'Sources' }).waitFor();
      },
    },
    {
      name: 'story editor, empty',
      open: async (page) => {
        await page.getByRole('button', { name: 'Edit story' }).click();
        await page.getByRole('dialog', { name: 'Your story' }).waitFor();
      },
    },
    {
      name: 'story editor, with the default story’s steps',
      open: async (page) => {
        await page.getByRole('button', { name: 'Edit story' }).click();
        const editor = page.getByRole('dialog', { name: 'Your story' });
        await editor.getByRole('button', { name: /^Copy “.*” to edit$/ }).click();
        await expect.poll(() => editor.getByRole('textbox', { name: 'Story title' }).count()).toBe(1);
      },
    },
    {
      name: 'export dialog',
      open: async (page) => {
        await page.getByRole('button', { name: 'Export' }).click();
        await page.getByRole('dialog', { name: 'Export' }).waitFor();
      },
    },
  ];

  for (const theme of THEMES) {
    it(`has no serious or critical violation with any panel open, in the ${theme} theme`, async () => {
      const found: Record<string, unknown> = {};
      for (const panel of PANELS) {
        await openIn(theme, panel.query ?? '');
        await panel.open(session.page);
        // Panels and colours fade in; let them settle before axe reads the contrast.
        await session.page.waitForTimeout(350);
        const violations = await seriousAxeViolations(session.page);
        if (violations.length > 0) found[panel.name] = violations;
      }
      expect(found).toEqual({});
      expect(session.consoleErrors).toEqual([]);
    });
  }

  it('has no serious or critical violation at the presentation steps present.e2e.ts leaves out (zoomed map, timeline with a theme, network over a range)', async () => {
    const { page } = session;
    await page.evaluate(() => {
      localStorage.removeItem('sco-atlas:theme');
      localStorage.removeItem('sco-atlas:user-story');
    });
    const found: Record<string, unknown> = {};
    for (const step of [3, 8, 10]) {
      await session.open(`?step=${step}&story=sco-enlargement`);
      await expect.poll(() => page.getByRole('complementary', { name: 'Presentation' }).isVisible()).toBe(true);
      await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(step));
      // A step's transition walks the years for up to 3 s.
      await page.waitForTimeout(3200);
      const violations = await seriousAxeViolations(page);
      if (violations.length > 0) found[`step ${step}`] = violations;
    }
    expect(found).toEqual({});
  });

  it('has no serious or critical violation with the hostile data set and its panels open', async () => {
    const hostile = await startSession({ width: 1440, height: 900 });
    try {
      await serveData(hostile.page, buildHostileData());
      await hostile.open('?year=2024&country=QAT&expert=rizat-tasym');
      await hostile.page.getByRole('region', { name: 'Qatar' }).waitFor();
      await hostile.page.getByRole('complementary', { name: 'Rizat Tasym' }).waitFor();
      await hostile.page.waitForTimeout(350);
      expect(await seriousAxeViolations(hostile.page)).toEqual([]);
    } finally {
      await hostile.close();
    }
  });
});

describe('the map for screen readers', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('changes its summary sentence and its table of countries by status with the year', async () => {
    const { page } = session;
    await session.open('?year=2016');
    const map = page.getByRole('region', { name: 'Membership map' });
    await expect.poll(() => page.locator('path[data-iso3]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(170);
    const summary = () => map.getByText(/^In \d{4} the SCO had /).innerText();
    // The country table is the map as rows (it replaced the map's hidden table).
    const table = (year: number) => page.getByRole('region', { name: 'Country table', exact: true }).getByRole('table', { name: `Countries by SCO status at the end of ${year}` });
    // The status cell's first line; an open application follows on the next.
    const statusOf = async (year: number, country: string) =>
      (await table(year).getByRole('row', { name: new RegExp(`^${country}\\b`) }).innerText()).split('\t')[1]?.split('\n')[0];

    const before = await summary();
    expect(before).toMatch(/^In 2016 the SCO had 6 members/);
    expect(await statusOf(2016, 'India')).toBe('Observer');
    const rows2016 = await table(2016).getByRole('row').count();

    // India and Pakistan joined in June 2017: one key press later, the text a screen reader reads has changed.
    await map.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(summary).toMatch(/^In 2017 the SCO had 8 members/);
    // The country table follows the map's frame (a deferred render), not in the same one.
    await expect.poll(() => table(2016).count()).toBe(0);
    expect(await statusOf(2017, 'India')).toBe('Member');
    expect(await statusOf(2017, 'Pakistan')).toBe('Member');
    expect(await table(2017).getByRole('row').count()).toBeGreaterThanOrEqual(rows2016);
    expect(await summary()).not.toBe(before);
  });
});
