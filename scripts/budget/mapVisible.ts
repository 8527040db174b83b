import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromiumLaunch';


/** Countries the map must have drawn to count as visible (world-atlas 110m has 174 with ISO codes). */
export const MIN_SHAPES = 170;

/**
 * Page code: \`firstPaint\`, a promise of the first contentful paint's time. Outlines that come
 * with the HTML are in the DOM, and their animation frame has run, before the browser presents
 * its first frame (it waits for the whole loading shell: \`blocking="render"\`, and Chromium holds
 * the first paint back until there is content): they are visible with that frame, not before.
 */
export const NOT_BEFORE_FIRST_PAINT = `const firstPaint = new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const fcp = list.getEntriesByName('first-contentful-paint')[0];
      if (fcp !== undefined) { observer.disconnect(); resolve(fcp.startTime); }
    }).observe({ type: 'paint', buffered: true });
  });`;

/**
 * Runs in the page before any of its scripts: records performance.now() (milliseconds since the
 * navigation started) after the first frame painted with at least MIN_SHAPES country outlines.
 * A requestAnimationFrame callback runs just before a frame is rendered; a message posted from it
 * arrives after that frame, so the second timestamp is "on screen" (or the first contentful paint,
 * if that is later: NOT_BEFORE_FIRST_PAINT). Plain JavaScript in a string:
 * it must not depend on helpers the TypeScript runner adds to compiled functions.
 */
const PROBE = `(() => {
  const probe = { drawnAt: null, visibleAt: null };
  ${NOT_BEFORE_FIRST_PAINT}
  window.__mapBudget = probe;
  const observer = new MutationObserver(() => {
    if (probe.drawnAt !== null) return;
    const shapes = document.querySelectorAll('path[data-iso3][d]');
    if (shapes.length < ${MIN_SHAPES}) return;
    probe.drawnAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { const at = performance.now(); firstPaint.then((fcp) => { probe.visibleAt = Math.max(at, fcp); }); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

interface Probe {
  drawnAt: number | null;
  visibleAt: number | null;
}

export interface MapVisibleRun {
  /** Outlines in the DOM, ms after navigation start. */
  drawnMs: number;
  /** The frame with the outlines painted, ms after navigation start. */
  visibleMs: number;
  /**
   * CPU time of the page's main thread (Chromium's ThreadTime) from navigation until the probe
   * saw the map on screen (read within a few ms of it). Unlike wall time it hardly grows when
   * other programs share the CPU, so it tells a slow app from a busy machine.
   */
  mainThreadCpuMs: number;
}

async function waitForProbe(page: Page, timeoutMs: number): Promise<Probe> {
  // Polled through page.evaluate (DevTools), which the page's CSP allows; waitForFunction would need eval.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const probe: Probe | null = await page.evaluate('window.__mapBudget || null');
    if (probe !== null && probe.visibleAt !== null) return probe;
    if (Date.now() > deadline) throw new Error(`the map did not appear within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(25);
  }
}

/**
 * Loads the app `runs` times, each in a fresh browser context (its own empty cache: nothing reused
 * from the run before), and returns when the map became visible in each.
 */
export async function measureMapVisible(url: string, runs: number, chromiumPath = CHROMIUM_PATH): Promise<MapVisibleRun[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const results: MapVisibleRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.addInitScript(PROBE);
      await page.goto(url);
      const probe = await waitForProbe(page, 20_000);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const cpuSeconds = metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
      results.push({ drawnMs: probe.drawnAt ?? Number.NaN, visibleMs: probe.visibleAt ?? Number.NaN, mainThreadCpuMs: cpuSeconds * 1000 });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}
