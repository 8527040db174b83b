import type { AppDatasetResult } from '../app/benchApp';
import type { FirstLoadJs } from '../app/firstLoad';
import type { FirstPaintFigures } from '../app/firstPaint';
import type { LighthouseFigures } from '../app/lighthouse';
import type { OwnArticlesResults } from '../app/benchOwnArticles';
import type { Machine } from '../lib/machine';
import type { CorpusEvaluation } from '../../scripts/eval/evaluateCorpus';
import type { NetworkResults } from '../networkBench';
import type { PipelineResults } from '../pipeline/benchPipeline';
import { GOALS, check, type BudgetCheck } from './budgets';

/** Everything one `npm run bench` measured; written as bench/out/results.json. */
export interface BenchResults {
  machine: Machine;
  command: string;
  soakSeconds: number;
  lexiconSource: string;
  pipeline: PipelineResults | null;
  pipelineProblem: string | null;
  firstLoad: FirstLoadJs | null;
  app: AppDatasetResult[];
  appProblem: string | null;
  /** Lighthouse on the seeds build, desktop and mobile presets; null when the app part did not run. */
  lighthouse: LighthouseFigures[] | null;
  /** "Add articles" in the built app: 10 and 100 added articles, and the worker's size; null when not run. */
  ownArticles?: OwnArticlesResults | null;
  /** A bare Vite + React page and the app's builds, loaded in turns in one run (bench/app/firstPaint.ts). */
  firstPaint: FirstPaintFigures[] | null;
  network: NetworkResults | null;
  /** The hand-keyed development set (../shared/devset), when the machine has it; never needed by `npm test`. */
  devset?: CorpusEvaluation | null;
  budgets: BudgetCheck[];
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

export function evaluateBudgets(results: Omit<BenchResults, 'budgets'>): BudgetCheck[] {
  const sizes = results.pipeline?.sizes ?? [];
  const at = (articles: number) => sizes.find((s) => s.articles === articles);
  const largest = sizes[sizes.length - 1];
  const seedsApp = results.app.find((a) => a.dataset === 'seeds');
  const largeApp = results.app.find((a) => a.dataset !== 'seeds');
  const app100k = results.app.find((a) => a.dataset === '100,000');
  const jobs = results.pipeline?.jobs;
  // The network bench asks for 5,000 nodes; its graph may hold a node or two fewer after de-duplication.
  const network5000 = results.network?.figures.find((f) => Math.abs(f.nodes - 5000) <= 50);
  const mb = (v: number) => `${v.toFixed(0)} MB`;
  return [
    check(
      'pipeline',
      'pipeline throughput at 10,000 articles (MB of body text per CPU-second, all threads)',
      `≥ ${GOALS.pipelineMbPerS} MB/s`,
      at(10000)?.pipeline.cpuMbPerS?.median,
      (v) => v >= GOALS.pipelineMbPerS,
      (v) => `${v.toFixed(2)} MB/s`,
    ),
    check('pipeline', 'pipeline peak RSS at 10,000 articles', `< ${GOALS.pipelineRssMb} MB`, at(10000)?.pipeline.peakRssMb?.median, (v) => v < GOALS.pipelineRssMb, mb),
    // Measured only with --largest 100000 (many minutes here); unmeasured, it does not hold the run back.
    check('pipeline', 'pipeline peak RSS at 100,000 articles, worker threads included', `< ${GOALS.pipelineRssMbAt100k} MB`, at(100000)?.pipeline.peakRssMb?.median, (v) => v < GOALS.pipelineRssMbAt100k, mb, at(100000) === undefined),
    check(
      'pipeline',
      `pipeline CPU time growth, 1,000 → ${(largest?.articles ?? 10000).toLocaleString('en-GB')} articles (log–log slope net of start-up, 1 = linear)`,
      `≤ ${GOALS.pipelineGrowthExponent}`,
      results.pipeline?.growth.cpuExponentFrom1k,
      (v) => v <= GOALS.pipelineGrowthExponent,
      (v) => v.toFixed(2),
    ),
    check(
      'pipeline',
      `pipeline speed-up, --jobs ${jobs?.many.jobs ?? 2} over --jobs 1 (${(jobs?.articles ?? 10000).toLocaleString('en-GB')} articles, median of alternating pairs; load ${jobs?.load.start ?? '?'} → ${jobs?.load.end ?? '?'})`,
      `≥ ${GOALS.jobsSpeedUp}×`,
      jobs?.speedUp.median,
      (v) => v >= GOALS.jobsSpeedUp,
      (v) => `${v.toFixed(2)}×`,
    ),
    check('pipeline', 'core at 10,000 articles (gzip)', `≤ ${GOALS.coreGzipMbAt10k} MB`, at(10000)?.output.coreGzipMb, (v) => v <= GOALS.coreGzipMbAt10k, (v) => `${v.toFixed(2)} MB`),
    check('pipeline', 'core at 100,000 articles (gzip)', 'shown', at(100000)?.output.coreGzipMb, () => true, (v) => `${v.toFixed(1)} MB`, true),
    check(
      'app',
      'first-load JS (gzip)',
      `≤ ${GOALS.firstLoadGzipBytes / 1024} KB`,
      results.firstLoad?.gzipBytes,
      (v) => v <= GOALS.firstLoadGzipBytes,
      (v) => `${(v / 1024).toFixed(1)} KB`,
    ),
    check('app', 'map visible, seeds data', `≤ ${GOALS.mapVisibleMs} ms`, seedsApp?.mapVisibleMs?.median, (v) => v <= GOALS.mapVisibleMs, ms),
    check(
      'app',
      "map visible, seeds data, ÷ a bare Vite + React page's first contentful paint (same run)",
      `≤ ${GOALS.mapVisibleRatioToBare}×`,
      results.firstPaint?.find((f) => f.kind === 'app')?.ratioToBare,
      (v) => v <= GOALS.mapVisibleRatioToBare,
      (v) => `${v.toFixed(2)}×`,
    ),
    check(
      'app',
      `map visible, ${largeApp?.dataset ?? '10,000'}-article data`,
      `≤ ${GOALS.largeMapVisibleMs} ms`,
      largeApp?.mapVisibleMs?.median,
      (v) => v <= GOALS.largeMapVisibleMs,
      ms,
      true,
    ),
    check('app', `year step, ${largeApp?.dataset ?? '10,000'}-article data (median of 20)`, `≤ ${GOALS.largeYearStepMs} ms`, largeApp?.yearStep?.median, (v) => v <= GOALS.largeYearStepMs, (v) => `${v.toFixed(1)} ms`, true),
    check('app', `slowest year step, ${largeApp?.dataset ?? '10,000'}-article data`, `≤ ${GOALS.largeYearStepWorstMs} ms`, largeApp?.yearStep?.worst, (v) => v <= GOALS.largeYearStepWorstMs, (v) => `${v.toFixed(1)} ms`, true),
    check('app', `heap after playback, ${largeApp?.dataset ?? '10,000'}-article data`, `≤ ${GOALS.largeHeapMb} MB`, largeApp?.soak?.heapEndMb, (v) => v <= GOALS.largeHeapMb, (v) => `${v.toFixed(1)} MB`, true),
    check('app', `DOM nodes, ${largeApp?.dataset ?? '10,000'}-article data`, `≤ ${GOALS.largeDomNodes.toLocaleString('en-GB')}`, largeApp?.soak?.domNodesEnd, (v) => v <= GOALS.largeDomNodes, (v) => v.toLocaleString('en-GB'), true),
    check('app', 'map visible, 100,000-article data (with --largest 100000)', 'loads', app100k?.mapVisibleMs?.median, () => true, ms, true),
    ...lighthouseBudgets(results.lighthouse),
    check('network', 'network pan/zoom at 5,000 nodes', `≥ ${GOALS.networkFps} fps`, network5000?.fps?.median, (v) => v >= GOALS.networkFps, (v) => `${v.toFixed(1)} fps`),
    check('network', 'network layout settle at 5,000 nodes', `≤ ${GOALS.networkSettleMs / 1000} s`, network5000?.settleMs?.median, (v) => v <= GOALS.networkSettleMs, ms),
  ];
}

/**
 * Lighthouse's goals (issue 14). CLS, accessibility and best practices do not move with the
 * machine's load, so they gate; the performance score is simulated from a trace taken on this
 * shared machine and moves with its load, so it is shown against its goal without gating.
 */
function lighthouseBudgets(figures: readonly LighthouseFigures[] | null): BudgetCheck[] {
  const of = (preset: LighthouseFigures['preset']) => figures?.find((f) => f.preset === preset);
  const score = (v: number) => v.toFixed(2);
  return (['desktop', 'mobile'] as const).flatMap((preset) => {
    const f = of(preset);
    const goal = preset === 'desktop' ? GOALS.lighthouseDesktopPerformance : GOALS.lighthouseMobilePerformance;
    return [
      check('app', `Lighthouse performance, ${preset} preset, seeds`, `≥ ${goal}`, f?.performance.median, (v) => v >= goal, score, true),
      check('app', `Lighthouse CLS, ${preset} preset, seeds`, `≤ ${GOALS.lighthouseCls}`, f?.cls.median, (v) => v <= GOALS.lighthouseCls, (v) => v.toFixed(3)),
      check('app', `Lighthouse accessibility, ${preset} preset`, '= 1.00', f?.accessibility.min, (v) => v >= 1, score),
      check('app', `Lighthouse best practices, ${preset} preset`, '= 1.00', f?.bestPractices.min, (v) => v >= 1, score),
    ];
  });
}
