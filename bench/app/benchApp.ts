import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { summarise, type Summary } from '../lib/stats';
import { launchBrowser } from './chromium';
import { ARM_YEAR_STEP, COUNT_YEAR_CHANGES, MAP_VISIBLE_PROBE, READ_MAP_VISIBLE, WAIT_FOR_QUIET } from './probes';
import { serveDist } from './serve';

export interface YearStepResult {
  steps: number[];
  median: number;
  worst: number;
  fromYear: string | null;
  toYear: string | null;
}

export interface SoakResult {
  seconds: number;
  yearChanges: number;
  heapStartMb: number;
  heapEndMb: number;
  changePct: number;
  heapPeakMb: number;
  domNodesStart: number;
  domNodesEnd: number;
  /** Heap (without forcing GC) every 10 s, for a curve. */
  samples: { s: number; mb: number }[];
}

export interface AppDatasetResult {
  dataset: string;
  dataMb: number;
  /** Navigation start → the frame that shows the first country outline. */
  mapVisibleMs: Summary | null;
  /** Navigation start → the frame that shows all outlines (≥ 170, as scripts/budget counts). */
  allOutlinesMs: Summary | null;
  /**
   * Main-thread CPU time (Chromium's ThreadTime) from navigation to the map on screen: hardly
   * grows when other programs share the CPU, so it tells a slow app from a busy machine.
   */
  mainThreadCpuMs: Summary | null;
  /** Navigation start → the core received, for reading map-visible time. */
  dataFetchedMs: Summary | null;
  /**
   * Navigation start → the main thread idle again after the load's work (every view drawn, layouts
   * done): when a year step measures the step alone. One run; null if it never went quiet in 60 s.
   */
  quietAfterLoadMs: number | null;
  shapes: number;
  yearStep: YearStepResult | null;
  soak: SoakResult | null;
  problems: string[];
  consoleErrors: string[];
  foreignRequests: string[];
}

export interface AppOptions {
  dataset: string;
  dist: string;
  dataMb: number;
  mapVisibleRuns: number;
  yearSteps: number;
  soakSeconds: number;
  log: (line: string) => void;
}

const MAP_TIMEOUT_MS = 60_000;
const MB = 2 ** 20;

export function watchErrors(page: Page, into: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') into.push(message.text());
  });
  page.on('pageerror', (error) => into.push(`pageerror: ${error.message}`));
}

export async function openAndWaitForMap(page: Page, url: string): Promise<Record<string, number | null>> {
  await page.addInitScript(MAP_VISIBLE_PROBE);
  await page.goto(url, { waitUntil: 'commit' });
  // Polled from here: waitForFunction evaluates its string with eval, which the app's CSP refuses.
  const deadline = Date.now() + MAP_TIMEOUT_MS;
  for (;;) {
    const probe = await page.evaluate<Record<string, number | null>>(READ_MAP_VISIBLE);
    if (typeof probe.mapVisibleAt === 'number' && typeof probe.allVisibleAt === 'number') return probe;
    if (Date.now() > deadline) throw new Error(`no painted [data-iso3] path within ${MAP_TIMEOUT_MS / 1000} s`);
    await page.waitForTimeout(50);
  }
}

/** Main-thread CPU time so far (Chromium's ThreadTime), in ms; needs `Performance.enable`. */
export async function threadTimeMs(cdp: CDPSession): Promise<number | undefined> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = metrics.find((m) => m.name === 'ThreadTime')?.value;
  return seconds === undefined ? undefined : seconds * 1000;
}

export async function heapMb(cdp: CDPSession, collect: boolean): Promise<number> {
  if (collect) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / MB;
}

export async function domNodes(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'Nodes')?.value ?? 0;
}

