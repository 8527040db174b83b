/**
 * Story steps on a 1920 × 1080 projector: a step about countries frames, outlines and names them
 * and lists them under the caption; the caption never states a year the map is not showing; the
 * network slides are readable from the back of a room and light what the caption says they light.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type AppSession } from './browser';

const TRANSITION = { timeout: 6000 };

async function mapYear(page: Page): Promise<string | null> {
  return page.getByRole('slider', { name: 'Year' }).getAttribute('aria-valuenow');
}

describe('story steps in presentation mode (1920 × 1080)', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await startSession({ width: 1920, height: 1080 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('outlines and names Belarus in the middle of the map, well inside its edges, and lists it under the caption', async () => {
    const { page } = session;
    await session.open('?step=5&story=sco-enlargement');
    const stage = page.getByRole('complementary', { name: 'Presentation' });
    await expect.poll(() => stage.getByRole('list', { name: 'Marked on the map' }).textContent(), TRANSITION).toBe('New member: Belarus');
    const outline = page.locator('[data-spotlight="BLR"] .map-spotlight__outline');
    await expect.poll(() => outline.count(), TRANSITION).toBe(1);
    await expect.poll(() => page.locator('[data-spotlight-label="BLR"]').textContent()).toBe('Belarus');
    // The frame settles after the step's zoom; then Belarus sits well inside the map, not as a sliver at its edge.
    await page.waitForTimeout(900);
    const map = await page.locator('svg.map-canvas').boundingBox();
    const belarus = await outline.boundingBox();
    if (map === null || belarus === null) throw new Error('the map or Belarus is not drawn');
    expect(belarus.x - map.x).toBeGreaterThan(40);
    expect(map.x + map.width - (belarus.x + belarus.width)).toBeGreaterThan(40);
    expect(belarus.y - map.y).toBeGreaterThan(40);
    expect(map.y + map.height - (belarus.y + belarus.height)).toBeGreaterThan(40);
    expect(Math.max(belarus.width / map.width, belarus.height / map.height)).toBeGreaterThan(0.15);
    const outlineStroke = await outline.evaluate((el) => parseFloat(getComputedStyle(el).strokeWidth));
    expect(outlineStroke).toBeGreaterThanOrEqual(2);
  });

  it('names India and Pakistan in 2017, and no country on a step whose map is not on screen', async () => {
    const { page } = session;
    await session.open('?step=3&story=sco-enlargement');
    await expect.poll(() => page.locator('[data-spotlight-label]').allTextContents(), TRANSITION).toEqual(expect.arrayContaining(['India', 'Pakistan']));
    await session.open('?step=10&story=sco-enlargement');
    await expect.poll(() => page.locator('.network-svg [data-node-id]').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-spotlight-label]').count()).toBe(0);
  });

  it('shows a step’s caption only once the map shows the step’s year', async () => {
    const { page } = session;
    await session.open('?step=2&story=sco-enlargement');
    const stage = page.getByRole('complementary', { name: 'Presentation' });
    await expect.poll(() => stage.getByText(/Uzbekistan joined as a founding member/).count()).toBe(1);
    await stage.getByRole('heading', { level: 2 }).focus();
    // Sample the page while the map walks from 2001 to 2017: the 2017 caption never sits over another year.
    const samples = await page.evaluate(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
      const seen: { year: string | null; caption: boolean }[] = [];
      const start = performance.now();
      while (performance.now() - start < 4000) {
        await new Promise((r) => requestAnimationFrame(r));
        const year = document.querySelector('[role="slider"]')?.getAttribute('aria-valuenow') ?? null;
        const caption = [...document.querySelectorAll('.present-stage__caption')].some((p) => (p.textContent ?? '').includes('India and Pakistan became full members'));
        seen.push({ year, caption });
      }
      return seen;
    });
    expect(samples.some((s) => s.year !== '2017'), 'the map was seen on its way').toBe(true);
    expect(samples.filter((s) => s.caption && s.year !== '2017')).toEqual([]);
    expect(samples.at(-1)).toEqual({ year: '2017', caption: true });
    expect(await mapYear(page)).toBe('2017');
  });

  it('sets the network’s names in 24 px or more, whole, and lights the expert’s themes and countries (step 9)', async () => {
    const { page } = session;
    await session.open('?step=9&story=sco-enlargement');
    const network = page.getByRole('region', { name: 'Expert network' });
    const drawing = network.getByRole('img', { name: /^Network of/ });
    await expect.poll(() => drawing.locator('[data-node-id]').count()).toBeGreaterThan(5);
    const labels = await drawing.locator('text[data-label-for]').evaluateAll((texts) =>
      texts.map((t) => {
        // A long name is set over two lines (tspans): read it back as one.
        const lines = [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '');
        return { id: t.getAttribute('data-label-for') ?? '', size: parseFloat(getComputedStyle(t).fontSize), text: lines.length > 0 ? lines.join(' ') : (t.textContent ?? '') };
      }),
    );
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) expect(label.size, label.id).toBeGreaterThanOrEqual(24);
    expect(labels.filter((l) => l.text.includes('…'))).toEqual([]);
    expect(labels.some((l) => l.text === 'Consensus and institutional reform')).toBe(true);

    const states = await drawing.locator('[data-node-id]').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-node-id'), n.getAttribute('data-state')] as const));
    const byState = (state: string) => states.filter(([, s]) => s === state).map(([id]) => id ?? '');
    expect(byState('highlighted')).toContain('expert:rizat-tasym');
    expect(byState('highlighted').filter((id) => id.startsWith('theme:')).length).toBeGreaterThan(0);
    expect(byState('highlighted')).toContain('country:KAZ');
    expect(byState('dimmed').length).toBeGreaterThan(0);
    // Whole slide: the caption says the network highlights them, and it does.
    expect(await page.getByRole('complementary', { name: 'Presentation' }).getByText(/The network highlights the themes and countries/).count()).toBe(1);
  });
});
