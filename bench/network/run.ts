/**
 * Expert network benchmark: layout settle time and frames per second during scripted pan and zoom,
 * at 1,000 and 5,000 nodes (4 links per node: 20,000 at 5,000), in headless Chromium.
 *
 *   npx tsx bench/network/run.ts [--runs 5] [--seconds 4] [--sizes 1000,5000] [--screenshots /tmp/dir]
 *
 * Prints a table and one JSON line; writes the JSON to $SCO_BENCH_JSON when set (bench/run.ts reads it).
 * Settle time: from the view asking the worker for a layout to the positions arriving (marks set by
 * useNetworkLayout.ts), plus the first canvas paint. FPS: requestAnimationFrame callbacks counted in
 * the page while the mouse pans (drag on empty space) and zooms (wheel) through Chromium's input pipeline.
 * Hover fps: the same count while the pointer moves down the node list, each entry's hover a full redraw.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { currentLoad } from '../lib/machine';
import { summarise, type Summary } from '../lib/stats';
import { blockOffOriginRequests, CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromiumLaunch';

const HERE = import.meta.dirname;
const GOAL = { fps: 30, settleMs: 3000, nodes: 5000, links: 20000 };

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '4' },
    sizes: { type: 'string', default: '1000,5000' },
    screenshots: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const seconds = Number(values.seconds);
const sizes = values.sizes.split(',').map(Number);

interface RunFigures {
  settleMs: number;
  firstPaintMs: number;
  layoutInWorker: boolean;
  fps: number;
  worstFrameMs: number;
  hoverFps: number;
  nodes: number;
  links: number;
}

async function waitForGraph(page: Page): Promise<{ settleMs: number; firstPaintMs: number; nodes: number; links: number }> {
  await page.waitForSelector('canvas.network-canvas, svg.network-svg', { timeout: 60_000 });
  return page.evaluate(
    () =>
      new Promise<{ settleMs: number; firstPaintMs: number; nodes: number; links: number }>((done) => {
        // One frame after the canvas is in the page: its first paint has been presented.
        requestAnimationFrame(() => {
          const now = performance.now();
          const start = performance.getEntriesByName('network-layout-start')[0]?.startTime ?? 0;
          const end = performance.getEntriesByName('network-layout-end')[0]?.startTime ?? now;
          const canvas = document.querySelector('canvas.network-canvas');
          done({
            settleMs: end - start,
            firstPaintMs: now - start,
            nodes: Number(canvas?.getAttribute('data-node-count') ?? document.querySelectorAll('[data-node-id]').length),
            links: Number(canvas?.getAttribute('data-link-count') ?? 0),
          });
        });
      }),
  );
}

/** Starts counting requestAnimationFrame callbacks in the page. */
async function startFrameCount(page: Page): Promise<void> {
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  // Each count has its own generation, so a loop left from the previous count cannot double the frames.
  await page.evaluate(`(() => {
    window.__frames = [];
    const generation = (window.__generation = (window.__generation ?? 0) + 1);
    const tick = (t) => {
      if (window.__generation !== generation) return;
      window.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

async function stopFrameCount(page: Page): Promise<{ fps: number; worstFrameMs: number }> {
  const frames = await page.evaluate<number[]>('(() => { window.__generation += 1; return window.__frames; })()');
  const first = frames[0] ?? 0;
  const last = frames[frames.length - 1] ?? first;
  let worst = 0;
  for (let i = 1; i < frames.length; i += 1) worst = Math.max(worst, (frames[i] ?? 0) - (frames[i - 1] ?? 0));
  return { fps: last > first ? ((frames.length - 1) * 1000) / (last - first) : 0, worstFrameMs: worst };
}

async function stageBox(page: Page) {
  const box = await page.locator('.network-stage').boundingBox();
  if (box === null) throw new Error('no .network-stage on the page');
  return box;
}

/** Pans from the stage's empty corner and zooms about its middle, returning to the fitted view each cycle. */
async function panAndZoom(page: Page, durationMs: number): Promise<{ fps: number; worstFrameMs: number }> {
  const box = await stageBox(page);
  const corner = { x: box.x + 8, y: box.y + 8 };
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await startFrameCount(page);
  const started = Date.now();
  while (Date.now() - started < durationMs) {
    await page.mouse.move(corner.x, corner.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i += 1) await page.mouse.move(corner.x + i * 20, corner.y + i * 12);
    for (let i = 11; i >= 0; i -= 1) await page.mouse.move(corner.x + i * 20, corner.y + i * 12);
    await page.mouse.up();
    await page.mouse.move(middle.x, middle.y);
    for (let i = 0; i < 8; i += 1) await page.mouse.wheel(0, -120);
    for (let i = 0; i < 8; i += 1) await page.mouse.wheel(0, 120);
  }
  return stopFrameCount(page);
}

/**
 * Moves the pointer down the node list: each entry hovered highlights its node's neighbourhood in the
 * graph, a full redraw (dimming, lit links, labels) every time, so this measures the sharp drawing.
 */
async function hoverSweep(page: Page, durationMs: number): Promise<{ fps: number; worstFrameMs: number }> {
  const entries = await page.locator('.network-list__item').evaluateAll((items) =>
    items.slice(0, 40).map((item) => {
      const r = item.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, visible: r.bottom < window.innerHeight };
    }),
  );
  const targets = entries.filter((e) => e.visible);
  if (targets.length < 2) throw new Error('too few list entries on screen to hover');
  await startFrameCount(page);
  const started = Date.now();
  let step = 0;
  while (Date.now() - started < durationMs) {
    const target = targets[step % targets.length] ?? { x: 0, y: 0 };
    await page.mouse.move(target.x, target.y);
    step += 1;
  }
  return stopFrameCount(page);
}

async function main() {
  if (!values['no-build']) await build({ configFile: join(HERE, 'vite.config.ts'), logLevel: 'warn' });
  const server = await preview({ configFile: join(HERE, 'vite.config.ts'), preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('vite preview did not report its address');
  const origin = new URL(url).origin;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const loadBefore = currentLoad();
  const results = [];
  try {
    for (const nodes of sizes) {
      const perRun: RunFigures[] = [];
      for (let run = 0; run < runs; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
        // Offline by design: anything off the bench page's origin is refused, as in the browser tests.
        await blockOffOriginRequests(context, origin);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        await page.goto(`${url}?nodes=${nodes}&links=${nodes * 4}&seed=1`);
        const settled = await waitForGraph(page);
        if (values.screenshots !== undefined && run === 0) {
          mkdirSync(values.screenshots, { recursive: true });
          await page.screenshot({ path: join(values.screenshots, `network-${nodes}.png`) });
        }
        const motion = await panAndZoom(page, seconds * 1000);
        const hover = await hoverSweep(page, seconds * 1000);
        if (errors.length > 0) throw new Error(`page errors at ${nodes} nodes: ${errors.join('; ')}`);
        perRun.push({ ...settled, ...motion, hoverFps: hover.fps, layoutInWorker: settled.links > 0 });
        console.error(
          `[network] ${nodes} nodes, run ${run + 1}/${runs}: settle ${settled.settleMs.toFixed(0)} ms, first paint ${settled.firstPaintMs.toFixed(0)} ms, ` +
            `pan/zoom ${motion.fps.toFixed(1)} fps (worst frame ${motion.worstFrameMs.toFixed(0)} ms), hover redraws ${hover.fps.toFixed(1)} fps`,
        );
        await context.close();
      }
      const row = perRun[0];
      results.push({
        nodes: row?.nodes ?? nodes,
        links: row?.links ?? null,
        settleMs: summarise(perRun.map((r) => r.settleMs)),
        firstPaintMs: summarise(perRun.map((r) => r.firstPaintMs)),
        fps: summarise(perRun.map((r) => r.fps)),
        worstFrameMs: summarise(perRun.map((r) => r.worstFrameMs)),
        hoverFps: summarise(perRun.map((r) => r.hoverFps)),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const fmt = (s: Summary, digits = 0) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
  console.log(`\nExpert network, ${runs} runs each, ${seconds} s of pan and zoom at 1440×900; median (min–max). Load average ${loadBefore} on ${cpus().length} cores.`);
  console.log('nodes  links   settle ms          first paint ms     pan/zoom fps       worst frame ms   hover fps (full redraws)');
  for (const r of results) {
    console.log(
      `${String(r.nodes).padEnd(6)} ${String(r.links).padEnd(7)} ${fmt(r.settleMs).padEnd(18)} ${fmt(r.firstPaintMs).padEnd(18)} ${fmt(r.fps, 1).padEnd(18)} ${fmt(r.worstFrameMs).padEnd(16)} ${fmt(r.hoverFps, 1)}`,
    );
  }
  const json = { goal: GOAL, runs, seconds, viewport: '1440x900', loadAverage: loadBefore, results };
  console.log(JSON.stringify(json));
  const out = process.env.SCO_BENCH_JSON;
  if (out !== undefined) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(json, null, 1)}\n`);
  }
}

await main();
