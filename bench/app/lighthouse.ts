/**
 * Lighthouse 12, as users and reviewers run it, on a built copy of the app served on 127.0.0.1:
 * the desktop preset and the default (mobile, throttled) one, several runs each, medians with
 * min–max. Lighthouse simulates throttling from a trace, so its scores move with the machine's
 * load: the bench reports them beside the load average and gates only on what holds when quiet.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromiumLaunch';
import { summarise, type Summary } from '../lib/stats';
import { serveDist } from './serve';

export const LIGHTHOUSE_PRESETS = ['desktop', 'mobile'] as const;
export type LighthousePreset = (typeof LIGHTHOUSE_PRESETS)[number];

export interface LighthouseFigures {
  preset: LighthousePreset;
  performance: Summary;
  accessibility: Summary;
  bestPractices: Summary;
  cls: Summary;
  fcpMs: Summary;
  lcpMs: Summary;
  tbtMs: Summary;
  /** Layout shifts of the median-CLS run, with the element that moved, to say where a shift comes from. */
  shiftSources: string[];
}

export interface RunFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  cls: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  shiftSources: string[];
}

export type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

export function figuresOf(lhr: Lhr): RunFigures {
  const score = (id: string) => lhr.categories[id]?.score ?? Number.NaN;
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const shifts = lhr.audits['layout-shifts']?.details as { items?: { node?: { selector?: string; nodeLabel?: string }; score?: number }[] } | undefined;
  const shiftSources = (shifts?.items ?? []).map((item) => `${item.node?.selector ?? item.node?.nodeLabel ?? 'unknown element'} (${item.score?.toFixed(3) ?? '?'})`);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    shiftSources,
  };
}

/** One Lighthouse run of `preset` on `url`, on a fresh Chromium (an empty cache, as a first visit). */
export async function lighthouseOnce(url: string, preset: LighthousePreset): Promise<Lhr> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (result === undefined) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** The figures of several runs of one preset: medians with min–max, and the shifts of the median-CLS run. */
export function summariseRuns(preset: LighthousePreset, perRun: RunFigures[]): LighthouseFigures {
  const of = (pick: (r: RunFigures) => number) => summarise(perRun.map(pick));
  const byCls = [...perRun].sort((a, b) => a.cls - b.cls);
  return {
    preset,
    performance: of((r) => r.performance),
    accessibility: of((r) => r.accessibility),
    bestPractices: of((r) => r.bestPractices),
    cls: of((r) => r.cls),
    fcpMs: of((r) => r.fcpMs),
    lcpMs: of((r) => r.lcpMs),
    tbtMs: of((r) => r.tbtMs),
    shiftSources: byCls[Math.floor(byCls.length / 2)]?.shiftSources ?? [],
  };
}

/** Runs each preset `runs` times on a fresh Chromium each time (an empty cache, as a first visit). */
export async function benchLighthouse(dist: string, runs: number, log: (line: string) => void): Promise<LighthouseFigures[]> {
  const server = await serveDist(dist);
  const results: LighthouseFigures[] = [];
  try {
    for (const preset of LIGHTHOUSE_PRESETS) {
      const perRun: RunFigures[] = [];
      for (let run = 0; run < runs; run += 1) perRun.push(figuresOf(await lighthouseOnce(server.url, preset)));
      const figures = summariseRuns(preset, perRun);
      log(`lighthouse ${preset}: performance ${figures.performance.median.toFixed(2)}, CLS ${figures.cls.median.toFixed(3)}, LCP ${figures.lcpMs.median.toFixed(0)} ms, TBT ${figures.tbtMs.median.toFixed(0)} ms`);
      results.push(figures);
    }
  } finally {
    await server.close();
  }
  return results;
}
