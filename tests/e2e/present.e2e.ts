import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousAxeViolations } from './axe';
import { startSession, type AppSession } from './browser';
import { installTraps, type PageTraps } from './pageChecks';

/** A step's transition walks the years at up to 3 s; allow for it. */
const TRANSITION = { timeout: 6000 };

interface StoryFile {
  steps: { title: string; state: { year?: number; range?: [number, number]; focus?: string } }[];
}

const story = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/stories/sco-enlargement.json'), 'utf8')) as StoryFile;
/** The year each step shows on the map and writes to the URL. */
const stepYears = story.steps.map((s) => s.state.year ?? s.state.range?.[1]);

function query(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** The year the map shows, as its slider reports it (the map's own heading shows the same). */
async function mapYear(page: Page): Promise<string | null> {
  return page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow');
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('presentation mode, share links and export', () => {
  let session: AppSession;
  let traps: PageTraps;

  beforeAll(async () => {
    session = await startSession({ width: 1920, height: 1080 });
    traps = await installTraps(session.page);
  });
  afterAll(async () => {
    await session.close();
  });
  // Presentation mode, fullscreen, the clipboard and the export's blob: URLs all run under the page's CSP.
  afterEach(async () => {
    expect((await traps.read()).cspViolations, 'CSP violations').toEqual([]);
    expect(session.foreignRequests, 'requests off the app’s origin').toEqual([]);
  });

  it('steps through the default story with the keyboard and a clicker: URL and visible year change at each step', async () => {
    const { page } = session;
    await session.open();
    await page.getByRole('button', { name: 'Present' }).click();
    const stage = page.getByRole('complementary', { name: 'Presentation' });
    await expect.poll(() => stage.isVisible()).toBe(true);
    // Chrome hidden: the header with its tools is gone.
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('projector');

    const keys = ['PageDown', 'ArrowRight', ' ', 'PageDown', 'ArrowRight', 'PageDown', 'ArrowRight', 'PageDown', ' '];
    for (let n = 1; n <= story.steps.length; n++) {
      const year = String(stepYears[n - 1]);
      await expect.poll(() => query(page).step, { message: `step ${n} in the URL` }).toBe(String(n));
      await expect.poll(() => query(page).year, { message: `year of step ${n} in the URL`, ...TRANSITION }).toBe(year);
      await expect.poll(() => stage.getByText(`${n} / ${story.steps.length}`).count()).toBe(1);
      const focus = story.steps[n - 1]?.state.focus ?? 'map';
      if (focus !== 'network') {
        // The map is on screen (large, or under the timeline) and has reached the step's year.
        await expect.poll(() => mapYear(page), { message: `map year at step ${n}`, ...TRANSITION }).toBe(year);
        await expect.poll(() => page.getByRole('region', { name: 'Membership map' }).getByRole('heading', { level: 2 }).textContent(), TRANSITION).toContain(year);
      } else {
        await expect.poll(() => page.getByRole('region', { name: 'Expert network' }).isVisible()).toBe(true);
      }
      const key = keys[n - 1];
      if (key !== undefined) await page.keyboard.press(key);
    }

    // A clicker's "back" is PageUp, and it works even when the year slider has the focus.
    await page.keyboard.press('Home');
    await expect.poll(() => query(page).step).toBe('1');
    await page.keyboard.press('PageDown');
    await expect.poll(() => query(page).step).toBe('2');
    await expect.poll(() => mapYear(page), TRANSITION).toBe('2001');
    await page.getByRole('slider', { name: 'Year' }).focus();
    await page.keyboard.press('PageDown');
    await expect.poll(() => query(page).step).toBe('3');
    await expect.poll(() => mapYear(page), TRANSITION).toBe('2017');
    await page.keyboard.press('PageUp');
    await expect.poll(() => query(page).step).toBe('2');
    // End belongs to the slider while it has the focus; from the stage it goes to the last step.
    await stage.getByRole('heading', { level: 2 }).focus();
    await page.keyboard.press('End');
    await expect.poll(() => query(page).step).toBe(String(story.steps.length));

    await page.keyboard.press('Escape');
    await expect.poll(() => stage.count()).toBe(0);
    // The address follows the store after the frame that shows the change (src/state/urlSync.ts).
    await expect.poll(() => query(page).step).toBeUndefined();
    await expect.poll(() => page.getByRole('banner').isVisible()).toBe(true);
    expect(session.consoleErrors).toEqual([]);
  });

  it('has no serious or critical accessibility violation in presentation mode', async () => {
    const { page } = session;
    for (const step of [1, 7, 9]) {
      await session.open(`?step=${step}&story=sco-enlargement`);
      await expect.poll(() => page.getByRole('complementary', { name: 'Presentation' }).isVisible()).toBe(true);
      await expect.poll(() => query(page).step).toBe(String(step));
      await page.waitForTimeout(400);
      expect(await seriousAxeViolations(page), `step ${step}`).toEqual([]);
    }
  });

  it('opens a story link at its step, in presentation layout', async () => {
    const { page } = session;
    await session.open('?step=4&story=sco-enlargement');
    const stage = page.getByRole('complementary', { name: 'Presentation' });
    await expect.poll(() => stage.getByRole('heading', { level: 2 }).textContent()).toBe(story.steps[3]?.title);
    await expect.poll(() => mapYear(page)).toBe('2023');
    expect(await stage.getByText(/Iran became a full member/).count()).toBe(1);
  });

  it('copies a link that restores the view exactly', async () => {
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(session.baseUrl).origin });
    await session.open('?year=2017&from=2022&to=2024&country=IND&themes=security&zoom=75,30,2');
    await expect.poll(() => mapYear(page)).toBe('2017');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByText('Link copied').count()).toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());

    const other = await context.newPage();
    await other.goto(copied);
    await expect.poll(() => mapYear(other)).toBe('2017');
    expect(Object.fromEntries(new URL(other.url()).searchParams)).toEqual({
      year: '2017',
      from: '2022',
      to: '2024',
      country: 'IND',
      themes: 'security',
      zoom: '75,30,2',
    });
    const timeline = other.getByRole('region', { name: 'Theme timeline' });
    await expect.poll(() => timeline.getByRole('spinbutton', { name: 'From year' }).inputValue()).toBe('2022');
    await expect.poll(() => timeline.getByRole('spinbutton', { name: 'To year' }).inputValue()).toBe('2024');
    expect(await timeline.getByRole('button', { name: /^Security/ }).first().getAttribute('aria-pressed')).toBe('true');
    await other.close();
  });

  it('exports the map as a PNG at twice the figure’s size, and as SVG, CSV and JSON', async () => {
    const { page } = session;
    await session.open('?year=2017');
    await expect.poll(() => mapYear(page)).toBe('2017');
    const map = page.getByRole('region', { name: 'Membership map' });
    await expect.poll(() => map.locator('svg.map-canvas path').count()).toBeGreaterThan(100);
    // Let the colour transition to 2017 finish before the figure copies the colours.
    await page.waitForTimeout(700);
    const drawn = await map.locator('svg.map-canvas').boundingBox();
    if (drawn === null) throw new Error('the map is not drawn');

    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const svg = await download(page, () => dialog.getByRole('button', { name: 'Membership map as SVG' }).click());
    expect(svg.name).toBe('sco-atlas-map-2017.svg');
    const markup = svg.bytes.toString('utf8');
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(markup)?.[1]);
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(markup)?.[1]);
    expect(width).toBe(Math.max(560, Math.round(drawn.width) + 48));
    expect(markup).toContain('SCO membership at the end of 2017');
    expect(markup).toContain('Member 8');
    expect(markup).toMatch(/SCO Atlas · data as of [^<]+ · sources: /);
    expect(markup).not.toContain('var(--');

    const png = await download(page, () => dialog.getByRole('button', { name: 'Membership map as PNG' }).click());
    expect(png.name).toBe('sco-atlas-map-2017.png');
    expect(pngSize(png.bytes)).toEqual({ width: 2 * width, height: 2 * height });
    await expect.poll(() => dialog.getByRole('status').textContent()).toContain(`${2 * width} × ${2 * height} pixels`);

    const csv = await download(page, () => dialog.getByRole('button', { name: 'Membership map as CSV' }).click());
    const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('iso3,country,status,status_since,named_as_candidate,candidate_articles,status_sources');
    expect(lines.filter((l) => /^(IND|PAK),.*,member,2017-06-09,/.test(l))).toHaveLength(2);

    const json = await download(page, () => dialog.getByRole('button', { name: 'Expert network as JSON' }).click());
    const network = JSON.parse(json.bytes.toString('utf8')) as { view: string; nodes: unknown[]; links: unknown[] };
    expect(network.view).toBe('network');
    expect(network.nodes.length).toBeGreaterThan(0);

    for (const view of ['Theme timeline', 'Expert network']) {
      const figure = await download(page, () => dialog.getByRole('button', { name: `${view} as PNG` }).click());
      expect(pngSize(figure.bytes).width).toBeGreaterThan(1000);
    }
    expect(session.consoleErrors).toEqual([]);
  });
});
