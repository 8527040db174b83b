import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoData } from '../../src/model/schema';
import { readServedData } from './appData';
import { seriousAxeViolations } from './axe';
import { startSession, type AppSession } from './browser';

/**
 * The expert network on the built app with the pipeline's real data. Expectations are derived
 * from that file (not typed in), so the tests follow the corpus as articles are added.
 */
describe('expert network', () => {
  let session: AppSession;
  let data: ScoData;

  const region = () => session.page.getByRole('region', { name: 'Expert network' });
  // The drawing on screen, by its role and name (the exported figure's off-screen copy is hidden from assistive technology).
  const drawn = (selector = '') => region().getByRole('img', { name: /^Network of/ }).locator(`[data-node-id]${selector}`);
  const yearOf = (articleId: string) => data.articles.find((a) => a.id === articleId)?.year;

  beforeAll(async () => {
    session = await startSession();
    data = await readServedData(session.page, session.baseUrl);
  });
  afterAll(async () => {
    await session.close();
  });

  async function openNetwork(query = '') {
    await session.open(query);
    await expect.poll(() => region().locator('svg.network-svg, .network-empty').count()).toBeGreaterThan(0);
  }

  it('draws every expert, the themes they spoke on and their countries, without errors or off-site requests', async () => {
    await openNetwork();
    const linked = (kind: string) => new Set(data.links.filter((l) => l.kind === kind).map((l) => l.target));
    expect(await drawn('[data-kind="expert"]').count()).toBe(data.experts.length);
    expect(await drawn('[data-kind="theme"]').count()).toBe(linked('expert-theme').size);
    expect(await drawn('[data-kind="country"]').count()).toBe(linked('expert-country').size);
    expect(await region().getByRole('img', { name: new RegExp(`Network of ${data.experts.length} experts`) }).count()).toBe(1);
    expect(await region().getByRole('list', { name: 'Legend' }).count()).toBe(1);
    expect(session.consoleErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });

  it('has no serious accessibility violations in the network region', async () => {
    await openNetwork();
    expect(await seriousAxeViolations(session.page, 'section[aria-label="Expert network"]')).toEqual([]);
  });

  it('highlights the neighbours of a hovered node and dims the rest', async () => {
    await openNetwork();
    const expert = data.experts.find((e) => e.country !== null);
    if (expert === undefined) throw new Error('the data has no expert with a country');
    const node = drawn(`[data-node-id="expert:${expert.id}"]`);
    await node.hover();
    await expect.poll(() => node.getAttribute('data-state')).toBe('highlighted');
    expect(await drawn(`[data-node-id="country:${expert.country}"]`).getAttribute('data-state')).toBe('highlighted');
    const unrelated = data.experts.find((e) => !e.articles.some((a) => expert.articles.includes(a)));
    if (unrelated !== undefined) expect(await drawn(`[data-node-id="expert:${unrelated.id}"]`).getAttribute('data-state')).toBe('dimmed');
    expect(await region().locator('.network-tooltip').innerText()).toContain(expert.name);
    await session.page.mouse.move(1, 1);
    await expect.poll(() => node.getAttribute('data-state')).toBe('normal');
  });

  it('opens an expert’s details with every quote and its article when the node is clicked', async () => {
    await openNetwork();
    const expert = [...data.experts].sort((a, b) => b.quotes.length - a.quotes.length)[0];
    if (expert === undefined) throw new Error('the data has no experts');
    await drawn(`[data-node-id="expert:${expert.id}"]`).click();
    const panel = region().getByRole('complementary', { name: expert.name });
    await expect.poll(() => panel.count()).toBe(1);
    expect(await panel.getByRole('heading', { name: expert.name }).evaluate((h) => h === document.activeElement)).toBe(true);
    // Polled: the quotes come from an evidence shard that loads after the panel opens.
    await expect.poll(() => panel.locator('blockquote').count(), { timeout: 10_000 }).toBe(expert.quotes.length);
    const article = data.articles.find((a) => a.id === expert.quotes[0]?.articleId);
    if (article !== undefined) expect(await panel.getByRole('link', { name: article.title }).count()).toBeGreaterThan(0);
    if (expert.organisation !== undefined) expect(await panel.innerText()).toContain(expert.organisation);
    await expect.poll(() => new URL(session.page.url()).searchParams.get('expert')).toBe(expert.id);
    expect(await drawn(`[data-node-id="expert:${expert.id}"]`).getAttribute('data-selected')).toBe('true');
  });

  it('keeps only the experts of articles in the year range (?from=2024&to=2024)', async () => {
    await openNetwork('?from=2024&to=2024');
    const in2024 = data.experts.filter((e) => e.articles.some((a) => yearOf(a) === 2024));
    const only2022 = data.experts.filter((e) => e.articles.every((a) => yearOf(a) === 2022));
    expect(in2024.length).toBeGreaterThan(0);
    expect(await drawn('[data-kind="expert"]').count()).toBe(in2024.length);
    for (const expert of only2022) expect(await drawn(`[data-node-id="expert:${expert.id}"]`).count(), expert.name).toBe(0);
    expect(await region().getByRole('group', { name: 'Filters on the network' }).innerText()).toContain('2024');
  });

  it('keeps only the chosen theme and the experts who spoke on it (?themes=…)', async () => {
    const counts = new Map<string, Set<string>>();
    for (const l of data.links) if (l.kind === 'expert-theme') counts.set(l.target, (counts.get(l.target) ?? new Set()).add(l.source));
    const [themeId, speakers] = [...counts].sort((a, b) => a[1].size - b[1].size)[0] ?? [];
    if (themeId === undefined || speakers === undefined) throw new Error('the data has no expert–theme links');
    await openNetwork(`?themes=${themeId}`);
    expect(await drawn('[data-kind="theme"]').count()).toBe(1);
    expect(await drawn(`[data-node-id="theme:${themeId}"]`).count()).toBe(1);
    expect(await drawn('[data-kind="expert"]').count()).toBe(speakers.size);
    for (const id of speakers) expect(await drawn(`[data-node-id="expert:${id}"]`).count()).toBe(1);
  });

  it('narrows to a theme when its node is clicked, and the URL carries it', async () => {
    await openNetwork();
    const theme = region().locator('svg [data-kind="theme"]').first();
    const id = (await theme.getAttribute('data-node-id'))?.slice('theme:'.length);
    await theme.click();
    await expect.poll(() => new URL(session.page.url()).searchParams.get('themes')).toBe(id);
    await expect.poll(() => drawn('[data-kind="theme"]').count()).toBe(1);
    await region().getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => drawn('[data-kind="expert"]').count()).toBe(data.experts.length);
  });

  it('finds an expert by name and opens the details with the keyboard', async () => {
    await openNetwork();
    const expert = data.experts[data.experts.length - 1];
    if (expert === undefined) throw new Error('the data has no experts');
    const lastName = expert.name.split(' ').at(-1) ?? expert.name;
    const search = region().getByRole('searchbox', { name: 'Find an expert' });
    await search.fill(lastName.slice(0, 5).toLowerCase());
    expect(await region().getByRole('region', { name: 'Experts' }).getByRole('button', { name: new RegExp(`^${expert.name}`) }).count()).toBe(1);
    await search.press('Enter');
    await expect.poll(() => region().getByRole('complementary', { name: expert.name }).count()).toBe(1);
    await session.page.keyboard.press('Tab');
    expect(await session.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Close details of ${expert.name}`);
  });

  it('drags a node without selecting it, and pans and zooms with the mouse', async () => {
    await openNetwork();
    const { page } = session;
    const country = drawn('[data-kind="country"]').first();
    const position = async () => ((await country.getAttribute('transform')) ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    const [x0 = 0, y0 = 0] = await position();
    const box = await country.boundingBox();
    if (box === null) throw new Error('the country node has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i += 1) await page.mouse.move(box.x + box.width / 2 + i * 8, box.y + box.height / 2 + i * 6);
    await page.mouse.up();
    const [x1 = 0, y1 = 0] = await position();
    expect(x1 - x0).toBeCloseTo(40, 0);
    expect(y1 - y0).toBeCloseTo(30, 0);
    expect(new URL(page.url()).searchParams.get('country')).toBeNull();

    const stage = await region().locator('.network-stage').boundingBox();
    if (stage === null) throw new Error('no stage');
    await page.mouse.move(stage.x + 4, stage.y + 4);
    await page.mouse.down();
    await page.mouse.move(stage.x + 54, stage.y + 24, { steps: 4 });
    await page.mouse.up();
    const [x2 = 0, y2 = 0] = await position();
    expect(x2 - x1).toBeCloseTo(50, 0);
    expect(y2 - y1).toBeCloseTo(20, 0);
    await region().getByRole('button', { name: 'Zoom in' }).click();
    const [x3 = 0] = await position();
    expect(x3).not.toBeCloseTo(x2, 0);
  });

  it('shows an empty state that clears the filters', async () => {
    await openNetwork('?from=1996&to=1997');
    const status = region().getByRole('status');
    await expect.poll(() => status.innerText()).toContain('No experts appear in 1996–1997.');
    await status.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => drawn('[data-kind="expert"]').count()).toBe(data.experts.length);
  });
});
