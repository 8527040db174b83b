import type { CorpusEvaluation } from '../../scripts/eval/evaluateCorpus';
import { figuresTable } from '../../scripts/eval/format';
import { byForm } from '../../scripts/eval/score';
import { CORE_FILE, MAP_FILE } from '../../src/model/dataFiles';
import type { AppDatasetResult } from '../app/benchApp';
import type { DetectionScore } from '../lib/score';
import type { PipelineResults } from '../pipeline/benchPipeline';
import { failures, GOALS } from './budgets';
import { fixed, percent, spread, table } from './format';
import { ownArticlesSection } from './ownArticlesSection';
import type { BenchResults } from './results';

const n = (value: number) => value.toLocaleString('en-GB');

function machineSection(r: BenchResults): string {
  const m = r.machine;
  return [
    '## Machine',
    '',
    table(
      ['', ''],
      [
        ['Date', m.date],
        ['CPU', `${m.cpu} (${m.cores} cores)`],
        ['RAM', `${m.ramGiB} GiB`],
        ['OS', m.os],
        ['Node', m.node],
        ['Chromium', m.chromium],
        ['Load average (1 min)', `${m.loadAverage.start} at the start, ${m.loadAverage.end ?? '?'} at the end (other work on the machine slows wall-clock figures; CPU-second figures are steadier)`],
        ['Command', `\`${r.command}\``],
      ],
    ),
  ].join('\n');
}

function budgetSection(r: BenchResults): string {
  const rows = r.budgets.map((b) => [
    b.name,
    b.goal,
    b.measured,
    b.pass === null ? 'not measured' : b.pass ? 'pass' : b.advisory === true ? 'over (advisory)' : '**FAIL**',
  ]);
  const failed = failures(r.budgets);
  return [
    '## Budgets',
    '',
    table(['Figure', 'Goal', 'Measured (median)', 'Result'], rows),
    '',
    failed.length === 0
      ? 'Every gating budget holds: `npm run bench` exits 0.'
      : `\`npm run bench\` exits non-zero: ${failed.map((f) => f.name).join('; ')}.`,
  ].join('\n');
}

const scoreCells = (s: DetectionScore | null | undefined): string[] =>
  s === null || s === undefined ? ['—', '—', '—'] : [fixed(s.precision, 3), fixed(s.recall, 3), fixed(s.f1, 3)];

/** A rate as a share of its goal ("0.81×"): how far a run is from passing, not only whether it does. */
const ofGoal = (value: number | undefined, goal: number) => (value === undefined ? '—' : `${fixed(value / goal, 2)}×`);

