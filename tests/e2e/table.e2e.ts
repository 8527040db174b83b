import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ScoData } from '../../src/model/schema';
import { seriousAxeViolations } from './axe';
import { startSession, type AppSession } from './browser';

/**
 * The country table, and the facts it shares with the map and the network, on the built app with
 * the pipeline's real sco.json.
 */
// One browser for the file: the three groups below only open pages.
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
afterEach(() => {
  expect(session.foreignRequests, 'requests outside the app’s origin').toEqual([]);
  expect(session.consoleErrors, 'console errors').toEqual([]);
});

describe('country table', () => {

  const region = () => session.page.getByRole('region', { name: 'Country table', exact: true });
  const table = () => region().getByRole('table', { name: /^Countries by SCO status/ });
  const header = (name: string) => table().getByRole('columnheader', { name: new RegExp(`^${name}`) });
  const firstRowName = () => table().getByRole('rowheader').first().innerText();

  async function openTable(query: string) {
    await session.open(query);
    await expect.poll(() => table().getByRole('rowheader').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  }

  it('lists every country of the data with its status in the year, strongest first', async () => {
    await openTable('?year=2024');
    expect(await table().getByRole('rowheader').count()).toBe(data.countries.length);
    expect(await header('Status').getAttribute('aria-sort')).toBe('ascending');
    const belarus = await table().getByRole('row', { name: /^Belarus\b/ }).innerText();
    expect(belarus).toMatch(/^Belarus\tMember\t4 Jul 2024/);
    const syria = await table().getByRole('row', { name: /^Syria\b/ }).innerText();
    expect(syria).toMatch(/Applicant for observer status\tFeb 2015/);
  });

  it('sorts from the header buttons, by mouse and by keyboard', async () => {
    await openTable('?year=2024');
    await header('Country').getByRole('button').click();
    expect(await header('Country').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('Status').getAttribute('aria-sort')).toBeNull();
    expect(await firstRowName()).toBe('Afghanistan');
    await header('Country').getByRole('button').focus();
    await session.page.keyboard.press('Enter');
    expect(await header('Country').getAttribute('aria-sort')).toBe('descending');
    expect(await firstRowName()).toBe([...data.countries].map((c) => c.name).sort((a, b) => b.localeCompare(a, 'en'))[0]);
    await header('Experts from it').getByRole('button').click();
    expect(await header('Experts from it').getAttribute('aria-sort')).toBe('descending');
    const mostExperts = [...new Set(data.experts.map((e) => e.country))]
      .map((iso3) => ({ iso3, n: data.experts.filter((e) => e.country === iso3).length }))
      .sort((a, b) => b.n - a.n)[0];
    expect(await firstRowName()).toBe(data.countries.find((c) => c.iso3 === mostExperts?.iso3)?.name);
  });

  it('downloads the rows it shows as CSV', async () => {
    await openTable('?year=2025');
    const [download] = await Promise.all([session.page.waitForEvent('download'), region().getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('sco-atlas-countries-2025.csv');
    const lines = readFileSync((await download.path()) ?? '', 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^iso3,country,status,status_text,verified,status_since,open_applications,/);
    expect(lines).toHaveLength(data.countries.length + 1);
    expect(lines.find((l) => l.startsWith('ARM,'))).toMatch(/^ARM,Armenia,partner,Partner,true,2025-09-01,"Applied for membership, Jul 2025",/);
  });

  it('selects a country for every view from its row, and narrows to it', async () => {
    await openTable('?year=2024');
    await table().getByRole('button', { name: 'Qatar', exact: true }).click();
    await expect.poll(() => new URL(session.page.url()).searchParams.get('country')).toBe('QAT');
    await expect.poll(() => session.page.getByRole('region', { name: 'Membership map' }).getByRole('region', { name: 'Qatar' }).count()).toBe(1);
    expect(await table().getByRole('rowheader').count()).toBe(1);
    await region().getByRole('button', { name: 'Show all countries' }).click();
    await expect.poll(() => new URL(session.page.url()).searchParams.get('country')).toBeNull();
    expect(await table().getByRole('rowheader').count()).toBe(data.countries.length);
  });

  it('has no serious or critical accessibility violation', async () => {
    await openTable('?year=2024');
    expect(await seriousAxeViolations(session.page, '[aria-label="Country table"]')).toEqual([]);
  });
});

describe('one country filter: the map’s details, the network and the table agree', () => {

  const page = () => session.page;
  const details = (name: string) => page().getByRole('region', { name: 'Membership map' }).getByRole('region', { name });
  const network = () => page().getByRole('region', { name: 'Expert network' });

  async function countsFor(iso3: string, name: string) {
    await session.open(`?country=${iso3}`);
    await expect.poll(() => details(name).count(), { timeout: 15_000 }).toBe(1);
    const heading = async (pattern: RegExp) => Number(/\((\d+)\)$/.exec(await details(name).getByRole('heading', { name: pattern }).innerText())?.[1]);
    const fromDetails = await heading(/^Experts from /);
    const aboutDetails = await heading(/^Experts who spoke about /);
    const sentence = await network().getByText(/^Experts from .* in all\.$/).innerText();
    const [, from, about, all] = /\((\d+)\) and experts who spoke about it \((\d+)\): (\d+) in all/.exec(sentence) ?? [];
    await expect.poll(() => network().locator('svg [data-kind="expert"], .network-empty').count()).toBeGreaterThan(0);
    // The drawing on screen (the exported figure's off-screen copy is hidden from assistive technology).
    const drawing = network().getByRole('img', { name: /^Network of/ });
    const drawn = (await drawing.count()) === 0 ? 0 : await drawing.locator('[data-node-id][data-kind="expert"]').count();
    const row = await page().getByRole('region', { name: 'Country table', exact: true }).getByRole('row', { name: new RegExp(`^${name}\\b`) }).innerText();
    const cells = row.split('\t');
    return {
      details: { from: fromDetails, about: aboutDetails },
      network: { from: Number(from), about: Number(about) },
      table: { from: Number(cells[4]), about: Number(cells[5]) },
      all: Number(all),
      drawn,
    };
  }

  it('for Kazakhstan: its own experts (not every co-speaker), the same counts everywhere', async () => {
    const counts = await countsFor('KAZ', 'Kazakhstan');
    const fromKazakhstan = data.experts.filter((e) => e.country === 'KAZ').length;
    expect(counts.details.from).toBe(fromKazakhstan);
    expect(counts.network).toEqual(counts.details);
    expect(counts.table).toEqual(counts.details);
    expect(counts.drawn).toBe(counts.all);
    expect(counts.drawn).toBeLessThan(data.experts.length);
  });

  it.each([
    ['LAO', 'Laos'],
    ['AZE', 'Azerbaijan'],
    ['CHN', 'China'],
    ['BEL', 'Belgium'],
  ])('for %s (%s): the same counts in the details, the network and the table', async (iso3, name) => {
    const counts = await countsFor(iso3, name);
    expect(counts.network).toEqual(counts.details);
    expect(counts.table).toEqual(counts.details);
    expect(counts.drawn).toBe(counts.all);
  });
});

describe('what the membership data says', () => {

  const map = () => session.page.getByRole('region', { name: 'Membership map' });
  async function openMap(query: string) {
    await session.open(query);
    await expect.poll(() => session.page.locator('path[data-iso3]').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(170);
  }

  it('says what Syria and Bangladesh applied for, and not "no status" beside it', async () => {
    await openMap('?year=2025');
    for (const iso3 of ['SYR', 'BGD']) {
      await session.page.locator(`path[data-iso3="${iso3}"]`).hover();
      const tooltip = session.page.getByRole('tooltip');
      await expect.poll(() => tooltip.innerText()).toMatch(/Applicant for observer status in 2025 · since/);
      expect(await tooltip.innerText()).not.toMatch(/no status/i);
      await session.page.mouse.move(2, 2);
    }
  });

  it('has Armenia’s July 2025 application for membership, with its sources named', async () => {
    await openMap('?year=2025&country=ARM');
    const panel = map().getByRole('region', { name: 'Armenia' });
    await expect.poll(() => panel.count()).toBe(1);
    const text = await panel.innerText();
    expect(text).toMatch(/Partner in 2025, since 1 Sep 2025/);
    expect(text).toContain('Applied for membership, Jul 2025');
    expect(text).toMatch(/Applicant for membership since Jul 2025/);
    for (const publisher of ['24.kg', 'Anadolu / aNews']) expect(await panel.getByRole('link', { name: new RegExp(`^${publisher}`) }).count()).toBeGreaterThan(0);
  });

  it('names sources in notes instead of showing ids like "(S37)"', async () => {
    await openMap('?year=2024&country=EGY');
    const panel = map().getByRole('region', { name: 'Egypt' });
    await expect.poll(() => panel.count()).toBe(1);
    const text = await panel.innerText();
    expect(text).toContain('Dushanbe, Sep 2021 (Mehr News)');
    expect(text).not.toMatch(/\(S\d+[a-z]?[),]/);
  });

  it('marks a fact only weak sources support as unverified', async () => {
    await openMap('?year=2010&country=IRN');
    const panel = map().getByRole('region', { name: 'Iran' });
    await expect.poll(() => panel.count()).toBe(1);
    const text = await panel.innerText();
    expect(text).toContain('Applied for membership, 2008 (unverified)');
    expect(text).toMatch(/Applicant for membership 2008 – Feb 2015 \(unverified\)/);
    expect(text).toMatch(/weak source: one expert['’]s account/);
  });

  it('finds Türkiye and Lao PDR in the country finder', async () => {
    await openMap('?year=2025');
    const finder = map().getByRole('combobox', { name: 'Find a country' });
    for (const [typed, iso3] of [
      ['Türkiye', 'TUR'],
      ['Lao PDR', 'LAO'],
    ]) {
      await finder.fill('');
      await finder.focus();
      await session.page.keyboard.type(typed ?? '');
      await expect.poll(() => map().getByRole('option').count()).toBeGreaterThan(0);
      await session.page.keyboard.press('Enter');
      await expect.poll(() => new URL(session.page.url()).searchParams.get('country')).toBe(iso3);
    }
  });

  it('names as many candidates in the 2024 story caption as the map legend counts', async () => {
    // Step 8 of the default story: "Countries named in the articles as joining or interested: …".
    await session.open('?step=8&story=sco-enlargement');
    const stage = session.page.getByRole('complementary', { name: 'Presentation' });
    await expect.poll(() => stage.getByText(/joining or interested:/).count(), { timeout: 15_000 }).toBe(1);
    const caption = await stage.getByText(/joining or interested:/).innerText();
    const named = (/joining or interested: (.+)\.$/.exec(caption)?.[1] ?? '').split(/, | and /).filter((n) => n !== '' && n !== 'no country');
    const legend = session.page.locator('[data-legend-label^="Candidate named in articles"]').first();
    await expect.poll(() => legend.count()).toBe(1);
    const counted = Number(/(\d+)$/.exec((await legend.getAttribute('data-legend-label')) ?? '')?.[1]);
    expect(named).not.toContain('Belarus');
    expect(named).toHaveLength(counted);
  });
});
