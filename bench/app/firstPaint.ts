/**
 * First paint side by side, in one run: a bare Vite + React page (bench/bare) and one or more
 * builds of the app, each served by `vite preview` on 127.0.0.1 and loaded in a fresh browser
 * context (empty cache) at 1440×900, taking turns round after round so that the machine's load
 * falls on all of them alike. The app's map-visible time is then reported as a ratio to the bare
 * page's first contentful paint: a ratio holds on a busy machine, where an absolute time does not.
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { summarise, type Summary } from '../lib/stats';
import { launchBrowser, type BenchBrowser } from './chromium';
import { openAndWaitForMap, threadTimeMs } from './benchApp';
import { serveDist } from './serve';

export interface FirstPaintTarget {
  /** "bare", "app", "app, outlines projected at build time"… */
  label: string;
  dist: string;
  /** The bare page has no map: only its first contentful paint is measured. */
  kind: 'bare' | 'app';
}

export interface FirstPaintFigures {
  label: string;
  kind: FirstPaintTarget['kind'];
  fcpMs: Summary | null;
  /** App only: navigation → the frame after the first country outline. */
  mapVisibleMs: Summary | null;
  mainThreadCpuMs: Summary | null;
  /** App only: map visible ÷ the bare page's first contentful paint, medians of this run. */
  ratioToBare: number | null;
  problems: string[];
}

const FCP_TIMEOUT_MS = 30_000;
const READ_FCP = `(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null)()`;

export const BARE_PAGE_DIR = join(import.meta.dirname, '../bare');

/** Builds the bare page into `outDir` with bench/bare/vite.config.ts. */
export async function buildBarePage(outDir: string): Promise<void> {
  await build({ configFile: join(BARE_PAGE_DIR, 'vite.config.ts'), build: { outDir: resolve(outDir), emptyOutDir: true }, logLevel: 'warn' });
}

async function firstContentfulPaint(browser: BenchBrowser, url: string): Promise<{ fcp: number; cpu: number | null }> {
  const { context } = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'commit' });
    const deadline = Date.now() + FCP_TIMEOUT_MS;
    for (;;) {
      const fcp = await page.evaluate<number | null>(READ_FCP);
      if (typeof fcp === 'number') {
        return { fcp, cpu: (await threadTimeMs(cdp)) ?? null };
      }
      if (Date.now() > deadline) throw new Error(`no first contentful paint within ${FCP_TIMEOUT_MS / 1000} s`);
      await page.waitForTimeout(20);
    }
  } finally {
    await context.close();
  }
}

async function mapVisible(browser: BenchBrowser, url: string): Promise<{ fcp: number | null; visible: number; cpu: number | null }> {
  const { context } = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const probe = await openAndWaitForMap(page, url);
    const thread = await threadTimeMs(cdp);
    const fcp = await page.evaluate<number | null>(READ_FCP);
    if (typeof probe.mapVisibleAt !== 'number') throw new Error('the map never became visible');
    return { fcp, visible: probe.mapVisibleAt, cpu: thread ?? null };
  } finally {
    await context.close();
  }
}

export async function benchFirstPaint(targets: readonly FirstPaintTarget[], rounds: number, log: (line: string) => void): Promise<FirstPaintFigures[]> {
  const servers = await Promise.all(targets.map((t) => serveDist(t.dist)));
  const origins = servers.map((s) => new URL(s.url).origin);
  // One browser per target, so each only ever talks to its own origin (off-origin requests are refused).
  const browsers = await Promise.all(origins.map((origin) => launchBrowser(origin)));
  const samples = targets.map(() => ({ fcp: [] as number[], visible: [] as number[], cpu: [] as number[], problems: [] as string[] }));
  try {
    for (let round = 0; round < rounds; round += 1) {
      // Rotate who goes first, so no build always meets a freshly started (or tired) machine.
      for (let k = 0; k < targets.length; k += 1) {
        const i = (round + k) % targets.length;
        const target = targets[i];
        const browser = browsers[i];
        const server = servers[i];
        const sample = samples[i];
        if (target === undefined || browser === undefined || server === undefined || sample === undefined) continue;
        try {
          if (target.kind === 'bare') {
            const { fcp, cpu } = await firstContentfulPaint(browser, server.url);
            sample.fcp.push(fcp);
            if (cpu !== null) sample.cpu.push(cpu);
          } else {
            const { fcp, visible, cpu } = await mapVisible(browser, server.url);
            if (fcp !== null) sample.fcp.push(fcp);
            sample.visible.push(visible);
            if (cpu !== null) sample.cpu.push(cpu);
          }
        } catch (error) {
          sample.problems.push(`round ${round + 1}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
    await Promise.all(servers.map((s) => s.close()));
  }
  const bareIndex = targets.findIndex((t) => t.kind === 'bare');
  const bareFcp = bareIndex >= 0 && (samples[bareIndex]?.fcp.length ?? 0) > 0 ? summarise(samples[bareIndex]?.fcp ?? []) : null;
  return targets.map((target, i) => {
    const s = samples[i] ?? { fcp: [], visible: [], cpu: [], problems: [] };
    const visible = s.visible.length > 0 ? summarise(s.visible) : null;
    const figures: FirstPaintFigures = {
      label: target.label,
      kind: target.kind,
      fcpMs: s.fcp.length > 0 ? summarise(s.fcp) : null,
      mapVisibleMs: visible,
      mainThreadCpuMs: s.cpu.length > 0 ? summarise(s.cpu) : null,
      ratioToBare: visible !== null && bareFcp !== null ? visible.median / bareFcp.median : null,
      problems: s.problems,
    };
    log(
      `first paint, ${target.label}: ${target.kind === 'bare' ? `FCP ${figures.fcpMs?.median.toFixed(0) ?? '—'} ms` : `map visible ${visible?.median.toFixed(0) ?? '—'} ms (${figures.ratioToBare?.toFixed(2) ?? '—'}× the bare page's FCP)`}`,
    );
    return figures;
  });
}