function pipelineSection(p: PipelineResults): string {
  const sizeRows = p.sizes.map((s) => [
    n(s.articles),
    fixed(s.bodyMb, 1),
    spread(s.pipeline.wallMs, 2, 0.001),
    spread(s.pipeline.ownS, 2),
    fixed(s.pipeline.articlesPerS, 0),
    spread(s.pipeline.mbPerS, 2),
    fixed(s.pipeline.netMbPerS, 2),
    spread(s.pipeline.cpuS, 2),
    spread(s.pipeline.cpuMbPerS, 2),
    ofGoal(s.pipeline.cpuMbPerS?.median, GOALS.pipelineMbPerS),
    fixed(s.pipeline.cpuMsPerArticle, 2),
    spread(s.pipeline.peakRssMb, 0),
    fixed(s.output.coreMb, 1),
    fixed(s.output.coreGzipMb, 2),
    `${fixed(s.output.evidenceMb, 1)} (${n(s.output.shards)})`,
  ]);
  const baselineRows = p.sizes.map((s) => [
    n(s.articles),
    fixed(s.pipeline.wallMs.median / 1000, 2),
    s.baseline === null ? 'not run' : spread(s.baseline.wallMs, 2, 0.001),
    s.baseline === null ? '—' : `${fixed(s.baseline.timeRatio, 1)}×`,
    s.baseline === null ? '—' : `${fixed(s.baseline.netTimeRatio, 1)}×`,
    s.baseline === null ? '—' : spread(s.baseline.peakRssMb, 0),
    ...scoreCells(s.synthetic.pipeline),
    ...scoreCells(s.synthetic.baseline),
  ]);
  const seeds = p.seeds;
  const growth = p.growth;
  const sizes = p.sizes.map((s) => s.articles);
  const from1k = `1,000 → ${n(Math.max(...sizes))}`;
  const largest = p.sizes[p.sizes.length - 1];
  return [
    '## Pipeline (`npm run preprocess`) on synthetic corpora',
    '',
    `Each run is a fresh \`node scripts/preprocess/run.mjs --articles DIR --out DIR\` (what \`npm run preprocess\` runs: the CLI's prebuilt bundle, built before the timed runs) with the CLI's default jobs (every core, \`os.availableParallelism()\`; one thread below 200 files), unpinned, timed from outside. CPU s is user + system time of all its threads; peak RSS is the process tree's maximum resident set (${p.rssMethod}), worker threads included (they live in the one process). CPU ms per article is net of start-up: flat when the pipeline grows linearly. Start-up (a 1-article corpus): ${spread(p.startup.pipelineMs, 0)} ms (${spread(p.startup.pipelineCpuS, 2)} CPU s) for the pipeline, ${spread(p.startup.baselineMs, 0)} ms for the baseline; "net" figures subtract it.`,
    '',
    table(
      ['Articles', 'Body MB', 'Wall time s', 'Own time s (summary line)', 'Articles/s', 'MB/s (wall, end to end)', 'MB/s (wall, net of start-up)', 'CPU s (user+sys)', `MB per CPU-s (goal ≥ ${GOALS.pipelineMbPerS})`, 'Share of the goal (median)', 'CPU ms per article', `Peak RSS MB (goal < ${n(GOALS.pipelineRssMb)} at 10,000, < ${n(GOALS.pipelineRssMbAt100k)} at 100,000)`, 'Core MB', 'Core MB gzip', 'Evidence MB (files)'],
      sizeRows,
    ),
    '',
    `Growth (log–log slope against the number of articles, net of start-up; 1 = linear, goal ≤ ${GOALS.pipelineGrowthExponent}): CPU time ${fixed(growth.cpuExponent, 2)} over 100 → ${n(Math.max(...sizes))} and ${fixed(growth.cpuExponentFrom1k, 2)} over ${from1k} (this one gates); wall time ${fixed(growth.timeExponent, 2)} and ${fixed(growth.timeExponentFrom1k, 2)}. Peak RSS above start-up: ${growth.rssAboveStartupMb.map((g) => `${n(g.articles)}: ${g.mb.toFixed(0)} MB`).join(', ')} (exponent ${fixed(growth.rssExponentFrom1k, 2)} over ${from1k}).${sizes.includes(100000) ? '' : ' 100,000 articles: `npm run bench -- --largest 100000` (many minutes on a busy 2-core machine).'}`,
    '',
    `What the ${n(largest?.articles ?? 0)}-article core is made of (compact JSON; ${fixed(largest?.output.coreGzipMb, 1)} MB gzipped): ${p.largestComposition
      .filter((c) => c.mb >= 0.05)
      .map((c) => `${c.field} ${fixed(c.mb, 1)} MB${c.items === null ? '' : ` (${n(c.items)})`}`)
      .join(', ')}.`,
    '',
    jobsSection(p),
    '',
    '### Side by side with the baseline: compromise `nlp(body).people()`',
    '',
    'Same bodies, each a fresh Node process; the baseline is one thread pinned to one core, the pipeline runs as above (every core). Ratio = baseline time ÷ pipeline time. Scores are (article, person) pairs against the answer key the generator wrote; the baseline is matched leniently (surname match, repeated and surname-only mentions collapsed), and it has no notion of *expert*, so everyone it calls a person counts.',
    '',
    table(
      ['Articles', 'Pipeline s', 'Baseline s', 'Ratio', 'Ratio (net)', 'Baseline RSS MB', 'Pipeline P', 'Pipeline R', 'Pipeline F1', 'Baseline P', 'Baseline R', 'Baseline F1'],
      baselineRows,
    ),
    '',
    `Pipeline country accuracy on the synthetic experts it found: ${p.sizes.map((s) => `${n(s.articles)}: ${percent(s.synthetic.pipeline.countryAccuracy)}`).join(', ')}.`,
    '',
    '### Seeds (data/articles, 2 real articles) against data/eval/seeds-answer-key.json',
    '',
    table(
      ['', 'Time s', 'Precision', 'Recall', 'F1'],
      [
        ['Pipeline', spread(seeds.pipeline.wallMs, 2, 0.001), ...scoreCells(seeds.pipelineScore)],
        ['compromise people()', spread(seeds.baseline.wallMs, 2, 0.001), ...scoreCells(seeds.baselineScore)],
      ],
    ),
    '',
    `Time ratio (baseline ÷ pipeline) on the seeds: ${fixed(seeds.baseline.timeRatio, 2)}×. Expert F1 ratio (pipeline ÷ baseline): ${
      seeds.f1Ratio !== null ? `${fixed(seeds.f1Ratio, 1)}×` : seeds.baselineScore?.f1 === 0 ? '∞ (the baseline found none of the experts)' : '—'
    }. Pipeline summary line: \`${seeds.summaryLine}\``,
    ...(p.notes.length > 0 ? ['', ...p.notes.map((note) => `- ${note}`)] : []),
  ].join('\n');
}