export async function measureYearSteps(page: Page, steps: number): Promise<YearStepResult | string> {
  const slider = page.getByRole('slider', { name: /year/i });
  if ((await slider.count()) === 0) return 'no slider named "Year" on the page';
  await slider.first().focus();
  await page.keyboard.press('Home');
  await page.waitForTimeout(500);
  const fromYear = await slider.first().getAttribute('aria-valuenow');
  const times: number[] = [];
  let toYear: string | null = fromYear;
  for (let i = 0; i < steps; i += 1) {
    await page.evaluate(ARM_YEAR_STEP);
    await page.keyboard.press('ArrowRight');
    const result = await page.evaluate<{ ms: number | null; year: string | null }>('window.__scoStep');
    if (result.ms === null) return `year step ${i + 1} (from ${toYear}) did not repaint within 10 s`;
    times.push(result.ms);
    toYear = result.year;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { steps: times, median: summarise(times).median, worst: sorted[sorted.length - 1] ?? Number.NaN, fromYear, toYear };
}

/** Plays the year slider on its fastest speed, restarting it whenever it stops at the last year. */
async function soak(page: Page, context: BrowserContext, seconds: number, log: (line: string) => void): Promise<SoakResult | string> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const play = page.getByRole('button', { name: /^(play|replay)\b/i });
  if ((await play.count()) === 0) return 'no Play button on the page';
  const speed = page.getByRole('combobox', { name: /speed/i });
  if ((await speed.count()) > 0) {
    const options = await speed.first().locator('option').allTextContents();
    const fastest = options.find((o) => /fast/i.test(o)) ?? options[options.length - 1];
    if (fastest !== undefined) await speed.first().selectOption({ label: fastest });
  } else {
    const fast = page.getByRole('radio', { name: /fast/i });
    if ((await fast.count()) > 0) await fast.first().check();
  }
  await page.evaluate(COUNT_YEAR_CHANGES);
  const heapStartMb = await heapMb(cdp, true);
  const domNodesStart = await domNodes(cdp);
  const samples: { s: number; mb: number }[] = [{ s: 0, mb: heapStartMb }];
  const started = Date.now();
  let nextSample = 10_000;
  while (Date.now() - started < seconds * 1000) {
    if ((await play.count()) > 0 && (await play.first().isVisible())) await play.first().click();
    await page.waitForTimeout(250);
    if (Date.now() - started >= nextSample) {
      samples.push({ s: Math.round((Date.now() - started) / 1000), mb: await heapMb(cdp, false) });
      nextSample += 10_000;
      if (nextSample % 60_000 === 0) log(`  soak ${Math.round((Date.now() - started) / 1000)} s, heap ${samples[samples.length - 1]?.mb.toFixed(1)} MB`);
    }
  }
  const pause = page.getByRole('button', { name: /^pause\b/i });
  if ((await pause.count()) > 0) await pause.first().click();
  await page.waitForTimeout(500);
  const heapEndMb = await heapMb(cdp, true);
  const yearChanges = await page.evaluate<number>('window.__scoYearChanges');
  return {
    seconds,
    yearChanges,
    heapStartMb,
    heapEndMb,
    changePct: ((heapEndMb - heapStartMb) / heapStartMb) * 100,
    heapPeakMb: Math.max(...samples.map((s) => s.mb), heapEndMb),
    domNodesStart,
    domNodesEnd: await domNodes(cdp),
    samples,
  };
}

export async function benchApp(options: AppOptions): Promise<AppDatasetResult> {
  const { log } = options;
  const server = await serveDist(options.dist);
  const browser = await launchBrowser(new URL(server.url).origin);
  const result: AppDatasetResult = {
    dataset: options.dataset,
    dataMb: options.dataMb,
    mapVisibleMs: null,
    allOutlinesMs: null,
    mainThreadCpuMs: null,
    dataFetchedMs: null,
    quietAfterLoadMs: null,
    shapes: 0,
    yearStep: null,
    soak: null,
    problems: [],
    consoleErrors: [],
    foreignRequests: [],
  };
  try {
    const visible: number[] = [];
    const allOutlines: number[] = [];
    const cpu: number[] = [];
    const fetched: number[] = [];
    for (let run = 0; run < options.mapVisibleRuns; run += 1) {
      const { context, foreignRequests } = await browser.newContext();
      const page = await context.newPage();
      watchErrors(page, result.consoleErrors);
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const probe = await openAndWaitForMap(page, server.url);
        const threadTime = await threadTimeMs(cdp);
        if (threadTime !== undefined) cpu.push(threadTime);
        if (typeof probe.mapVisibleAt === 'number') visible.push(probe.mapVisibleAt);
        if (typeof probe.allVisibleAt === 'number') allOutlines.push(probe.allVisibleAt);
        if (typeof probe.dataResponseEnd === 'number') fetched.push(probe.dataResponseEnd);
        result.shapes = probe.shapes ?? 0;
      } catch (error) {
        result.problems.push(`map visible: ${(error as Error).message.split('\n')[0]}`);
        await context.close();
        break;
      }
      result.foreignRequests.push(...foreignRequests);
      await context.close();
    }
    if (visible.length > 0) result.mapVisibleMs = summarise(visible);
    if (allOutlines.length > 0) result.allOutlinesMs = summarise(allOutlines);
    if (cpu.length > 0) result.mainThreadCpuMs = summarise(cpu);
    if (fetched.length > 0) result.dataFetchedMs = summarise(fetched);
    log(`app ${options.dataset}: map visible ${result.mapVisibleMs?.median.toFixed(0) ?? '—'} ms (median of ${visible.length})`);

    if (result.mapVisibleMs !== null) {
      const { context, foreignRequests } = await browser.newContext();
      const page = await context.newPage();
      watchErrors(page, result.consoleErrors);
      await openAndWaitForMap(page, server.url);
      const quiet = await page.evaluate<{ quietAt: number; timedOut: boolean }>(WAIT_FOR_QUIET);
      if (quiet.timedOut) result.problems.push('the page never went quiet within 60 s of the map appearing; year steps measured anyway');
      else result.quietAfterLoadMs = quiet.quietAt;
      const steps = await measureYearSteps(page, options.yearSteps);
      if (typeof steps === 'string') result.problems.push(`year step: ${steps}`);
      else result.yearStep = steps;
      log(`app ${options.dataset}: year step median ${result.yearStep?.median.toFixed(1) ?? '—'} ms, worst ${result.yearStep?.worst.toFixed(1) ?? '—'} ms`);
      if (options.soakSeconds > 0) {
        log(`app ${options.dataset}: playing the slider for ${options.soakSeconds} s…`);
        const soaked = await soak(page, context, options.soakSeconds, log);
        if (typeof soaked === 'string') result.problems.push(`soak: ${soaked}`);
        else result.soak = soaked;
      }
      result.foreignRequests.push(...foreignRequests);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
