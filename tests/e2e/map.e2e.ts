import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { startSession, type AppSession } from './browser';

describe('membership map', () => {
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
  const slider = () => map().getByRole('slider', { name: 'Year' });
  const shape = (iso3: string) => session.page.locator(`path[data-iso3="${iso3}"]`);
  const fillOf = (iso3: string) => shape(iso3).evaluate((el) => getComputedStyle(el).fill);

  async function openMap(query = '') {
    await session.open(query);
    await expect.poll(() => session.page.locator('path[data-iso3]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(170);
  }

  it('draws at least 170 countries, coloured by status, with the small states as markers', async () => {
    await openMap();
    expect(await session.page.locator('path[data-shape]').count()).toBe(177);
    for (const iso3 of ['BHR', 'MDV', 'QAT', 'KWT']) expect(await session.page.locator(`g.map-marker[data-iso3="${iso3}"]`).count(), iso3).toBe(1);
    // Members share one colour, and it is not the colour of land without a status.
    expect(await fillOf('KAZ')).toBe(await fillOf('IND'));
    expect(await fillOf('KAZ')).not.toBe(await fillOf('FRA'));
    // Shapes are not in the tab order: the country list is the keyboard's way in.
    expect(await session.page.locator('path[data-iso3][tabindex="0"]').count()).toBe(0);
  });

  it('changes Belarus’s colour between 2023 and 2024 when the slider moves by keyboard', async () => {
    await openMap('?year=2023');
    const observer = await fillOf('BLR');
    const member = await fillOf('KAZ');
    expect(observer).not.toBe(member);
    await slider().focus();
    await session.page.keyboard.press('ArrowRight');
    expect(await slider().getAttribute('aria-valuenow')).toBe('2024');
    // Fills fade over a fraction of a second: wait for the end of the transition.
    await expect.poll(() => fillOf('BLR')).toBe(member);
    await expect.poll(() => session.page.url()).toContain('year=2024');
    await session.page.keyboard.press('ArrowLeft');
    await expect.poll(() => fillOf('BLR')).toBe(observer);
  });

  it('shows a tooltip on hover', async () => {
    await openMap('?year=2024');
    await shape('KAZ').hover();
    const tooltip = session.page.getByRole('tooltip');
    await expect.poll(() => tooltip.count()).toBe(1);
    const text = await tooltip.innerText();
    expect(text).toContain('Kazakhstan');
    expect(text).toMatch(/Member in 2024 · since 15 Jun 2001/);
    expect(text).toMatch(/\d+ experts? from it · \d+ spoke about it · \d+ articles?/);
    await session.page.mouse.move(2, 2);
    await expect.poll(() => tooltip.count()).toBe(0);
  });

  it('opens the details of a clicked country and of a clicked small-state marker', async () => {
    await openMap('?year=2024');
    await shape('BLR').click();
    const details = map().getByRole('region', { name: 'Belarus' });
    await expect.poll(() => details.count()).toBe(1);
    const text = await details.innerText();
    expect(text).toMatch(/Member in 2024, since 4 Jul 2024/);
    expect(text).toMatch(/Observer\s+Jul 2015 – 4 Jul 2024/);
    expect(await details.getByRole('link').count()).toBeGreaterThan(2);
    await expect.poll(() => session.page.url()).toContain('country=BLR');
    await details.getByRole('button', { name: 'Close Belarus details' }).click();
    await expect.poll(() => details.count()).toBe(0);

    await openMap('?year=2024');
    await session.page.locator('g.map-marker[data-iso3="BHR"]').click();
    await expect.poll(() => map().getByRole('region', { name: 'Bahrain' }).count()).toBe(1);
  });

  it('round-trips the URL: a shared link opens that view, the year writes back, back works', async () => {
    await openMap('?year=2017&country=IND');
    expect(await slider().getAttribute('aria-valuenow')).toBe('2017');
    await expect.poll(() => map().getByRole('region', { name: 'India' }).count()).toBe(1);
    expect(await map().getByRole('region', { name: 'India' }).innerText()).toMatch(/Member in 2017, since 9 Jun 2017/);

    await slider().focus();
    await session.page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(session.page.url()).searchParams.get('year')).toBe('2018');
    expect(new URL(session.page.url()).searchParams.get('country')).toBe('IND');

    await session.page.goBack();
    await expect.poll(() => slider().getAttribute('aria-valuenow')).toBe('2017');
    expect(new URL(session.page.url()).searchParams.get('year')).toBe('2017');
  });

  it('lets a keyboard user find a country and read the map as text', async () => {
    await openMap('?year=2020');
    const finder = map().getByRole('combobox', { name: 'Find a country' });
    await finder.focus();
    await session.page.keyboard.type('belar');
    await expect.poll(() => map().getByRole('option', { name: /Belarus/ }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => session.page.getByRole('tooltip').count()).toBe(1);
    await session.page.keyboard.press('Enter');
    const heading = map().getByRole('heading', { name: 'Belarus', exact: true });
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await map().getByRole('region', { name: 'Belarus' }).innerText()).toMatch(/Observer in 2020/);

    const table = session.page.getByRole('region', { name: 'Country table', exact: true }).getByRole('table', { name: 'Countries by SCO status at the end of 2020' });
    // The selected country narrows the table to its row, as it narrows the network (the table
    // renders in its turn after the map, src/app/AfterMap.tsx: on a busy machine, a moment later).
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    expect(await table.getByRole('rowheader', { name: 'Belarus' }).count()).toBe(1);
    expect(await map().getByText(/^In 2020 the SCO had 8 members, 4 observers/).count()).toBe(1);
  });

  it('zooms and resets the view', async () => {
    await openMap();
    const reset = map().getByRole('button', { name: 'Reset view' });
    expect(await reset.isDisabled()).toBe(true);
    await map().getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => new URL(session.page.url()).searchParams.get('zoom')).not.toBeNull();
    await reset.click();
    await expect.poll(() => new URL(session.page.url()).searchParams.get('zoom')).toBeNull();
  });

  it('has no serious or critical accessibility violation, with the details open', async () => {
    await openMap('?year=2024&country=QAT');
    await expect.poll(() => map().getByRole('region', { name: 'Qatar' }).count()).toBe(1);
    expect(await seriousAxeViolations(session.page, '[aria-label="Membership map"]')).toEqual([]);
  });
});
