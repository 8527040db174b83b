/**
 * Worker threads against one thread, measured in the same bench run: `--jobs 1` and `--jobs 2`
 * (or more) on the same corpus, alternating A, B, A, B… so that a change in the machine's load
 * falls on both alike. The speed-up is the median of the pairs' ratios (A's wall time ÷ B's), with
 * their min–max; the 1-minute load average at the start and end of the comparison says how busy
 * the machine was, since other work on a 2-core machine takes from the second worker first.
 */
import { currentLoad } from '../lib/machine';
import type { ProcessCost } from '../lib/measureProcess';
import { summarise, type Summary } from '../lib/stats';
import { measureCeiling, type CeilingMeasurement } from './ceiling';
import { runPipeline } from './runners';

export interface JobsSide {
  jobs: number;
  wallMs: Summary;
  cpuS: Summary | null;
  peakRssMb: Summary | null;
}

export interface JobsComparison {
  articles: number;
  pairs: number;
  one: JobsSide;
  many: JobsSide;
  /** One thread's wall time ÷ the workers', pair by pair. */
  speedUp: Summary;
  /** Two independent `--jobs 1` runs at once against one alone, on this machine in this run (ceiling.ts); absent in older results. */
  ceiling?: CeilingMeasurement;
  load: { start: number; end: number };
}

function side(jobs: number, costs: readonly ProcessCost[]): JobsSide {
  const cpu = costs.filter((c) => c.userS !== null).map((c) => (c.userS ?? 0) + (c.systemS ?? 0));
  const rss = costs.map((c) => c.peakRssMb).filter((v): v is number => v !== null);
  return { jobs, wallMs: summarise(costs.map((c) => c.wallMs)), cpuS: cpu.length > 0 ? summarise(cpu) : null, peakRssMb: rss.length > 0 ? summarise(rss) : null };
}

export async function compareJobs(articlesDir: string, articles: number, outDir: string, options: { jobs: number; pairs: number }): Promise<JobsComparison> {
  const start = currentLoad();
  const one: ProcessCost[] = [];
  const many: ProcessCost[] = [];
  for (let pair = 0; pair < options.pairs; pair += 1) {
    // B first on odd pairs: neither side always runs on a cache the other warmed.
    const order = pair % 2 === 0 ? [1, options.jobs] : [options.jobs, 1];
    for (const jobs of order) (jobs === 1 ? one : many).push(await runPipeline(articlesDir, outDir, { jobs }));
  }
  // Fewer pairs than the comparison: each costs about three runs' time.
  const ceiling = await measureCeiling(articlesDir, outDir, Math.min(3, options.pairs));
  return {
    articles,
    pairs: options.pairs,
    one: side(1, one),
    many: side(options.jobs, many),
    speedUp: summarise(one.map((a, i) => a.wallMs / (many[i]?.wallMs ?? Number.NaN))),
    ceiling,
    load: { start, end: currentLoad() },
  };
}
