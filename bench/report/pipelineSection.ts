import type { DetectionScore } from '../lib/score';
import type { PipelineResults } from '../pipeline/benchPipeline';
import { GOALS } from './budgets';
import { fixed, percent, spread, table } from './format';

const n = (value: number) => value.toLocaleString('en-GB');

const scoreCells = (s: DetectionScore | null | undefined): string[] =>
  s === null || s === undefined ? ['—', '—', '—'] : [fixed(s.precision, 3), fixed(s.recall, 3), fixed(s.f1, 3)];

/** A rate as a share of its goal ("0.81×"): how far a run is from passing, not only whether it does. */
const ofGoal = (value: number | undefined, goal: number) => (value === undefined ? '—' : `${fixed(value / goal, 2)}×`);

export function pipelineSection(p: PipelineResults): string {
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
