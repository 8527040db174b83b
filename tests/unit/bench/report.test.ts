import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLoadJs } from '../../../bench/app/firstLoad';
import { readNetworkFigures } from '../../../bench/networkBench';
import { failures } from '../../../bench/report/budgets';
import { devsetSection, renderMarkdown } from '../../../bench/report/markdown';
import { evaluateBudgets, type BenchResults } from '../../../bench/report/results';

const spread = (median: number) => ({ median, min: median, max: median, runs: 3 });

interface Overrides {
  cpuMbPerS?: number;
  rssMb?: number;
  mapMs?: number;
  fps?: number;
  cls?: number;
  performance?: number;
  speedUp?: number;
  ratio?: number;
  sizes?: number[];
}

function fakeResults(overrides: Overrides): Omit<BenchResults, 'budgets'> {
  const tool = {
    wallMs: spread(1000),
    mbPerS: spread(4),
    netMbPerS: 5,
    cpuMbPerS: spread(overrides.cpuMbPerS ?? 6),
    articlesPerS: 100,
    peakRssMb: spread(overrides.rssMb ?? 500),
    cpuS: spread(1),
    cpuMsPerArticle: 0.5,
    ownS: spread(0.8),
  };
  const jobsSide = (jobs: number, wall: number) => ({ jobs, wallMs: spread(wall), cpuS: spread(20), peakRssMb: spread(400) });
  const score = { truePositives: 1, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1, f1: 1, countryAccuracy: 1 };
  const app = (dataset: string, mapMs: number) => ({
    dataset,
    dataMb: 1,
    mapVisibleMs: spread(mapMs),
    allOutlinesMs: spread(mapMs + 5),
    mainThreadCpuMs: spread(mapMs / 2),
    dataFetchedMs: spread(50),
    quietAfterLoadMs: mapMs + 100,
    shapes: 177,
    yearStep: { steps: [10, 20], median: 15, worst: 20, fromYear: '1996', toYear: '1998' },
    soak: null,
    problems: [],
    consoleErrors: [],
    foreignRequests: [],
  });
  return {
    machine: { cpu: 'test', cores: 2, ramGiB: 8, os: 'linux', node: 'v20', chromium: 'Chromium', date: '2026-01-01', loadAverage: { start: 0.1, end: 0.2 } },
    command: 'npm run bench',
    soakSeconds: 30,
    lexiconSource: 'data/reference/themes.json',
    pipeline: {
      rssMethod: 'time -v',
      startup: { pipelineMs: spread(500), baselineMs: spread(900), pipelineCpuS: spread(0.4) },
      sizes: (overrides.sizes ?? [1000, 10000]).map((articles) => ({
        articles,
        bodyMb: articles / 400,
        output: { coreMb: articles / 1000, coreGzipMb: articles / 5000, evidenceMb: articles / 300, shards: articles / 20 },
        pipeline: tool,
        baseline: null,
        synthetic: { pipeline: score, baseline: null },
      })),
      growth: { timeExponent: 1, timeExponentFrom1k: 1.02, cpuExponent: 1, cpuExponentFrom1k: 1.01, rssAboveStartupMb: [], rssExponentFrom1k: 1 },
      seeds: {
        bodyMb: 0.01,
        pipeline: tool,
        baseline: { ...tool, timeRatio: 2 },
        key: 'data/eval/seeds-answer-key.json',
        pipelineScore: score,
        baselineScore: { ...score, f1: 0.25 },
        f1Ratio: 4,
        summaryLine: 'preprocess: 2 articles',
      },
      jobs: { articles: 10000, pairs: 3, one: jobsSide(1, 30000), many: jobsSide(2, 30000 / (overrides.speedUp ?? 1.8)), speedUp: spread(overrides.speedUp ?? 1.8), load: { start: 1.5, end: 1.7 } },
      largestComposition: [{ field: 'experts', items: 10, mb: 2 }],
      appData: [],
      notes: [],
    },
    pipelineProblem: null,
    firstLoad: { files: [], bytes: 300_000, gzipBytes: 100_000 },
    app: [app('seeds', overrides.mapMs ?? 300), app('10,000', 5000)],
    appProblem: null,
    lighthouse: (['desktop', 'mobile'] as const).map((preset) => ({
      preset,
      performance: spread(overrides.performance ?? 0.99),
      accessibility: spread(1),
      bestPractices: spread(1),
      cls: spread(overrides.cls ?? 0.001),
      fcpMs: spread(400),
      lcpMs: spread(600),
      tbtMs: spread(10),
      shiftSources: [],
    })),
    firstPaint: [
      { label: 'bare Vite + React page', kind: 'bare', fcpMs: spread(120), mapVisibleMs: null, mainThreadCpuMs: spread(40), ratioToBare: null, problems: [] },
      { label: 'app, seeds data', kind: 'app', fcpMs: spread(150), mapVisibleMs: spread(180), mainThreadCpuMs: spread(120), ratioToBare: overrides.ratio ?? 1.5, problems: [] },
    ],
    network: {
      entry: '/x/bench/network/run.ts',
      raw: null,
      problem: null,
      figures: [{ nodes: 4999, links: 20000, fps: spread(overrides.fps ?? 50), settleMs: spread(1500), firstPaintMs: null, worstFrameMs: null, hoverFps: null }],
    },
  };
}

