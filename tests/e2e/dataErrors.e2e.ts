import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataFiles, makeScoData } from '../fixtures/scoData';
import { CORE_ROUTE, EVIDENCE_ROUTE, MAP_ROUTE, serveData, stopServingData } from './appData';
import { startSession, type AppSession } from './browser';
import { installTraps, type PageTraps } from './pageChecks';

/**
 * Each broken data file must give a readable panel that names the problem and the fix, never a
 * blank page: the core, and the map file the map draws from first (`route`).
 */
const BROKEN_FILES: { name: string; status: number; body: string; expected: RegExp; route?: string }[] = [
  { name: 'missing', status: 404, body: 'Not Found', expected: /data file .*sco-core\.json is missing/ },
  { name: 'truncated', status: 200, body: '{"schemaVersion": 3, "generatedAt": "2026-', expected: /not valid JSON/ },
  { name: 'not JSON at all', status: 200, body: '<!doctype html><p>Proxy error</p>', expected: /not valid JSON/ },
  { name: 'empty', status: 200, body: '', expected: /empty/ },
  { name: 'wrong schema version', status: 200, body: '{"schemaVersion": 0}', expected: /schema version 0; this app reads version 3/ },
  { name: 'single sco.json of schema version 2', status: 200, body: JSON.stringify({ ...makeScoData(), schemaVersion: 2 }), expected: /schema version 2; this app reads version 3/ },
  { name: 'schema-invalid', status: 200, body: '{"schemaVersion": 3, "articles": "none"}', expected: /does not match the expected shape/ },
  { name: 'missing map', route: MAP_ROUTE, status: 404, body: 'Not Found', expected: /map file \.\/data\/sco-map\.json is missing/ },
  { name: 'truncated map', route: MAP_ROUTE, status: 200, body: '{"mapVersion": 1, "core": {', expected: /map file \.\/data\/sco-map\.json is not valid JSON/ },
  { name: 'map of another version', route: MAP_ROUTE, status: 200, body: '{"mapVersion": 7}', expected: /map version 7; this app reads version 1/ },
  { name: 'schema-invalid map', route: MAP_ROUTE, status: 200, body: '{"mapVersion": 1, "countries": "none"}', expected: /map file does not match the expected shape/ },
];

const valid = makeScoData();
const validCore = makeDataFiles(valid).core;
const firstArticle = valid.articles[0];
if (firstArticle === undefined) throw new Error('the fixture has no article');

/** Added for issue 7: files that pass a quick look but not the contract, and servers that fail. */
const MORE_BROKEN_FILES: { name: string; status: number; body: string; expected: RegExp; detail?: RegExp }[] = [
  {
    name: 'schema-valid one with broken references',
    status: 200,
    body: JSON.stringify({ ...validCore, experts: validCore.experts.map((e) => ({ ...e, country: 'BLR' })) }),
    expected: /refers to things it does not contain/,
    detail: /experts\.anton-bugayenko\.country: unknown country "BLR"/,
  },
  {
    name: 'table row pointing past its list',
    status: 200,
    body: JSON.stringify({ ...validCore, candidates: [[0, 5, 'interest']] }),
    expected: /does not match the expected shape/,
    detail: /candidates\.0\.article: expected an index into articles/,
  },
  {
    name: 'javascript: article link',
    status: 200,
    body: JSON.stringify({ ...validCore, articles: [{ ...firstArticle, url: 'javascript:window.__pwned=1' }] }),
    expected: /does not match the expected shape/,
    detail: /articles\.0\.url/,
  },
  {
    name: 'markup in the schema version',
    status: 200,
    body: JSON.stringify({ schemaVersion: '<img src=x onerror=window.__pwned=1>' }),
    expected: /schema version "<img src=x onerror=window.__pwned=1>"; this app reads version 3/,
  },
  { name: 'top-level array', status: 200, body: '[]', expected: /schema version null/ },
  { name: 'JSON null', status: 200, body: 'null', expected: /schema version null/ },
  { name: 'server error', status: 500, body: 'Internal Server Error', expected: /could not be read \(HTTP 500\)/ },
];

