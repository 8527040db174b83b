/**
 * npm run bench [-- --soak] [-- --quick] [-- --only pipeline,app,network]
 *
 * Measures the pipeline on seeded synthetic corpora (100 / 1,000 / 10,000 articles) beside the
 * compromise baseline, the built app in headless Chromium with the seeds' data and the
 * 10,000-article data, and the expert network (through bench/network/). Writes
 * bench/out/results.json and, for a full run, BENCHMARKS.md; exits 1 when a gating budget is
 * exceeded or could not be measured.
 */
import { cpSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { benchApp, type AppDatasetResult } from './app/benchApp';
import { CHROMIUM_PATH } from '../scripts/chromiumLaunch';
import { firstLoadJs, type FirstLoadJs } from './app/firstLoad';
import { benchLighthouse, type LighthouseFigures } from './app/lighthouse';
import { benchOwnArticles, type OwnArticlesResults } from './app/benchOwnArticles';
import { benchFirstPaint, buildBarePage, type FirstPaintFigures } from './app/firstPaint';
import { loadLexicon } from './corpus/loadLexicon';
import { currentLoad, describeMachine } from './lib/machine';
import { measureProcess, canPinToOneCore } from './lib/measureProcess';
import { benchNetwork, type NetworkResults } from './networkBench';
import { evaluateCorpus, type CorpusEvaluation } from '../scripts/eval/evaluateCorpus';
import { benchPipeline, type PipelineResults } from './pipeline/benchPipeline';
import { ROOT } from './pipeline/runners';
import { failures, type BenchPart } from './report/budgets';
import { renderMarkdown } from './report/markdown';
import { evaluateBudgets, type BenchResults } from './report/results';

const { values } = parseArgs({
  options: {
    soak: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const parts = new Set((values.only ?? 'pipeline,app,network').split(',').map((p) => p.trim()));
const soakSeconds = values.soak ? 600 : 30;
const OUT = join(ROOT, 'bench/out');
const DEVSET = join(ROOT, '../shared/devset');
const log = (line: string) => console.log(`[bench] ${line}`);
const started = performance.now();

async function buildApp(dist: string): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const build = await measureProcess(process.execPath, [vite, 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT });
  if (build.exitCode !== 0) throw new Error(`vite build failed:\n${(build.stderr || build.stdout).trim().slice(-2000)}`);
}

/** One built copy per data set, so both can be served as a visitor would get them. */
function distWithData(template: string, dist: string, scoJson: string): number {
  if (dist !== template) {
    rmSync(dist, { recursive: true, force: true });
    cpSync(template, dist, { recursive: true });
  }
  mkdirSync(join(dist, 'data'), { recursive: true });
  copyFileSync(scoJson, join(dist, 'data/sco.json'));
  return statSync(scoJson).size / 1e6;
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const machine = describeMachine(CHROMIUM_PATH);
  const { lexicon, source } = loadLexicon();
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}, ${machine.chromium}`);
  if (!canPinToOneCore()) log('taskset not found: the pipeline runs unpinned (figures are not strictly "one core")');

  let pipeline: PipelineResults | null = null;
  let pipelineProblem: string | null = null;
  if (parts.has('pipeline')) {
    try {
      pipeline = await benchPipeline({ outDir: join(OUT, 'pipeline'), lexicon, baselineAtLargest: !values.quick, log });
      pipeline.oneCore = canPinToOneCore();
    } catch (error) {
      pipelineProblem = (error as Error).message;
      log(`pipeline: ${pipelineProblem}`);
    }
  }

  let firstLoad: FirstLoadJs | null = null;
  const app: AppDatasetResult[] = [];
  let appProblem: string | null = null;
  let lighthouse: LighthouseFigures[] | null = null;
  let ownArticles: OwnArticlesResults | null = null;
  let firstPaint: FirstPaintFigures[] | null = null;
  if (parts.has('app')) {
    try {
      // `--only app` reuses the sco.json files of the last pipeline run.
      const seedsData = pipeline?.seedsOutput ?? join(OUT, 'pipeline/seeds-sco.json');
      const largeData = pipeline?.largestOutput ?? join(OUT, 'pipeline/largest-sco.json');
      const largeLabel = (pipeline?.sizes[pipeline.sizes.length - 1]?.articles ?? 10000).toLocaleString('en-GB');
      if (!existsSync(seedsData) || !existsSync(largeData)) throw new Error('no sco.json to serve: run the pipeline benchmark first');
      log('building the app (vite build)…');
      const seedsDist = join(OUT, 'app/dist-seeds');
      await buildApp(seedsDist);
      firstLoad = firstLoadJs(seedsDist);
      log(`first-load JS: ${(firstLoad.gzipBytes / 1024).toFixed(1)} KB gzip`);
      const datasets = [
        { dataset: 'seeds', dist: seedsDist, data: seedsData },
        { dataset: largeLabel, dist: join(OUT, 'app/dist-large'), data: largeData },
      ];
      log('first paint beside a bare Vite + React page (built now)…');
      const bareDist = join(OUT, 'app/dist-bare');
      await buildBarePage(bareDist);
      firstPaint = await benchFirstPaint(
        [
          { label: 'bare Vite + React page', dist: bareDist, kind: 'bare' },
          { label: 'app, seeds data', dist: seedsDist, kind: 'app' },
        ],
        values.quick ? 5 : 9,
        log,
      );
      for (const { dataset, dist, data } of datasets) {
        const dataMb = distWithData(seedsDist, dist, data);
        app.push(await benchApp({ dataset, dist, dataMb, mapVisibleRuns: 5, yearSteps: 20, soakSeconds, log }));
      }
      log('Add articles: 10 and 100 added to the seeds build, 10 to the largest…');
      const onSeeds = await benchOwnArticles({ dist: seedsDist, lexicon, runs: values.quick ? 1 : 3, log });
      const onLargest = await benchOwnArticles({ dist: join(OUT, 'app/dist-large'), lexicon, runs: 1, counts: [10], formats: ['md'], log });
      ownArticles = { ...onSeeds, runs: [...onSeeds.runs, ...onLargest.runs], problems: [...onSeeds.problems, ...onLargest.problems] };
      log('Lighthouse on the seeds build (desktop and mobile presets)…');
      lighthouse = await benchLighthouse(seedsDist, values.quick ? 1 : 3, log);
    } catch (error) {
      appProblem = (error as Error).message;
      log(`app: ${appProblem}`);
    }
  }

  let network: NetworkResults | null = null;
  if (parts.has('network')) network = await benchNetwork(log);

  // The hand-keyed development set sits beside the project on machines that have it; npm test never needs it.
  let devset: CorpusEvaluation | null = null;
  if (parts.has('pipeline') && existsSync(join(DEVSET, 'answers.json'))) {
    log(`development set: ${DEVSET}…`);
    devset = evaluateCorpus(join(DEVSET, 'articles'), join(DEVSET, 'answers.json'), join(ROOT, 'data/reference'));
    devset = { ...devset, corpus: relative(ROOT, devset.corpus), key: relative(ROOT, devset.key) };
  }

  machine.loadAverage.end = currentLoad();
  const partial = { machine, command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`, soakSeconds, lexiconSource: source, pipeline, pipelineProblem, firstLoad, app, appProblem, lighthouse, ownArticles, firstPaint, network, devset };
  const results: BenchResults = { ...partial, budgets: evaluateBudgets(partial) };
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
  const complete = values.only === undefined;
  if (complete) writeFileSync(join(ROOT, 'BENCHMARKS.md'), renderMarkdown(results));
  else writeFileSync(join(OUT, 'BENCHMARKS.partial.md'), renderMarkdown(results));

  console.log('');
  for (const budget of results.budgets) {
    const verdict = budget.pass === null ? 'NOT MEASURED' : budget.pass ? 'ok' : budget.advisory === true ? 'over (advisory)' : 'EXCEEDED';
    console.log(`${verdict.padEnd(15)} ${budget.name}: ${budget.measured} (goal ${budget.goal})`);
  }
  const failed = failures(results.budgets, parts as Set<BenchPart>);
  const written = complete ? 'BENCHMARKS.md' : relative(ROOT, join(OUT, 'BENCHMARKS.partial.md'));
  console.log(`\n[bench] ${((performance.now() - started) / 60000).toFixed(1)} min; wrote ${written} and bench/out/results.json`);
  if (failed.length > 0) {
    console.error(`[bench] budget exceeded or not measured: ${failed.map((f) => `${f.name} (${f.measured}, goal ${f.goal})`).join('; ')}`);
    return 1;
  }
  return 0;
}

if (!existsSync(join(ROOT, 'package.json'))) throw new Error(`bench/run.ts expects the project root at ${ROOT}`);
process.exitCode = await main();
