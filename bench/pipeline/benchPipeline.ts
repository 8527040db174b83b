import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { toMarkdown } from '../corpus/article';
import { generateCorpus, type AnswerKey } from '../corpus/generate';
import type { ThemePhrases } from '../corpus/lexicon';
import { currentLoad } from '../lib/machine';
import type { ProcessCost } from '../lib/measureProcess';
import { scoreDetection, type DetectionScore, type PersonInArticle } from '../lib/score';
import { growthExponent, summarise, type Summary } from '../lib/stats';
import { parseArticleText } from '../../scripts/preprocess/parseArticle';
import { coreComposition, dataFolderSize, type CoreField, type DataFolderSize } from './dataFolder';
import { compareJobs, type JobsComparison } from './jobs';
import { ROOT, baselinePairs, pipelinePairs, runBaseline, runPipeline, seedKeyPairs, warmPipelineBundle } from './runners';

export const SIZES = [100, 1000, 10000] as const;
/** The size the app benchmarks load beside the seeds (a larger --largest is measured too, and loaded as a third). */
export const APP_SIZE = 10000;
const MB = 1e6;

export interface ToolFigures {
  wallMs: Summary;
  /** MB of body text per second, end to end (start-up included), one figure per run. */
  mbPerS: Summary;
  /** Same, after subtracting the median start-up time (a 1-article run). */
  netMbPerS: number;
  /** MB of body text per CPU-second (user + system): robust when other work shares the machine. */
  cpuMbPerS: Summary | null;
  articlesPerS: number;
  peakRssMb: Summary | null;
  cpuS: Summary | null;
  /** CPU ms per article net of start-up: flat when the pipeline grows linearly. */
  cpuMsPerArticle: number | null;
  /** The time the tool reports for its own work (the pipeline's summary line "in X s": no Node or tsx start-up). */
  ownS: Summary | null;
}

export interface SizeResult {
  articles: number;
  bodyMb: number;
  /** The data folder the pipeline wrote: the core (what the app downloads and validates first) and the evidence shards. */
  output: DataFolderSize;
  pipeline: ToolFigures;
  baseline: (ToolFigures & { nlpMs: Summary; timeRatio: number; netTimeRatio: number }) | null;
  synthetic: { pipeline: DetectionScore; baseline: DetectionScore | null };
}

export interface SeedsResult {
  bodyMb: number;
  pipeline: ToolFigures;
  baseline: ToolFigures & { timeRatio: number };
  key: string | null;
  pipelineScore: DetectionScore | null;
  baselineScore: DetectionScore | null;
  f1Ratio: number | null;
  summaryLine: string;
}

export interface PipelineResults {
  rssMethod: string;
  startup: { pipelineMs: Summary; baselineMs: Summary; pipelineCpuS: Summary | null };
  sizes: SizeResult[];
  growth: {
    /** Wall time net of start-up, log–log slope against articles. */
    timeExponent: number;
    timeExponentFrom1k: number;
    /** CPU seconds net of start-up: steadier than wall time on a shared machine; this one gates. */
    cpuExponent: number;
    cpuExponentFrom1k: number;
    rssAboveStartupMb: { articles: number; mb: number }[];
    rssExponentFrom1k: number;
  };
  seeds: SeedsResult;
  /** One thread against worker threads, alternating, on the same corpus. */
  jobs: JobsComparison;
  /** What the largest core is made of: compact JSON MB per top-level field. */
  largestComposition: CoreField[];
  /** The data folders the app benchmarks load: the seeds, then the synthetic sizes from APP_SIZE up. */
  appData: { dataset: string; dir: string }[];
  notes: string[];
}

export interface PipelineOptions {
  outDir: string;
  lexicon: ThemePhrases[];
  /** Run the compromise baseline on the 10,000 corpus too (minutes at its speed). */
  baselineAtLargest: boolean;
  /** Sizes above 10,000 to add (100,000 takes many minutes on a busy 2-core machine); one run each, no baseline. */
  extraSizes: readonly number[];
  /** The one-thread / worker-threads comparison: pairs of runs, on the corpus of this many articles (one of the sizes). */
  jobPairs: number;
  jobsArticles: number;
  log: (line: string) => void;
}