describe('budgets', () => {
  it('passes when every gating figure is within its goal (the 10,000-article map time is advisory)', () => {
    const budgets = evaluateBudgets(fakeResults({}));
    expect(failures(budgets)).toEqual([]);
    expect(budgets.find((b) => b.name.startsWith('map visible, 10,000'))).toMatchObject({ pass: false, advisory: true });
  });

  it('shows the 10,000-article year step against its goals, advisory, and the soak’s heap and DOM only when the soak ran', () => {
    const budgets = evaluateBudgets(fakeResults({}));
    // The fake year step: median 15 ms (goal ≤ 16), worst 20 ms (goal ≤ 50).
    expect(budgets.find((b) => b.name.startsWith('year step, 10,000'))).toMatchObject({ measured: '15.0 ms', pass: true, advisory: true });
    expect(budgets.find((b) => b.name.startsWith('slowest year step, 10,000'))).toMatchObject({ measured: '20.0 ms', pass: true, advisory: true });
    expect(budgets.find((b) => b.name.startsWith('heap after playback, 10,000'))).toMatchObject({ pass: null, advisory: true });
    expect(budgets.find((b) => b.name.startsWith('DOM nodes, 10,000'))).toMatchObject({ pass: null, advisory: true });
  });

  it('names each exceeded budget', () => {
    const failed = failures(evaluateBudgets(fakeResults({ cpuMbPerS: 1.2, rssMb: 1300, mapMs: 900, fps: 20, ratio: 2.1 })));
    expect(failed.map((f) => f.name)).toEqual([
      expect.stringMatching(/^pipeline throughput/),
      expect.stringMatching(/^pipeline peak RSS/),
      'map visible, seeds data',
      expect.stringMatching(/^map visible, seeds data, ÷ a bare Vite \+ React page/),
      'network pan/zoom at 5,000 nodes',
    ]);
  });

  it('gates on the worker threads’ speed-up, and on peak RSS at 100,000 articles only when that size ran', () => {
    const slow = evaluateBudgets(fakeResults({ speedUp: 1.3 }));
    expect(failures(slow).map((f) => f.name)).toEqual([expect.stringMatching(/^pipeline speed-up, --jobs 2 over --jobs 1 \(10,000 articles, median of alternating pairs; load 1.5 → 1.7\)$/)]);
    expect(slow.find((b) => b.name.startsWith('pipeline peak RSS at 100,000'))).toMatchObject({ pass: null, advisory: true });
    const large = evaluateBudgets(fakeResults({ sizes: [1000, 10000, 100000], rssMb: 1600 }));
    expect(failures(large).map((f) => f.name)).toEqual(['pipeline peak RSS at 10,000 articles', 'pipeline peak RSS at 100,000 articles, worker threads included']);
    expect(large.find((b) => b.name.startsWith('pipeline CPU time growth'))?.name).toMatch(/1,000 → 100,000 articles/);
  });

  it('gates on Lighthouse CLS, and shows its performance score against the goal without gating (it moves with the load)', () => {
    const budgets = evaluateBudgets(fakeResults({ cls: 0.2, performance: 0.7 }));
    expect(failures(budgets).map((f) => f.name)).toEqual(['Lighthouse CLS, desktop preset, seeds', 'Lighthouse CLS, mobile preset, seeds']);
    expect(budgets.find((b) => b.name === 'Lighthouse performance, mobile preset, seeds')).toMatchObject({ pass: false, advisory: true, measured: '0.70' });
  });

  it('counts an unmeasured budget as a failure, but only for the parts that ran', () => {
    const results = { ...fakeResults({}), network: null };
    const budgets = evaluateBudgets(results);
    expect(failures(budgets).map((f) => f.part)).toEqual(['network', 'network']);
    expect(failures(budgets, new Set(['pipeline', 'app']))).toEqual([]);
  });

  it('writes the figures, goals and verdicts into BENCHMARKS.md', () => {
    const partial = fakeResults({ cpuMbPerS: 1.2 });
    const markdown = renderMarkdown({ ...partial, budgets: evaluateBudgets(partial) });
    expect(markdown).toMatch(/^# Benchmarks/);
    expect(markdown).toContain('| CPU | test (2 cores) |');
    expect(markdown).toMatch(/pipeline throughput at 10,000 articles.*\| ≥ 5 MB\/s \| 1\.20 MB\/s \| \*\*FAIL\*\* \|/);
    expect(markdown).toContain('Expert F1 ratio (pipeline ÷ baseline): 4.0×');
    expect(markdown).toContain('| 4,999 | 20,000 | 50.0 (50.0–50.0, 3 runs)');
    expect(markdown).toContain('| mobile (throttled) | 0.99 (0.99–0.99, 3 runs) | 0.001 (0.001–0.001, 3 runs) |');
    expect(markdown).toContain('| app, seeds data | 150 (150–150, 3 runs) | 180 (180–180, 3 runs) | 120 (120–120, 3 runs) | **1.50×** |');
    expect(markdown).toContain('| --jobs 2 | 16.67 (16.67–16.67, 3 runs) |');
    expect(markdown).toMatch(/Speed-up .*: \*\*1\.80×\*\* \(1\.80–1\.80, 3 pairs\)/);
    expect(markdown).toContain('`npm run bench -- --largest 100000`');
    expect(markdown).not.toContain('## Development set');
  });

  it('adds the development set’s table when the bench had one', () => {
    const detection = { expected: 2, found: 2, correct: 1, precision: 0.5, recall: 0.5, f1: 0.5 };
    const accuracy = { compared: 1, right: 1, accuracy: 1, wrong: [] };
    const devset = {
      corpus: '../shared/devset/articles',
      key: '../shared/devset/answers.json',
      articles: 2,
      pipelineCpuMs: 40,
      report: { articles: 2, experts: detection, baseline: detection, country: accuracy, role: accuracy, candidates: null, missed: [{ articleId: '01-a', name: 'A B', forms: ['subject-verb'] }], extra: [] },
    };
    const partial = { ...fakeResults({}), devset };
    const markdown = renderMarkdown({ ...partial, budgets: evaluateBudgets(partial) });
    expect(markdown).toContain(devsetSection(devset));
    expect(devsetSection(devset)).toMatch(/## Development set[\s\S]*\| experts and officials +\| +2 \| +2 \| +1 \| +0\.500[\s\S]*Missed, by form: subject-verb 1\./);
  });
});

describe('network benchmark output', () => {
  it("reads the network benchmark's JSON rows (summaries or plain numbers)", () => {
    const figures = readNetworkFigures({
      results: [
        { nodes: 1000, links: 4000, fps: spread(60), settleMs: spread(400), hoverFps: spread(55) },
        { nodes: 5000, links: 20000, fps: 41.5, settleMs: 2100 },
        { note: 'not a row' },
      ],
    });
    expect(figures).toHaveLength(2);
    expect(figures[0]?.hoverFps?.median).toBe(55);
    expect(figures[1]).toMatchObject({ nodes: 5000, fps: { median: 41.5, runs: 1 }, settleMs: { median: 2100 } });
  });
});

describe('first-load JS', () => {
  it('counts the module scripts and modulepreloads of index.html, not lazy chunks', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    mkdirSync(join(dist, 'assets'));
    const entry = 'console.log("entry");'.repeat(50);
    const vendor = 'export const v = 1;'.repeat(50);
    writeFileSync(join(dist, 'assets/index.js'), entry);
    writeFileSync(join(dist, 'assets/vendor.js'), vendor);
    writeFileSync(join(dist, 'assets/lazy.js'), 'export const lazy = 1;'.repeat(500));
    writeFileSync(
      join(dist, 'index.html'),
      '<script type="module" crossorigin src="./assets/index.js"></script><link rel="modulepreload" crossorigin href="./assets/vendor.js">',
    );
    const result = firstLoadJs(dist);
    expect(result.files.map((f) => f.file)).toEqual(['assets/index.js', 'assets/vendor.js']);
    expect(result.bytes).toBe(entry.length + vendor.length);
    expect(result.gzipBytes).toBeGreaterThan(0);
    expect(result.gzipBytes).toBeLessThan(result.bytes);
  });
});
