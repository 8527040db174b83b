/**
 * The goals the issues set. A budget that is exceeded, or that could not be measured, makes
 * `npm run bench` exit non-zero, so the bench can gate a release.
 */
export type BenchPart = 'pipeline' | 'app' | 'network';

export interface BudgetCheck {
  part: BenchPart;
  name: string;
  goal: string;
  measured: string;
  /** null: could not be measured. */
  pass: boolean | null;
  /** Shown beside its goal but does not fail the run (a figure the issues do not gate on). */
  advisory?: boolean;
}

export const GOALS = {
  pipelineMbPerS: 5,
  pipelineRssMb: 1024,
  /** Peak RSS of the whole run, worker threads included, at 100,000 articles (issue 14). */
  pipelineRssMbAt100k: 1536,
  /** Wall-time speed-up of --jobs 2 over --jobs 1 on 2 cores (issue 14). */
  jobsSpeedUp: 1.7,
  /** The core at 10,000 articles, gzip (issue 14). */
  coreGzipMbAt10k: 3,
  /** Slope of log(CPU time) on log(articles) from 1,000 to the largest size: 1 is linear; a little slack for noise. */
  pipelineGrowthExponent: 1.15,
  /** 150 KB as scripts/budget/cli.ts counts it (KiB). */
  firstLoadGzipBytes: 150 * 1024,
  /** Seeds data, a quiet machine (issue 14; 500 before the preloads). */
  mapVisibleMs: 300,
  /** The 10,000-article data (issue 14's goal for the core it will load); advisory. */
  largeMapVisibleMs: 1000,
  /** Year step at 10,000 articles: median, and no step over the worst (issue 14); advisory. */
  largeYearStepMs: 16,
  largeYearStepWorstMs: 50,
  /** Heap after playback and DOM nodes at 10,000 articles (issue 14); advisory. */
  largeHeapMb: 150,
  largeDomNodes: 6000,
  /** Map visible ÷ a bare Vite + React page's first contentful paint, measured in the same run. */
  mapVisibleRatioToBare: 1.6,
  networkFps: 30,
  networkSettleMs: 3000,
  lighthouseDesktopPerformance: 0.98,
  lighthouseMobilePerformance: 0.95,
  lighthouseCls: 0.02,
} as const;

export function check(
  part: BenchPart,
  name: string,
  goal: string,
  value: number | null | undefined,
  ok: (v: number) => boolean,
  show: (v: number) => string,
  advisory = false,
): BudgetCheck {
  const base = advisory ? { part, name, goal, advisory } : { part, name, goal };
  if (value === null || value === undefined || !Number.isFinite(value)) return { ...base, measured: 'not measured', pass: null };
  return { ...base, measured: show(value), pass: ok(value) };
}

/** Exceeded or unmeasured budgets that gate the run, among the parts that ran. */
export const failures = (checks: readonly BudgetCheck[], ran: ReadonlySet<BenchPart> = new Set(['pipeline', 'app', 'network'])): BudgetCheck[] =>
  checks.filter((c) => ran.has(c.part) && c.advisory !== true && c.pass !== true);