function jobsSection(p: PipelineResults): string {
  const j = p.jobs;
  const row = (side: PipelineResults['jobs']['one']) => [`--jobs ${side.jobs}`, spread(side.wallMs, 2, 0.001), spread(side.cpuS, 2), spread(side.peakRssMb, 0)];
  return [
    '### Worker threads: one thread against every core',
    '',
    `The same ${n(j.articles)}-article corpus through \`--jobs 1\` (every stage in the main thread) and \`--jobs ${j.many.jobs}\` (the main thread and ${j.many.jobs - 1} worker thread${j.many.jobs === 2 ? '' : 's'} analysing, the main thread collecting the findings and writing), ${j.pairs} pairs run alternately (A B, B A, …) in this bench run, unpinned. Load average (1 min) ${j.load.start} at the start of the comparison, ${j.load.end} at the end. Other work shares this machine's cores: a loaded machine takes the second core first, and the speed-up with it; when the run gets no more CPU with two threads than with one (wall ÷ CPU alike on both sides), the speed-up is at most one thread's CPU time ÷ two threads'.`,
    '',
    table(['Jobs', 'Wall time s', 'CPU s (user+sys)', 'Peak RSS MB'], [row(j.one), row(j.many)]),
    '',
    `Speed-up (one thread's wall time ÷ ${j.many.jobs} threads', pair by pair; goal ≥ ${GOALS.jobsSpeedUp}× on 2 cores): **${fixed(j.speedUp.median, 2)}×** (${fixed(j.speedUp.min, 2)}–${fixed(j.speedUp.max, 2)}, ${j.speedUp.runs} pairs)${ceilingText(j)}. The output is byte-identical for any number of jobs (scripts/preprocess/runOnFolder.test.ts).`,
  ].join('\n');
}

/** The speed-up beside what two cores give two independent one-thread runs on this machine (bench/pipeline/ceiling.ts). */
function ceilingText(j: PipelineResults['jobs']): string {
  const c = j.ceiling;
  if (c === undefined) return '';
  return (
    ` against a ceiling of **${fixed(c.ratio.median, 2)}×** (${fixed(c.ratio.min, 2)}–${fixed(c.ratio.max, 2)}, ${c.ratio.runs} pairs) measured on this machine in the same run: ` +
    `two independent \`--jobs 1\` runs at once on two copies of the corpus took ${spread(c.bothMs, 2, 0.001)} s, one alone ${spread(c.aloneMs, 2, 0.001)} s (throughput ratio 2 × alone ÷ both, pair by pair, alternating)`
  );
}