describe('bad data at load', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session.close();
  });

  for (const file of BROKEN_FILES) {
    it(`explains a ${file.name} data file`, async () => {
      const { page } = session;
      const route = file.route ?? CORE_ROUTE;
      await page.route(route, (answer) => answer.fulfill({ status: file.status, contentType: 'application/json', body: file.body }));
      await session.open();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      const text = await alert.innerText();
      expect(text).toMatch(file.expected);
      expect(text).toMatch(/npm run preprocess/);
      await page.unroute(route);
    });
  }

  describe('more broken files, shown as text with nothing run', () => {
    let traps: PageTraps;
    beforeAll(async () => {
      traps = await installTraps(session.page);
    });

    for (const file of MORE_BROKEN_FILES) {
      it(`explains a ${file.name}`, async () => {
        const { page } = session;
        await page.route(CORE_ROUTE, (route) => route.fulfill({ status: file.status, contentType: 'application/json', body: file.body }));
        await session.open();
        const alert = page.getByRole('alert');
        await expect.poll(() => alert.count()).toBe(1);
        const text = await alert.innerText();
        expect(text).toMatch(file.expected);
        if (file.detail !== undefined) expect(text).toMatch(file.detail);
        expect(text).toMatch(/npm run preprocess/);
        expect(await alert.locator('img, script, a[href^="javascript:"]').count()).toBe(0);
        expect((await traps.read()).pwned).toBeUndefined();
        await page.unroute(CORE_ROUTE);
      });
    }

    it('explains a request that fails before any answer (server gone)', async () => {
      const { page } = session;
      await page.route(CORE_ROUTE, (route) => route.abort('connectionrefused'));
      await session.open();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.count()).toBe(1);
      expect(await alert.innerText()).toMatch(/Could not fetch \.\/data\/sco-core\.json/);
      await page.unroute(CORE_ROUTE);
    });
  });

  describe('odd but valid data never gives a blank page or a failed view', () => {
    const expert = valid.experts[0];
    if (expert === undefined) throw new Error('the fixture has no expert');
    const firstSource = valid.sources[0]?.id ?? 'S1';
    const ODD: { name: string; query: string; data: typeof valid }[] = [
      {
        name: 'no articles, experts, themes or countries at all',
        query: '',
        data: { ...valid, articles: [], countries: [], candidates: [], experts: [], themes: [], themeWeights: [], links: [], summits: [], sources: [] },
      },
      {
        name: 'articles 200 years apart (1900 and 2100)',
        query: '?from=1900&to=2100',
        data: {
          ...valid,
          articles: [
            { ...firstArticle, id: 'old', published: '1900', year: 1900 },
            { ...firstArticle, id: 'new', published: '2100', year: 2100, url: 'https://example.org/2100' },
          ],
          countries: valid.countries.map((c) => ({ ...c, mentions: [] })),
          candidates: [],
          experts: [],
          themeWeights: [],
          links: [],
        },
      },
      {
        name: 'an expert with 400 quotes, one of them 100 KB long',
        query: `?expert=${expert.id}`,
        data: {
          ...valid,
          experts: [
            {
              ...expert,
              quotes: Array.from({ length: 400 }, (_, i) => ({ id: `${firstArticle.id}#${i + 1}`, articleId: firstArticle.id, text: 'word '.repeat(i === 0 ? 20_000 : 30).trim(), kind: 'direct' as const, themes: [] })),
            },
          ],
        },
      },
      {
        name: 'a country the world map does not draw, selected',
        query: '?year=2024&country=XKX',
        data: { ...valid, countries: [...valid.countries, { iso3: 'XKX', name: 'Kosovo', statuses: [{ status: 'applicant', from: '2020', sources: [firstSource] }], mentions: [] }] },
      },
    ];

    for (const odd of ODD) {
      it(`draws every view with ${odd.name}`, async () => {
        const { page } = session;
        const errorsBefore = session.consoleErrors.length;
        await serveData(page, odd.data);
        await session.open(odd.query);
        await expect.poll(() => page.getByText(/Membership data as of/).count(), { timeout: 15_000 }).toBe(1);
        for (const name of ['Membership map', 'Theme timeline', 'Expert network']) {
          const region = page.getByRole('region', { name, exact: true });
          await expect.poll(() => region.count(), { message: name }).toBe(1);
          await expect.poll(() => region.getByText(/Loading/).count(), { message: `${name} still loading`, timeout: 15_000 }).toBe(0);
          // Polled: the page's own loading shell is on screen first (its map hidden for a query
          // other than the default view), and the app's scripts start after its first paint.
          await expect.poll(async () => (await region.innerText()).trim().length, { message: `${name} is blank` }).toBeGreaterThan(20);
        }
        expect(await page.getByRole('alert').count(), 'an error panel or a failed view').toBe(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        expect(session.consoleErrors.slice(errorsBefore)).toEqual([]);
        await stopServingData(page);
      });
    }
  });

  describe('evidence files, loaded when a panel shows their words', () => {
    const quote = valid.experts[0]?.quotes[0];
    if (quote === undefined) throw new Error('the fixture has no quote');
    const shardFile = validCore.evidence[0]?.file ?? '';
    const details = () => session.page.getByRole('complementary', { name: /Anton Bugayenko/ });

    it('names a missing evidence file in the panel that wanted it, keeps the rest, and loads it on "Try again"', async () => {
      const { page } = session;
      const errorsBefore = session.consoleErrors.length;
      await serveData(page, valid);
      let missing = true;
      await page.route(EVIDENCE_ROUTE, (route) => (missing ? route.fulfill({ status: 404, body: 'Not Found' }) : route.fallback()));
      await session.open('?expert=anton-bugayenko');
      const alert = details().getByRole('alert');
      await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
      const text = await alert.innerText();
      expect(text).toMatch(new RegExp(`Could not load the quotes: The evidence file \\./data/${shardFile.replace(/[.]/g, '\\.')} is missing\\.`));
      expect(await details().getByText('Quote not loaded.').count()).toBe(1);
      // Only the words are missing: the map, the counts and the panel's facts are there.
      expect(await details().getByText(/1 quote in 1 article/).count()).toBe(1);
      expect(await page.getByRole('region', { name: 'Membership map', exact: true }).locator('[data-iso3]').count()).toBeGreaterThan(100);
      missing = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect.poll(() => details().getByText(quote.text).count(), { timeout: 15_000 }).toBe(1);
      expect(await details().getByRole('alert').count()).toBe(0);
      await page.unroute(EVIDENCE_ROUTE);
      await stopServingData(page);
      // The 404 is the browser's own console line; nothing else went wrong.
      expect(session.consoleErrors.slice(errorsBefore).filter((e) => !/404/.test(e))).toEqual([]);
    });

    it('says when an evidence file holds other articles (the data was written again since the page loaded)', async () => {
      const { page } = session;
      await serveData(page, valid);
      const otherShard = { schemaVersion: 3, articles: [{ id: 'another-article', quotes: [], attributions: [], mentions: [], candidates: [] }] };
      await page.route(EVIDENCE_ROUTE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(otherShard) }));
      await session.open('?expert=anton-bugayenko');
      const alert = details().getByRole('alert');
      await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
      expect(await alert.innerText()).toMatch(/holds other articles than the data file expects.*reload the page/s);
      await page.unroute(EVIDENCE_ROUTE);
      await stopServingData(page);
    });
  });
});
