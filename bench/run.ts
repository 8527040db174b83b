/**
 * npm run bench [-- --soak] [-- --quick] [-- --only pipeline,app,network] [-- --largest 100000]
 *
 * Measures the pipeline on seeded synthetic corpora (100 / 1,000 / 10,000 articles, and 100,000
 * with --largest) beside the compromise baseline, one thread against worker threads, the built app
 * in headless Chromium with the seeds' data and the 10,000-article data (and the largest), and the expert network (through bench/network/). Writes
 * bench/out/results.json and, for a full run, BENCHMARKS.md; exits 1 when a gating budget is
 * exceeded or could not be measured.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
import { APP_SIZE, benchPipeline, type PipelineResults } from './pipeline/benchPipeline';
import { CORE_FILE, MAP_FILE } from '../src/model/dataFiles';
import { renderEarlyShell, withShellReplaced } from '../scripts/build/loadingShell';
import { ROOT } from './pipeline/runners';
import { failures, type BenchPart } from './report/budgets';
import { renderMarkdown } from './report/markdown';
import { evaluateBudgets, type BenchResults } from './report/results';

const { values } = parseArgs({
  options: {
    soak: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    largest: { type: 'string' },
  },
});
const largest = values.largest === undefined ? null : Number(values.largest);
if (largest !== null && (!Number.isInteger(largest) || largest <= APP_SIZE)) throw new Error(`--largest takes a number of articles above ${APP_SIZE}, not ${values.largest}`);
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

/**
 * One built copy per data set, so each can be served as a visitor would get it: its data, and its
 * loading shell drawn from that data's map file, as a build with that data writes it. Returns the core's MB.
 */
async function distWithData(template: string, dist: string, dataDir: string): Promise<number> {
  if (dist !== template) {
    rmSync(dist, { recursive: true, force: true });
    cpSync(template, dist, { recursive: true });
  }
  rmSync(join(dist, 'data'), { recursive: true, force: true });
  cpSync(dataDir, join(dist, 'data'), { recursive: true });
  const shell = await renderEarlyShell(ROOT, join(dataDir, MAP_FILE));
  if (shell === null) throw new Error(`no ${MAP_FILE} in ${dataDir}: the loading shell has no map to draw`);
  const page = join(dist, 'index.html');
  writeFileSync(page, withShellReplaced(readFileSync(page, 'utf8'), shell));
  return statSync(join(dataDir, CORE_FILE)).size / 1e6;
}

/** The data folders an earlier pipeline run left: the seeds, then every size from APP_SIZE up. */
function lastAppData(dir: string): { dataset: string; dir: string }[] {
  const sizes = existsSync(dir)
    ? readdirSync(dir)
        .map((name) => /^out-(\d+)$/.exec(name)?.[1])
        .filter((size): size is string => size !== undefined && Number(size) >= APP_SIZE && existsSync(join(dir, `out-${size}`, CORE_FILE)))
        .map(Number)
        .sort((a, b) => a - b)
    : [];
  const seeds = join(dir, 'out-seeds');
  return [...(existsSync(join(seeds, CORE_FILE)) ? [{ dataset: 'seeds', dir: seeds }] : []), ...sizes.map((size) => ({ dataset: size.toLocaleString('en-GB'), dir: join(dir, `out-${size}`) }))];
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const machine = describeMachine(CHROMIUM_PATH);
  const { lexicon, source } = loadLexicon();
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}, ${machine.chromium}`);
  if (!canPinToOneCore()) log('taskset not found: the compromise baseline runs unpinned (its figures are not strictly "one core")');

  let pipeline: PipelineResults | null = null;
  let pipelineProblem: string | null = null;
  if (parts.has('pipeline')) {
    try {
      pipeline = await benchPipeline({
        outDir: join(OUT, 'pipeline'),
        lexicon,
        baselineAtLargest: !values.quick,
        extraSizes: largest === null ? [] : [largest],
        jobPairs: values.quick ? 2 : 3,
        jobsArticles: values.quick ? 1000 : APP_SIZE,
        log,
      });
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
      // `--only app` reuses the data folders of the last pipeline run.
      const appData = pipeline?.appData ?? lastAppData(join(OUT, 'pipeline'));
      if (appData.length < 2) throw new Error('no data folders to serve: run the pipeline benchmark first');
      log('building the app (vite build)…');
      const seedsDist = join(OUT, 'app/dist-seeds');
      await buildApp(seedsDist);
      firstLoad = firstLoadJs(seedsDist);
      log(`first-load JS: ${(firstLoad.gzipBytes / 1024).toFixed(1)} KB gzip`);
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
      for (const [i, { dataset, dir }] of appData.entries()) {
        const dist = i === 0 ? seedsDist : join(OUT, `app/dist-${i}`);
        const dataMb = await distWithData(seedsDist, dist, dir);
        // Beyond the seeds and the 10,000 (a --largest run): fewer loads and no soak, each load is long.
        const extra = i >= 2;
        app.push(await benchApp({ dataset, dist, dataMb, mapVisibleRuns: extra ? 3 : 5, yearSteps: 20, soakSeconds: extra ? 0 : soakSeconds, log }));
      }
      log(`Add articles: 10 and 100 added to the seeds build, 10 to the ${appData[1]?.dataset ?? 'largest'}-article build…`);
      const onSeeds = await benchOwnArticles({ dist: seedsDist, lexicon, runs: values.quick ? 1 : 3, log });
      const onLargest = await benchOwnArticles({ dist: join(OUT, 'app/dist-1'), lexicon, runs: 1, counts: [10], formats: ['md'], log });
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