function appSection(r: BenchResults): string {
  const rows = r.app.map((a: AppDatasetResult) => [
    a.dataset === 'seeds' ? 'seeds (2 articles)' : `${a.dataset} articles`,
    fixed(a.dataMb, 2),
    spread(a.mapVisibleMs, 0),
    spread(a.allOutlinesMs, 0),
    spread(a.mainThreadCpuMs, 0),
    spread(a.dataFetchedMs, 0),
    fixed(a.quietAfterLoadMs, 0),
    a.yearStep === null ? '—' : `${a.yearStep.median.toFixed(1)} / ${a.yearStep.worst.toFixed(1)}`,
    a.soak === null ? '—' : `${a.soak.heapStartMb.toFixed(1)} → ${a.soak.heapEndMb.toFixed(1)} (${a.soak.changePct >= 0 ? '+' : ''}${a.soak.changePct.toFixed(1)} %)`,
    a.soak === null ? '—' : `${a.soak.domNodesStart} → ${a.soak.domNodesEnd}`,
    a.soak === null ? '—' : String(a.soak.yearChanges),
  ]);
  const problems = r.app.flatMap((a) => [...a.problems, ...a.consoleErrors.slice(0, 3).map((e) => `console error: ${e}`)].map((p) => `- ${a.dataset}: ${p}`));
  const fl = r.firstLoad;
  return [
    '## App in headless Chromium',
    '',
    `The built app (\`vite build\`) served by \`vite preview\` on 127.0.0.1; each map-visible run in a fresh browser context (empty cache) at 1440×900. Map visible = navigation start → the frame after the first \`[data-iso3]\` path with geometry appears; "all outlines" waits for ≥ 170 of them (scripts/budget's definition); main-thread CPU is Chromium's ThreadTime at that moment, which a busy machine inflates far less than wall time. Page quiet = navigation start → the main thread idle again (ten idle periods of ~50 ms in a row) after the load's work. Year step, measured once the page is quiet = keydown (ArrowRight on the "Year" slider, 20 steps from the first year) → the frame after the last change it caused in the map region (median / worst). Heap = V8 used heap after a forced GC, before and after ${r.soakSeconds} s of playback on the fastest speed (restarted at the last year).`,
    '',
    table(['Data', 'Core MB', `Map visible ms (first outline; goal ≤ ${GOALS.mapVisibleMs} seeds, ≤ ${n(GOALS.largeMapVisibleMs)} at 10,000)`, 'All outlines ms', 'Main-thread CPU ms', 'Data fetched ms', 'Page quiet ms (1 run)', 'Year step ms (median / worst of 20)', 'Heap MB start → end', 'DOM nodes', 'Years played'], rows),
    '',
    fl === null
      ? 'First-load JS: not measured.'
      : `First-load JS (what index.html loads eagerly, counted by scripts/budget/firstLoad.ts: ${fl.files.map((f) => `\`${f.file}\``).join(', ')}): ${(fl.bytes / 1024).toFixed(1)} KB raw, **${(fl.gzipBytes / 1024).toFixed(1)} KB gzip** (level 9; goal ≤ ${GOALS.firstLoadGzipBytes / 1024} KB).`,
    ...(r.appProblem !== null ? ['', `App benchmarks could not run: ${r.appProblem}`] : []),
    ...(problems.length > 0 ? ['', 'Problems seen:', '', ...problems] : []),
  ].join('\n');
}

function firstPaintSection(r: BenchResults): string {
  const figures = r.firstPaint;
  if (figures === null || figures.length === 0) return '## First paint beside a bare Vite + React page\n\nNot run.';
  const rows = figures.map((f) => [
    f.label,
    spread(f.fcpMs, 0),
    f.kind === 'bare' ? '—' : spread(f.mapVisibleMs, 0),
    spread(f.mainThreadCpuMs, 0),
    f.ratioToBare === null ? '—' : `**${fixed(f.ratioToBare, 2)}×**`,
  ]);
  const problems = figures.flatMap((f) => f.problems.map((p) => `- ${f.label}: ${p}`));
  const early = r.firstLoad?.early ?? [];
  return [
    '## First paint beside a bare Vite + React page',
    '',
    `A bare Vite + React page (bench/bare: React 19 and react-dom, one component, no data) and the app with the seeds' data, built and served the same way (\`vite preview\` on 127.0.0.1), loaded in turns in fresh browser contexts at 1440×900, round after round in one run, so the machine's load falls on both alike. Ratio = the app's map-visible median ÷ the bare page's first-contentful-paint median (goal ≤ ${GOALS.mapVisibleRatioToBare}×): it holds on a busy machine, where the absolute times do not.`,
    '',
    table(['Page', 'First contentful paint ms', 'Map visible ms (first outline)', 'Main-thread CPU ms (at FCP or map visible)', 'Map visible ÷ bare FCP'], rows),
    ...(early.length > 0
      ? [
          '',
          `index.html asks for the map's data and code beside the entry (scripts/build/earlyLoads.ts: \`${MAP_FILE}\`, what the map draws first, and \`${CORE_FILE}\` as fetch preloads; modulepreload for ${early.map((f) => `\`${f.file}\``).join(', ')}): ${(early.reduce((s, f) => s + f.gzipBytes, 0) / 1024).toFixed(1)} KB gzip that download in parallel with the first-load JS but are not counted in it (the app starts without them).`,
        ]
      : []),
    ...(problems.length > 0 ? ['', 'Problems seen:', '', ...problems] : []),
  ].join('\n');
}

