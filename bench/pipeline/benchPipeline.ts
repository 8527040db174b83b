import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toMarkdown } from '../corpus/article';
import { generateCorpus, type AnswerKey } from '../corpus/generate';
import type { ThemePhrases } from '../corpus/lexicon';
import type { ProcessCost } from '../lib/measureProcess';
import { scoreDetection, type DetectionScore, type PersonInArticle } from '../lib/score';
import { growthExponent, summarise, type Summary } from '../lib/stats';
import { parseArticleText } from '../../scripts/preprocess/parseArticle';
import { ROOT, baselinePairs, pipelinePairs, runBaseline, runPipeline, seedKeyPairs } from './runners';

export const SIZES = [100, 1000, 10000] as const;
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
  /** The time the tool reports for its own work (the pipeline's summary line "in X s": no Node or tsx start-up). */
  ownS: Summary | null;
}

export interface SizeResult {
  articles: number;
  bodyMb: number;
  /** Size of the sco.json the pipeline wrote: what the app must download and validate. */
  outputMb: number;
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
  oneCore: boolean;
  rssMethod: string;
  startup: { pipelineMs: Summary; baselineMs: Summary; pipelineCpuS: Summary | null };
  sizes: SizeResult[];
  growth: {
    /** Wall time net of start-up, log–log slope against articles. */
    timeExponent: number;
    timeExponent1kTo10k: number;
    /** CPU seconds net of start-up: steadier than wall time on a shared machine; this one gates. */
    cpuExponent: number;
    cpuExponent1kTo10k: number;
    rssAboveStartupMb: { articles: number; mb: number }[];
    rssExponent1kTo10k: number;
  };
  seeds: SeedsResult;
  /** What the largest sco.json is made of: compact JSON MB per top-level field, and the whole file gzipped. */
  largestComposition: { field: string; items: number | null; mb: number }[];
  largestGzipMb: number;
  /** Where the 10,000-article sco.json was written, for the app benchmarks. */
  largestOutput: string;
  seedsOutput: string;
  notes: string[];
}

