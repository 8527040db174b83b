import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readAtlasData } from '../../scripts/preprocess/readData';
import { main as preprocess } from '../../scripts/preprocess/runCli';
import type { ScoData } from '../../src/model/schema';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';
import { evidenceLoaded, readServedData } from './appData';
import { startSession, type AppSession } from './browser';
import { expectNothingRan, injectedElements, installTraps, unsafeAddresses, type PageTraps } from './pageChecks';

const ROOT = resolve(import.meta.dirname, '../..');
const OWN = join(ROOT, 'tests/fixtures/own-articles');
const MONGOLIA_MD = join(OWN, '2024-10-steppe-weekly-mongolia-membership.md');
const TURKMENISTAN_HTML = join(OWN, 'caspian-monitor-turkmenistan.html');
const NO_DATE_HTML = join(ROOT, 'tests/fixtures/pages/no-date.html');
const HOSTILE_HTML = join(ROOT, 'tests/fixtures/pages/hostile.html');
const HOSTILE_MD = join(ROOT, 'tests/fixtures/hostile/2024-07-hostile-markup.md');

/**
 * "Add articles" on the built app: files given through the panel's file input go through the
 * pipeline in a Web Worker, change every view, survive a reload (IndexedDB), can be removed, and
 * come out as a zip the CLI pipeline reads to the same data. Every response carries the app's
 * Content Security Policy as a header, as a strict host would send it, so the worker runs under it.
 */