function lighthouseSection(r: BenchResults): string {
  const figures = r.lighthouse;
  if (figures === null || figures.length === 0) return '## Lighthouse\n\nNot run.';
  const rows = figures.map((f) => [
    f.preset === 'desktop' ? 'desktop' : 'mobile (throttled)',
    spread(f.performance, 2),
    spread(f.cls, 3),
    spread(f.fcpMs, 0),
    spread(f.lcpMs, 0),
    spread(f.tbtMs, 0),
    spread(f.accessibility, 2),
    spread(f.bestPractices, 2),
  ]);
  const shifts = figures.filter((f) => f.shiftSources.length > 0).map((f) => `${f.preset}: ${f.shiftSources.join('; ')}`);
  return [
    '## Lighthouse',
    '',
    `Lighthouse 12 (npm \`lighthouse\`, Debian's Chromium) on the seeds build served on 127.0.0.1, each run in a fresh browser; the desktop preset and the default mobile one (simulated slow 4G and a 4× slower CPU). Lighthouse simulates the throttling from a trace of this machine, so performance moves with its load (see the load average above); CLS, accessibility and best practices do not.`,
    '',
    table(['Preset', 'Performance (goal ≥ 0.98 desktop, ≥ 0.95 mobile)', 'CLS (goal ≤ 0.02)', 'FCP ms', 'LCP ms', 'TBT ms', 'Accessibility', 'Best practices'], rows),
    ...(shifts.length > 0 ? ['', `Layout shifts in the median run, by the element that moved: ${shifts.join(' · ')}.`] : []),
  ].join('\n');
}

function networkSection(r: BenchResults): string {
  const net = r.network;
  if (net === null) return '## Expert network\n\nNot run.';
  const rows = net.figures.map((f) => [
    n(f.nodes),
    f.links === null ? '—' : n(f.links),
    spread(f.fps, 1),
    spread(f.worstFrameMs, 0),
    spread(f.settleMs, 0),
    spread(f.firstPaintMs, 0),
    spread(f.hoverFps, 1),
  ]);
  return [
    '## Expert network',
    '',
    net.entry === null ? '' : `Measured by the network view's own benchmark, \`${net.entry.replace(/^.*\/bench\//, 'bench/')}\`, run from \`npm run bench\`.`,
    '',
    rows.length > 0
      ? table(['Nodes', 'Links', 'Pan/zoom fps (goal ≥ 30)', 'Worst frame ms', 'Layout settle ms (goal ≤ 3,000)', 'First paint ms', 'Hover fps (full redraws)'], rows)
      : '',
    net.problem === null ? '' : `Not measured: ${net.problem}.`,
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

export function renderMarkdown(r: BenchResults): string {
  return [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/run.ts); edit the generator, not this file. Raw figures: bench/out/results.json. -->',
    '',
    `How fast SCO Atlas is, measured by \`npm run bench\` (\`npm run bench -- --soak\` plays the map for 10 minutes instead of ${r.soakSeconds === 600 ? '30 s' : `${r.soakSeconds} s`}). Every figure is the median of several runs with min–max beside it. The synthetic corpora are generated from a fixed seed (bench/corpus/), with made-up people, real country names and themes from ${r.lexiconSource}. The bench exits non-zero when a gating budget is exceeded or cannot be measured; it is not part of \`npm test\`.`,
    '',
    machineSection(r),
    '',
    budgetSection(r),
    '',
    r.pipeline === null ? `## Pipeline\n\nNot measured: ${r.pipelineProblem ?? 'unknown reason'}.` : pipelineSection(r.pipeline),
    '',
    appSection(r),
    '',
    firstPaintSection(r),
    '',
    lighthouseSection(r),
    '',
    ownArticlesSection(r.ownArticles),
    '',
    networkSection(r),
    '',
    ...(r.devset === undefined || r.devset === null ? [] : [devsetSection(r.devset), '']),
  ].join('\n');
}

/** The extractor on real articles keyed by hand: what the synthetic corpus cannot say. */
export function devsetSection(d: CorpusEvaluation): string {
  const misses = byForm(d.report.missed);
  return [
    '## Development set',
    '',
    `The pipeline's stages on ${d.articles} real news articles in ${d.corpus}, scored against the hand-made key ${d.key} by \`npm run eval\` (scripts/eval/), with compromise's people() as the baseline. Pipeline CPU time on them: ${d.pipelineCpuMs.toFixed(0)} ms.`,
    '',
    figuresTable(d.report),
    '',
    misses.length === 0 ? 'Missed, by form: none.' : `Missed, by form: ${misses.map((m) => `${m.form} ${m.count}`).join(', ')}.`,
  ].join('\n');
}
