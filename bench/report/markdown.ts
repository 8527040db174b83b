import type { CorpusEvaluation } from '../../scripts/eval/evaluateCorpus';
import { figuresTable } from '../../scripts/eval/format';
import { byForm } from '../../scripts/eval/score';
import { CORE_FILE, MAP_FILE } from '../../src/model/dataFiles';
import type { AppDatasetResult } from '../app/benchApp';
import { failures, GOALS } from './budgets';
import { fixed, spread, table } from './format';
import { ownArticlesSection } from './ownArticlesSection';
import { pipelineSection } from './pipelineSection';
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