const SEEDS_DIR = resolve(ROOT, 'data/articles');
const SEEDS_KEY = resolve(ROOT, 'data/eval/seeds-answer-key.json');

function writeCorpusDir(dir: string, articles: ReturnType<typeof generateCorpus>['articles']): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bodyBytes = 0;
  for (const article of articles) {
    writeFileSync(join(dir, article.fileName), toMarkdown(article));
    bodyBytes += Buffer.byteLength(article.body);
  }
  return bodyBytes;
}

function bodyBytesOf(dir: string): number {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .reduce((sum, n) => sum + Buffer.byteLength(parseArticleText(n, readFileSync(join(dir, n), 'utf8')).body), 0);
}

function figures(costs: ProcessCost[], bodyBytes: number, articles: number, startupMs: number, startupCpuS: number | null = null): ToolFigures {
  const wall = summarise(costs.map((c) => c.wallMs));
  const rss = costs.map((c) => c.peakRssMb).filter((v): v is number => v !== null);
  const cpu = costs.filter((c) => c.userS !== null).map((c) => (c.userS ?? 0) + (c.systemS ?? 0));
  const own = costs.map((c) => /\bin ([\d.]+) s\b/.exec(c.stdout)?.[1]).filter((v): v is string => v !== undefined).map(Number);
  const cpuSummary = cpu.length > 0 ? summarise(cpu) : null;
  return {
    wallMs: wall,
    mbPerS: summarise(costs.map((c) => bodyBytes / MB / (c.wallMs / 1000))),
    netMbPerS: bodyBytes / MB / (Math.max(wall.median - startupMs, 1) / 1000),
    cpuMbPerS: cpu.length > 0 ? summarise(cpu.map((s) => bodyBytes / MB / s)) : null,
    articlesPerS: articles / (wall.median / 1000),
    peakRssMb: rss.length > 0 ? summarise(rss) : null,
    cpuS: cpuSummary,
    cpuMsPerArticle: cpuSummary === null || startupCpuS === null ? null : (Math.max(cpuSummary.median - startupCpuS, 0) * 1000) / articles,
    ownS: own.length > 0 ? summarise(own) : null,
  };
}

async function repeat<T>(runs: number, once: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await once(run));
  return results;
}

const keyPairs = (key: AnswerKey, upTo: number): PersonInArticle[] =>
  key.articles.slice(0, upTo).flatMap((a) => a.experts.map((e) => ({ articleId: a.id, name: e.name, country: e.country })));