describe('adding articles in the app', () => {
  let session: AppSession;
  let traps: PageTraps;
  let shipped: ScoData;
  const workers: Worker[] = [];
  /** The Content-Security-Policy header each pipeline worker script was served with. */
  const workerPolicies: string[] = [];

  const page = (): Page => session.page;
  const panel = () => page().getByRole('dialog', { name: 'Add articles' });
  const header = () => page().locator('.app-header__meta');
  const map = () => page().getByRole('region', { name: 'Membership map' });
  const network = () => page().getByRole('region', { name: 'Expert network' }).getByRole('img', { name: /^Network of/ });
  const timeline = () => page().getByRole('region', { name: 'Theme timeline' });
  const candidateMarks = (own = false) => map().locator(own ? '.map-candidate[data-own]' : '.map-candidate, .map-marker__candidate').count();
  const experts = (own = false) => network().locator(own ? '[data-kind="expert"][data-own]' : '[data-kind="expert"]').count();
  const expertNamed = (name: string) => page().getByRole('region', { name: 'Expert network' }).getByRole('button', { name: new RegExp(`^${name}\\b`) }).count();
  const articleCount = async () => Number(/(\d+) articles?/.exec((await header().textContent()) ?? '')?.[1]);

  async function openApp() {
    await session.open();
    await expect.poll(() => page().getByText(/Membership data as of/).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => network().count()).toBe(1);
  }

  async function openPanel() {
    if (await panel().isVisible()) return;
    await page().getByRole('button', { name: 'Add articles' }).click();
    await expect.poll(() => panel().isVisible()).toBe(true);
  }

  async function closePanel() {
    await panel().getByRole('button', { name: 'Close add articles' }).click();
    await expect.poll(() => panel().isVisible()).toBe(false);
  }

  /** Gives files to the panel's file input and waits for what it says about them. */
  async function addFiles(paths: string[]) {
    await openPanel();
    await panel().locator('input[type="file"]').setInputFiles(paths);
    await expect.poll(() => panel().getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^(Added \d+ articles? in \d+\.\d s\.|Nothing was added\.)$/);
  }

  async function download(click: () => Promise<void>): Promise<Uint8Array> {
    const [file] = await Promise.all([page().waitForEvent('download'), click()]);
    return readFileSync(await file.path());
  }

  beforeAll(async () => {
    session = await startSession({ width: 1440, height: 900 });
    traps = await installTraps(page());
    const origin = new URL(session.baseUrl).origin;
    // Registered after the offline guard, so it runs first: same-origin responses get the CSP header.
    await session.context.route('**/*', async (route) => {
      if (!route.request().url().startsWith(origin)) return route.fallback();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY } });
    });
    page().on('worker', (worker) => workers.push(worker));
    page().on('response', (response) => {
      if (/ownCorpus\.worker-[\w-]+\.js$/.test(response.url())) workerPolicies.push(response.headers()['content-security-policy'] ?? 'none');
    });
    shipped = await readServedData(page(), session.baseUrl);
  });
  afterAll(async () => {
    await session.close();
  });
  afterEach(async () => {
    await expectNothingRan(traps, session);
  });

  it('adds two files: the article count, the map’s candidate marks, the network and the timeline change, marked as yours', async () => {
    await openApp();
    const before = { articles: await articleCount(), candidates: await candidateMarks(), experts: await experts() };
    expect(before.articles).toBe(shipped.articles.length);
    await addFiles([MONGOLIA_MD, TURKMENISTAN_HTML]);
    expect(await panel().getByRole('status').textContent()).toMatch(/^Added 2 articles in/);
    await expect.poll(() => panel().getByRole('listitem').filter({ hasText: /from .*→/ }).count()).toBe(2);
    await closePanel();

    await expect.poll(articleCount).toBe(before.articles + 2);
    expect(await header().getByText('2 yours', { exact: true }).count()).toBe(1);
    // Mongolia and Turkmenistan are named as candidates only in the added articles.
    await expect.poll(() => candidateMarks()).toBe(before.candidates + 2);
    expect(await candidateMarks(true)).toBe(2);
    expect(await map().getByText('Named in your articles').count()).toBe(1);
    // Three new experts, each ringed as from your articles; the legend says what the ring means.
    await expect.poll(() => experts()).toBe(before.experts + 3);
    await expect.poll(() => experts(true), { timeout: 20_000 }).toBe(3);
    for (const name of ['Bolormaa Tserendorj', 'Dauren Sadykov', 'Merdan Annayev']) await expect.poll(() => expertNamed(name), { timeout: 20_000, message: name }).toBe(1);
    expect(await page().getByRole('region', { name: 'Expert network' }).getByText('From your articles').count()).toBe(1);
    expect(await timeline().locator('[data-cell][data-own]').count()).toBeGreaterThan(0);
    expect(await timeline().getByText('Includes your articles').count()).toBe(1);

    // The pipeline ran in its worker, whose script came with the CSP (a dedicated worker takes the policy of its own response).
    expect(workers.map((w) => w.url())).toContainEqual(expect.stringMatching(/\/assets\/ownCorpus\.worker-[\w-]+\.js$/) as unknown);
    expect(workerPolicies).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('keeps them after a reload', async () => {
    await openApp();
    await expect.poll(articleCount, { timeout: 20_000 }).toBe(shipped.articles.length + 2);
    await expect.poll(() => experts(true), { timeout: 20_000 }).toBe(3);
    await openPanel();
    expect(await panel().getByRole('heading', { name: 'Your articles (2)' }).count()).toBe(1);
  });

  it('shows the words of your articles from their own shards, and the shipped words beside them', async () => {
    // Turkmenistan is named a candidate only in the added page; its sentence is in the own shard.
    // After a load the kept articles are built again: wait for them before reading the panel.
    const openWithOwn = async (query: string) => {
      await session.open(query);
      await expect.poll(articleCount, { timeout: 20_000 }).toBe(shipped.articles.length + 2);
    };
    await openWithOwn('?year=2024&country=TKM');
    const turkmenistan = map().getByRole('region', { name: 'Turkmenistan' });
    await expect.poll(() => turkmenistan.count(), { timeout: 20_000 }).toBe(1);
    await evidenceLoaded(turkmenistan);
    expect(await turkmenistan.textContent()).toContain('Turkmenistan has applied for observer status in the SCO, two diplomats said.');
    // A shipped candidacy's sentence: read from the shipped shard, or the run of it between own articles.
    const candidate = shipped.candidates[0];
    if (candidate === undefined) throw new Error('the seeds name no candidate');
    const name = shipped.countries.find((c) => c.iso3 === candidate.iso3)?.name ?? candidate.iso3;
    await openWithOwn(`?year=2024&country=${candidate.iso3}`);
    const details = map().getByRole('region', { name });
    await expect.poll(() => details.count(), { timeout: 20_000 }).toBe(1);
    await evidenceLoaded(details);
    expect(await details.textContent()).toContain(candidate.sentence);
    // The next tests start from the whole view again.
    await openWithOwn('');
  });

  it('gives a corpus zip that the CLI pipeline reads to the same data the app shows', async () => {
    await openPanel();
    const zip = unzipSync(await download(() => panel().getByRole('button', { name: 'Download corpus' }).click()));
    const names = Object.keys(zip).sort();
    expect(names).toEqual([
      '2023-05-17-caspian-monitor-turkmenistan-asks-about-sco-observer-status.md',
      '2024-10-08-steppe-weekly-mongolia-weighs-full-sco-membership-as-ulaanbaatar-hosts-a.md',
    ]);
    // "Download data": the data folder the app shows, as the pipeline writes it (core and shards).
    const dataZip = unzipSync(await download(() => panel().getByRole('button', { name: 'Download data' }).click()));
    const dir = mkdtempSync(join(tmpdir(), 'sco-own-corpus-'));
    const shownDir = join(dir, 'shown');
    for (const [name, bytes] of Object.entries(dataZip)) {
      mkdirSync(dirname(join(shownDir, name)), { recursive: true });
      writeFileSync(join(shownDir, name), bytes);
    }
    const shown = readAtlasData(shownDir);

    // Unzipped into a copy of data/articles, as the panel's note says, then `npm run preprocess`.
    const articles = join(dir, 'articles');
    cpSync(join(ROOT, 'data/articles'), articles, { recursive: true });
    for (const name of names) writeFileSync(join(articles, name), zip[name] ?? new Uint8Array());
    const out = join(dir, 'out');
    const printed: string[] = [];
    const status = await preprocess(['--articles', articles, '--out', out], { out: (t) => printed.push(t), err: (t) => printed.push(t), isTerminal: false });
    expect(status, printed.join('')).toBe(0);
    expect(readdirSync(articles)).toHaveLength(shipped.articles.length + 2);
    const fromCli = readAtlasData(out);
    const unmarked = { ...shown, generatedAt: '', articles: shown.articles.map(({ own: _own, ...article }) => article) };
    expect(unmarked).toEqual({ ...fromCli, generatedAt: '' });
    expect(shown.articles.filter((a) => a.own === true)).toHaveLength(2);
  });

  it('removes one: it is gone from every view, and stays gone after a reload', async () => {
    await openPanel();
    await panel().getByRole('button', { name: 'Remove “Turkmenistan asks about SCO observer status”' }).click();
    await expect.poll(() => panel().getByRole('status').textContent()).toBe('Removed “Turkmenistan asks about SCO observer status”.');
    await closePanel();
    await expect.poll(articleCount).toBe(shipped.articles.length + 1);
    expect(await candidateMarks(true)).toBe(1);
    await expect.poll(() => expertNamed('Merdan Annayev'), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => expertNamed('Bolormaa Tserendorj'), { timeout: 20_000 }).toBe(1);
    await page().getByRole('button', { name: 'Sources' }).click();
    expect(await page().getByRole('dialog', { name: 'Sources' }).getByText('Turkmenistan asks about SCO observer status').count()).toBe(0);
    await page().keyboard.press('Escape');

    await openApp();
    await expect.poll(articleCount, { timeout: 20_000 }).toBe(shipped.articles.length + 1);
    await expect.poll(() => expertNamed('Merdan Annayev'), { timeout: 20_000 }).toBe(0);
  });

  it('names a bad file and why, and still adds the good one', async () => {
    await addFiles([NO_DATE_HTML, TURKMENISTAN_HTML]);
    expect(await panel().getByRole('status').textContent()).toMatch(/^Added 1 article in/);
    const rejected = panel().getByRole('list', { name: 'Files not added' });
    expect(await rejected.textContent()).toMatch(/^no-date\.html: no publication date: none in JSON-LD, <meta> tags, <time datetime> or the URL/);
    await closePanel();
    await expect.poll(articleCount).toBe(shipped.articles.length + 2);
    await expect.poll(() => expertNamed('Merdan Annayev'), { timeout: 20_000 }).toBe(1);
  });

  it('runs nothing from hostile files, and shows their text as text', async () => {
    await addFiles([HOSTILE_HTML, HOSTILE_MD]);
    expect(await panel().getByRole('status').textContent()).toMatch(/^Added 2 articles in/);
    const list = panel().getByRole('list').filter({ hasText: 'from 2024-07-hostile-markup.md' });
    expect(await list.textContent()).toContain('<img src=x onerror=window.__pwned=1> SCO summit <script>window.__pwned=1;alert(1)</script> in Astana');
    await closePanel();
    await page().getByRole('button', { name: 'Sources' }).click();
    expect(await page().getByRole('dialog', { name: 'Sources' }).getByText(/<b onmouseover=window.__pwned=1>The Hostile Herald<\/b>/).count()).toBe(1);
    await page().keyboard.press('Escape');
    expect(await injectedElements(page())).toEqual([]);
    expect(await unsafeAddresses(page())).toEqual([]);
    expect((await traps.read()).pwned).toBeUndefined();
  });

  it('adds an article pasted into the form, and says what is wrong with a bad date', async () => {
    await openPanel();
    const form = panel().getByRole('form', { name: 'Paste an article' });
    await form.getByLabel('Title').fill('Kyrgyz analysts on the SCO development bank');
    await form.getByLabel('Outlet').fill('Tian Shan Review');
    await form.getByLabel('Date').fill('2023-02-30');
    await form.getByLabel('Text').fill(
      '“A development bank would finally give the SCO money of its own,” said Aizada Mamytova, an economist at the Institute of Economics in Bishkek.',
    );
    await form.getByRole('button', { name: 'Add this article' }).click();
    await expect.poll(() => panel().getByRole('list', { name: 'Files not added' }).textContent()).toBe(
      'pasted article: front matter "published": impossible date "2023-02-30": feb 2023 has 28 days',
    );
    expect(await form.getByLabel('Title').inputValue()).toBe('Kyrgyz analysts on the SCO development bank');
    await form.getByLabel('Date').fill('2023-02-28');
    await form.getByRole('button', { name: 'Add this article' }).click();
    await expect.poll(() => panel().getByRole('status').textContent()).toMatch(/^Added 1 article in/);
    expect(await form.getByLabel('Title').inputValue()).toBe('');
    await closePanel();
    await expect.poll(() => expertNamed('Aizada Mamytova'), { timeout: 20_000 }).toBe(1);
  });

  it('starts over: the shipped data again, after a reload too', async () => {
    await openPanel();
    await panel().getByRole('button', { name: 'Start over' }).click();
    await panel().getByRole('button', { name: 'Remove all' }).click();
    await expect.poll(() => panel().getByRole('status').textContent()).toBe('Back to the shipped articles only.');
    expect(await panel().getByRole('heading', { name: 'Your articles (0)' }).count()).toBe(1);
    await closePanel();
    await expect.poll(articleCount).toBe(shipped.articles.length);
    expect(await header().getByText(/^\d+ yours$/).count()).toBe(0);
    await expect.poll(() => experts(true), { timeout: 20_000 }).toBe(0);
    await openApp();
    expect(await articleCount()).toBe(shipped.articles.length);
    await expect.poll(() => experts(), { timeout: 20_000 }).toBe(shipped.experts.length);
  });
});
