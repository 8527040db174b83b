/**
 * The map first: drawn from its map file (sco-map.json, a few KB) while the core (megabytes at
 * 10,000 articles) is still arriving; the other views fill in once it is in. Here the core's
 * response is held back until the test lets it go. A broken map file: dataErrors.e2e.ts.
 */
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapFileOf } from '../../src/model/mapFile';
import { makeDataFiles, makeScoData } from '../fixtures/scoData';
import { CORE_ROUTE, MAP_ROUTE, serveData, stopServingData } from './appData';
import { startSession, type AppSession } from './browser';

/** Holds every request for the core until `release()`; then they go to the server. */
async function holdCore(session: AppSession): Promise<{ release: () => void; asked: () => number }> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await session.page.route(CORE_ROUTE, async (route: Route) => {
    asked += 1;
    await held;
    await route.fallback();
  });
  return { release, asked: () => asked };
}

describe('the map before the core', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession({ width: 1440, height: 900 });
  });
  afterAll(async () => {
    await session.close();
  });

  const region = (name: string) => session.page.getByRole('region', { name, exact: true });
  const legend = () => region('Membership map').getByRole('list', { name: /Legend/ });
  const header = () => session.page.locator('header.app-header');
  const headerTools = () => header().getByRole('group', { name: 'Add, present and share' }).getByRole('button').allInnerTexts();

  it('draws the map, its legend and slider from the map file while the core is held back, then fills in the other views', async () => {
    const { page } = session;
    const core = await holdCore(session);
    await session.open('?year=2024');
    await expect.poll(() => region('Membership map').locator('path[data-iso3]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(170);
    expect(core.asked(), 'the core was asked for beside the map file').toBeGreaterThan(0);
    // The core has not arrived: the other views and the header's tools wait for it.
    for (const name of ['Expert network', 'Theme timeline', 'Country table']) expect(await region(name).getByText(`Loading ${name.toLowerCase()}…`).count(), name).toBe(1);
    expect(await page.getByRole('button', { name: 'Add articles' }).isDisabled()).toBe(true);
    expect(await page.getByText(/2 articles, 11 experts/).count()).toBe(1);
    const legendBefore = await legend().innerText();
    expect(legendBefore).toMatch(/Member\s*10/);
    expect(legendBefore).toMatch(/Candidate named in articles\s*\d/);
    expect(await region('Membership map').getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow')).toBe('2024');
    // A country's details need the core: they say they are loading.
    await region('Membership map').getByRole('combobox', { name: 'Find a country' }).fill('Belarus');
    await page.keyboard.press('Enter');
    await expect.poll(() => region('Membership map').getByText('Loading the details of Belarus…').count()).toBe(1);
    const headerBefore = await header().boundingBox();
    const toolsBefore = await headerTools();
    // Marks an outline, to see that the map is kept (not drawn again) when the core arrives.
    await page.locator('path[data-iso3="CHN"]').evaluate((path) => path.setAttribute('data-test-kept', ''));

    core.release();
    for (const name of ['Expert network', 'Theme timeline', 'Country table']) {
      await expect.poll(() => region(name).getByText(/^Loading/).count(), { message: `${name} still loading`, timeout: 20_000 }).toBe(0);
      expect((await region(name).innerText()).trim().length, `${name} is blank`).toBeGreaterThan(20);
    }
    await expect.poll(() => region('Membership map').getByRole('region', { name: 'Belarus' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await region('Membership map').getByText('Loading the details of Belarus…').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add articles' }).isDisabled()).toBe(false);
    // The same map from the core, the same elements, and nothing above it moved.
    expect(await page.locator('path[data-iso3="CHN"][data-test-kept]').count()).toBe(1);
    expect(await legend().innerText()).toBe(legendBefore);
    expect(await header().boundingBox()).toEqual(headerBefore);
    // The loading header names the same tools, in the same order, as the real one.
    expect(await headerTools()).toEqual(toolsBefore);
    expect(toolsBefore.length).toBeGreaterThanOrEqual(4);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByText(/another pipeline run/).count()).toBe(0);
    await page.unroute(CORE_ROUTE);
  });

  it('says so when the map file is from another pipeline run than the core, and shows the core', async () => {
    const { page } = session;
    const data = makeScoData();
    await serveData(page, data);
    const stale = mapFileOf(makeDataFiles({ ...data, generatedAt: '2020-01-01T00:00:00.000Z' }).core);
    await page.route(MAP_ROUTE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(stale) }));
    await session.open();
    const notice = page.getByRole('status').filter({ hasText: /another pipeline run/ });
    await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
    expect(await notice.innerText()).toMatch(new RegExp(`written 2020-01-01T00:00:00.000Z, the data ${data.generatedAt}`));
    await expect.poll(() => region('Expert network').getByText(/^Loading/).count(), { timeout: 15_000 }).toBe(0);
    await stopServingData(page);
  });
});
