/**
 * What two cores give this workload with no coordination at all: one `--jobs 1` run alone against
 * two independent `--jobs 1` runs at once, each on its own copy of the corpus, alternating (alone,
 * both; both, alone; …). The throughput ratio, twice the work ÷ the pair's wall time against one
 * run's work ÷ its wall time, is the most `--jobs 2` could reach on this machine in the same bench
 * run: the two cores share memory bandwidth and cache, and V8's own threads (compiler, GC) already
 * take part of the second core in one run.
 */
import { cpSync, rmSync } from 'node:fs';
import type { ProcessCost } from '../lib/measureProcess';
import { summarise, type Summary } from '../lib/stats';
import { runPipeline } from './runners';

export interface CeilingMeasurement {
  /** Wall time of one `--jobs 1` run alone. */
  aloneMs: Summary;
  /** Wall time of two `--jobs 1` runs at once, until the later one ends. */
  bothMs: Summary;
  /** 2 × alone ÷ both, pair by pair: the throughput two cores give over one. */
  ratio: Summary;
}

export async function measureCeiling(articlesDir: string, outDir: string, pairs: number): Promise<CeilingMeasurement> {
  const copy = `${articlesDir}-copy`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(articlesDir, copy, { recursive: true });
  const alone: number[] = [];
  const both: number[] = [];
  try {
    const runAlone = async () => alone.push((await runPipeline(articlesDir, `${outDir}-a`, { jobs: 1 })).wallMs);
    const runBoth = async () => {
      const started = performance.now();
      const costs: ProcessCost[] = await Promise.all([runPipeline(articlesDir, `${outDir}-a`, { jobs: 1 }), runPipeline(copy, `${outDir}-b`, { jobs: 1 })]);
      both.push(Math.max(performance.now() - started, ...costs.map((c) => c.wallMs)));
    };
    for (let pair = 0; pair < pairs; pair += 1) {
      if (pair % 2 === 0) {
        await runAlone();
        await runBoth();
      } else {
        await runBoth();
        await runAlone();
      }
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
    rmSync(`${outDir}-b`, { recursive: true, force: true });
  }
  return { aloneMs: summarise(alone), bothMs: summarise(both), ratio: summarise(alone.map((a, i) => (2 * a) / (both[i] ?? Number.NaN))) };
}