export interface PipelineOptions {
  outDir: string;
  lexicon: ThemePhrases[];
  /** Run the compromise baseline on the 10,000 corpus too (minutes at its speed). */
  baselineAtLargest: boolean;
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

function figures(costs: ProcessCost[], bodyBytes: number, articles: number, startupMs: number): ToolFigures {
  const wall = summarise(costs.map((c) => c.wallMs));
  const rss = costs.map((c) => c.peakRssMb).filter((v): v is number => v !== null);
  const cpu = costs.filter((c) => c.userS !== null).map((c) => (c.userS ?? 0) + (c.systemS ?? 0));
  const own = costs.map((c) => /\bin ([\d.]+) s\b/.exec(c.stdout)?.[1]).filter((v): v is string => v !== undefined).map(Number);
  return {
    wallMs: wall,
    mbPerS: summarise(costs.map((c) => bodyBytes / MB / (c.wallMs / 1000))),
    netMbPerS: bodyBytes / MB / (Math.max(wall.median - startupMs, 1) / 1000),
    cpuMbPerS: cpu.length > 0 ? summarise(cpu.map((s) => bodyBytes / MB / s)) : null,
    articlesPerS: articles / (wall.median / 1000),
    peakRssMb: rss.length > 0 ? summarise(rss) : null,
    cpuS: cpu.length > 0 ? summarise(cpu) : null,
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

  log('generating the synthetic corpora (seeded; the smaller ones are prefixes of the 10,000)…');
  const largest = SIZES[SIZES.length - 1] as number;
  const corpus = generateCorpus(largest, options.lexicon);
  writeFileSync(join(outDir, `corpus-${largest}.key.json`), JSON.stringify(corpus.key));
  const corpusDirs = new Map<number, { dir: string; bodyBytes: number }>();
  for (const size of [1, ...SIZES]) {
    const dir = join(outDir, `corpus-${size}`);
    corpusDirs.set(size, { dir, bodyBytes: writeCorpusDir(dir, corpus.articles.slice(0, size)) });
  }

  log('start-up cost (a 1-article corpus), pipeline and baseline, 3 runs each…');
  const startupDir = corpusDirs.get(1)?.dir ?? '';
  const startupPipeline = await repeat(3, () => runPipeline(startupDir, join(outDir, 'out-1.json')));
  const startupBaseline = await repeat(3, async () => (await runBaseline(startupDir, join(outDir, 'baseline-1.json'))).cost);
  const startupCpu = startupPipeline.filter((c) => c.userS !== null).map((c) => (c.userS ?? 0) + (c.systemS ?? 0));
  const startup = {
    pipelineMs: summarise(startupPipeline.map((c) => c.wallMs)),
    baselineMs: summarise(startupBaseline.map((c) => c.wallMs)),
    pipelineCpuS: startupCpu.length > 0 ? summarise(startupCpu) : null,
  };
  const rssMethod = startupPipeline[0]?.rssMethod ?? 'none';

  const sizes: SizeResult[] = [];
  for (const size of SIZES) {
    const { dir, bodyBytes } = corpusDirs.get(size) ?? { dir: '', bodyBytes: 0 };
    const outFile = join(outDir, `out-${size}.json`);
    const first = await runPipeline(dir, outFile);
    // ≥ 3 runs, or 5 for the small corpus where noise is largest; a single run if one takes over a minute.
    const extraRuns = size <= 100 ? 4 : first.wallMs > 60_000 ? 0 : 2;
    if (extraRuns === 0) notes.push(`The ${size.toLocaleString('en-GB')}-article pipeline run took ${(first.wallMs / 1000).toFixed(0)} s, so it ran once.`);
    const costs = [first, ...(await repeat(extraRuns, () => runPipeline(dir, outFile)))];
    const pipeline = figures(costs, bodyBytes, size, startup.pipelineMs.median);
    log(`pipeline ${size}: ${(pipeline.wallMs.median / 1000).toFixed(2)} s, ${pipeline.mbPerS.median.toFixed(2)} MB/s (${pipeline.cpuMbPerS?.median.toFixed(2) ?? '?'} per CPU-s), peak RSS ${pipeline.peakRssMb?.median.toFixed(0) ?? '?'} MB`);
    const truth = keyPairs(corpus.key, size);
    const pipelineScore = scoreDetection(pipelinePairs(outFile), truth);

    let baseline: SizeResult['baseline'] = null;
    let baselineScore: DetectionScore | null = null;
    if (size < largest || options.baselineAtLargest) {
      const runs = size === largest ? 1 : 3;
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
    sizes.push({ articles: size, bodyMb: bodyBytes / MB, outputMb: statSync(outFile).size / MB, pipeline, baseline, synthetic: { pipeline: pipelineScore, baseline: baselineScore } });
  }

  const netPoints = sizes.map((s) => ({ x: s.articles, y: s.pipeline.wallMs.median - startup.pipelineMs.median }));
  const startupRss = summarise(startupPipeline.map((c) => c.peakRssMb ?? 0)).median;
  const rssAboveStartupMb = sizes.map((s) => ({ articles: s.articles, mb: (s.pipeline.peakRssMb?.median ?? 0) - startupRss }));
  const cpuPoints = sizes.map((s) => ({ x: s.articles, y: (s.pipeline.cpuS?.median ?? Number.NaN) - (startup.pipelineCpuS?.median ?? Number.NaN) }));
  const growth = {
    timeExponent: growthExponent(netPoints),
    timeExponent1kTo10k: growthExponent(netPoints.filter((p) => p.x >= 1000)),
    cpuExponent: growthExponent(cpuPoints),
    cpuExponent1kTo10k: growthExponent(cpuPoints.filter((p) => p.x >= 1000)),
    rssAboveStartupMb,
    rssExponent1kTo10k: growthExponent(rssAboveStartupMb.filter((p) => p.articles >= 1000).map((p) => ({ x: p.articles, y: p.mb }))),
  };

  log('seeds: pipeline (5 runs) and baseline (3 runs) on data/articles, scored on the seeds answer key…');
  const seedsOutput = join(outDir, 'seeds-sco.json');
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
  const largestOutput = join(outDir, `out-${largest}.json`);
  copyFileSync(largestOutput, join(outDir, 'largest-sco.json'));
  const text = readFileSync(largestOutput);
  const parsed = JSON.parse(text.toString('utf8')) as Record<string, unknown>;
  const largestComposition = Object.entries(parsed)
    .map(([field, value]) => ({ field, items: Array.isArray(value) ? value.length : null, mb: Buffer.byteLength(JSON.stringify(value)) / MB }))
    .sort((a, b) => b.mb - a.mb);
  return {
    oneCore: true,
    rssMethod,
    startup,
    sizes,
    growth,
    seeds,
    largestComposition,
    largestGzipMb: gzipSync(text, { level: 6 }).length / MB,
    largestOutput: join(outDir, 'largest-sco.json'),
    seedsOutput,
    notes,
  };
}