export async function benchPipeline(options: PipelineOptions): Promise<PipelineResults> {
  const { outDir, log } = options;
  const notes: string[] = [];
  mkdirSync(outDir, { recursive: true });

  const allSizes = [...SIZES, ...options.extraSizes.filter((size) => size > APP_SIZE)];
  const largest = allSizes[allSizes.length - 1] as number;
  log(`generating the synthetic corpora (seeded; the smaller ones are prefixes of the ${largest.toLocaleString('en-GB')})…`);
  const corpus = generateCorpus(largest, options.lexicon);
  writeFileSync(join(outDir, `corpus-${largest}.key.json`), JSON.stringify(corpus.key));
  const corpusDirs = new Map<number, { dir: string; bodyBytes: number }>();
  for (const size of [1, ...allSizes]) {
    const dir = join(outDir, `corpus-${size}`);
    corpusDirs.set(size, { dir, bodyBytes: writeCorpusDir(dir, corpus.articles.slice(0, size)) });
  }

  await warmPipelineBundle();
  log('start-up cost (a 1-article corpus), pipeline and baseline, 3 runs each…');
  const startupDir = corpusDirs.get(1)?.dir ?? '';
  const startupPipeline = await repeat(3, () => runPipeline(startupDir, join(outDir, 'out-1')));
  const startupBaseline = await repeat(3, async () => (await runBaseline(startupDir, join(outDir, 'baseline-1.json'))).cost);
  const startupCpu = startupPipeline.filter((c) => c.userS !== null).map((c) => (c.userS ?? 0) + (c.systemS ?? 0));
  const startup = {
    pipelineMs: summarise(startupPipeline.map((c) => c.wallMs)),
    baselineMs: summarise(startupBaseline.map((c) => c.wallMs)),
    pipelineCpuS: startupCpu.length > 0 ? summarise(startupCpu) : null,
  };
  const rssMethod = startupPipeline[0]?.rssMethod ?? 'none';

  const sizes: SizeResult[] = [];
  for (const size of allSizes) {
    const { dir, bodyBytes } = corpusDirs.get(size) ?? { dir: '', bodyBytes: 0 };
    const outFile = join(outDir, `out-${size}`);
    const first = await runPipeline(dir, outFile);
    // ≥ 3 runs, or 5 for the small corpus where noise is largest; a single run if one takes over a minute or the size is an extra.
    const extraRuns = size <= 100 ? 4 : first.wallMs > 60_000 || size > APP_SIZE ? 0 : 2;
    if (extraRuns === 0) notes.push(`The ${size.toLocaleString('en-GB')}-article pipeline run took ${(first.wallMs / 1000).toFixed(0)} s, so it ran once.`);
    const costs = [first, ...(await repeat(extraRuns, () => runPipeline(dir, outFile)))];
    const pipeline = figures(costs, bodyBytes, size, startup.pipelineMs.median, startup.pipelineCpuS?.median ?? null);
    log(`pipeline ${size}: ${(pipeline.wallMs.median / 1000).toFixed(2)} s, ${pipeline.mbPerS.median.toFixed(2)} MB/s (${pipeline.cpuMbPerS?.median.toFixed(2) ?? '?'} per CPU-s), peak RSS ${pipeline.peakRssMb?.median.toFixed(0) ?? '?'} MB`);
    const truth = keyPairs(corpus.key, size);
    const pipelineScore = scoreDetection(pipelinePairs(outFile), truth);

    let baseline: SizeResult['baseline'] = null;
    let baselineScore: DetectionScore | null = null;
    if (size < APP_SIZE || (size === APP_SIZE && options.baselineAtLargest)) {
      const runs = size === APP_SIZE ? 1 : 3;
      if (runs === 1) notes.push(`The compromise baseline ran once on the ${size.toLocaleString('en-GB')}-article corpus (it takes minutes).`);
      const outputs = await repeat(runs, () => runBaseline(dir, join(outDir, `baseline-${size}.json`)));
      const base = figures(outputs.map((o) => o.cost), bodyBytes, size, startup.baselineMs.median);
      const netBaseline = base.wallMs.median - startup.baselineMs.median;
      const netPipeline = pipeline.wallMs.median - startup.pipelineMs.median;
      baseline = {
        ...base,
        nlpMs: summarise(outputs.map((o) => o.output.nlpMs)),
        timeRatio: base.wallMs.median / pipeline.wallMs.median,
        netTimeRatio: netBaseline / Math.max(netPipeline, 1),
      };
      const lastOutput = outputs[outputs.length - 1]?.output;
      if (lastOutput !== undefined) baselineScore = scoreDetection(baselinePairs(lastOutput), truth);
      log(`baseline ${size}: ${(base.wallMs.median / 1000).toFixed(2)} s (${baseline.timeRatio.toFixed(1)}× the pipeline's time)`);
    }
    sizes.push({ articles: size, bodyMb: bodyBytes / MB, output: dataFolderSize(outFile), pipeline, baseline, synthetic: { pipeline: pipelineScore, baseline: baselineScore } });
  }

  const netPoints = sizes.map((s) => ({ x: s.articles, y: s.pipeline.wallMs.median - startup.pipelineMs.median }));
  const startupRss = summarise(startupPipeline.map((c) => c.peakRssMb ?? 0)).median;
  const rssAboveStartupMb = sizes.map((s) => ({ articles: s.articles, mb: (s.pipeline.peakRssMb?.median ?? 0) - startupRss }));
  const cpuPoints = sizes.map((s) => ({ x: s.articles, y: (s.pipeline.cpuS?.median ?? Number.NaN) - (startup.pipelineCpuS?.median ?? Number.NaN) }));
  const growth = {
    timeExponent: growthExponent(netPoints),
    timeExponentFrom1k: growthExponent(netPoints.filter((p) => p.x >= 1000)),
    cpuExponent: growthExponent(cpuPoints),
    cpuExponentFrom1k: growthExponent(cpuPoints.filter((p) => p.x >= 1000)),
    rssAboveStartupMb,
    rssExponentFrom1k: growthExponent(rssAboveStartupMb.filter((p) => p.articles >= 1000).map((p) => ({ x: p.articles, y: p.mb }))),
  };

  log('seeds: pipeline (5 runs) and baseline (3 runs) on data/articles, scored on the seeds answer key…');
  const seedsOutput = join(outDir, 'out-seeds');
  const seedsBody = bodyBytesOf(SEEDS_DIR);
  const seedCosts = await repeat(5, () => runPipeline(SEEDS_DIR, seedsOutput));
  const seedBaselines = await repeat(3, () => runBaseline(SEEDS_DIR, join(outDir, 'baseline-seeds.json')));
  const seedsArticles = readdirSync(SEEDS_DIR).filter((n) => n.endsWith('.md')).length;
  const seedPipeline = figures(seedCosts, seedsBody, seedsArticles, startup.pipelineMs.median);
  const seedBaseline = figures(seedBaselines.map((b) => b.cost), seedsBody, seedsArticles, startup.baselineMs.median);
  const truth = seedKeyPairs(SEEDS_KEY);
  if (truth === null) notes.push('data/eval/seeds-answer-key.json is missing or has no `experts` list: no F1 on the seeds.');
  const lastSeedBaseline = seedBaselines[seedBaselines.length - 1]?.output;
  const pipelineScore = truth === null ? null : scoreDetection(pipelinePairs(seedsOutput), truth);
  const baselineScore = truth === null || lastSeedBaseline === undefined ? null : scoreDetection(baselinePairs(lastSeedBaseline), truth);
  const seeds: SeedsResult = {
    bodyMb: seedsBody / MB,
    pipeline: seedPipeline,
    baseline: { ...seedBaseline, timeRatio: seedBaseline.wallMs.median / seedPipeline.wallMs.median },
    key: truth === null ? null : 'data/eval/seeds-answer-key.json',
    pipelineScore,
    baselineScore,
    f1Ratio: pipelineScore === null || baselineScore === null || baselineScore.f1 === 0 ? null : pipelineScore.f1 / baselineScore.f1,
    summaryLine: (seedCosts[0]?.stdout ?? '').trim().split('\n').pop() ?? '',
  };
  const jobsSize = corpusDirs.has(options.jobsArticles) ? options.jobsArticles : APP_SIZE;
  const jobsJobs = Math.max(2, availableParallelism());
  log(`--jobs 1 against --jobs ${jobsJobs} (the main thread and ${jobsJobs - 1} worker thread${jobsJobs === 2 ? '' : 's'} analysing, the main thread collecting and writing) on ${jobsSize.toLocaleString('en-GB')} articles, ${options.jobPairs} alternating pairs (load ${currentLoad()})…`);
  const jobs = await compareJobs(corpusDirs.get(jobsSize)?.dir ?? '', jobsSize, join(outDir, 'out-jobs'), { jobs: jobsJobs, pairs: Math.max(1, options.jobPairs) });
  log(`speed-up of --jobs ${jobsJobs} over --jobs 1: ${jobs.speedUp.median.toFixed(2)}× (${jobs.speedUp.min.toFixed(2)}–${jobs.speedUp.max.toFixed(2)}), load ${jobs.load.start} → ${jobs.load.end}`);

  return {
    rssMethod,
    startup,
    sizes,
    growth,
    seeds,
    jobs,
    largestComposition: coreComposition(join(outDir, `out-${largest}`)),
    appData: [{ dataset: 'seeds', dir: seedsOutput }, ...allSizes.filter((size) => size >= APP_SIZE).map((size) => ({ dataset: size.toLocaleString('en-GB'), dir: join(outDir, `out-${size}`) }))],
    notes,
  };
}
