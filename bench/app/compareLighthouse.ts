/**
 * npx tsx bench/app/compareLighthouse.ts --dist before=DIR --dist after=DIR [--runs 5] [--preset mobile|desktop|both] [--tasks]
 *
 * Lighthouse on two (or more) built copies in one run, alternating run by run so a busy machine
 * weighs on both alike: performance, FCP, LCP, TBT, CLS, accessibility and best practices as
 * medians with min–max, and the load average. `--tasks` also prints each run's long main-thread
 * tasks (Lighthouse's long-tasks audit: start and duration as simulated, and the script behind each).
 */
import { parseArgs } from 'node:util';
import { currentLoad } from '../lib/machine';
import { figuresOf, lighthouseOnce, LIGHTHOUSE_PRESETS, summariseRuns, type LighthousePreset, type Lhr, type RunFigures } from './lighthouse';
import { serveDist } from './serve';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', multiple: true },
    runs: { type: 'string', default: '5' },
    preset: { type: 'string', default: 'mobile' },
    tasks: { type: 'boolean', default: false },
  },
});

const presets: LighthousePreset[] = values.preset === 'both' ? [...LIGHTHOUSE_PRESETS] : [values.preset as LighthousePreset];
if (presets.some((p) => !LIGHTHOUSE_PRESETS.includes(p))) throw new Error(`--preset is one of ${LIGHTHOUSE_PRESETS.join(', ')} or both`);
const runs = Number(values.runs);

function longTasks(lhr: Lhr): string {
  const details = lhr.audits['long-tasks']?.details as { items?: { url?: string; startTime?: number; duration?: number }[] } | undefined;
  return (details?.items ?? []).map((t) => `${(t.duration ?? 0).toFixed(0)} ms at ${(t.startTime ?? 0).toFixed(0)} (${(t.url ?? '').split('/').pop() || 'no script'})`).join(', ');
}

const copies = await Promise.all(
  (values.dist ?? []).map(async (spec) => {
    const at = spec.indexOf('=');
    const [label, dir] = at < 0 ? [spec, spec] : [spec.slice(0, at), spec.slice(at + 1)];
    const server = await serveDist(dir);
    return { label, server, byPreset: new Map<LighthousePreset, RunFigures[]>() };
  }),
);
if (copies.length === 0) throw new Error('usage: --dist label=DIR [--dist label=DIR …]');
const loads = [currentLoad()];
try {
  for (const preset of presets) {
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 === 0 ? copies : [...copies].reverse();
      for (const copy of order) {
        const lhr = await lighthouseOnce(copy.server.url, preset);
        const figures = figuresOf(lhr);
        copy.byPreset.set(preset, [...(copy.byPreset.get(preset) ?? []), figures]);
        console.log(`${preset} ${copy.label} run ${run + 1}: performance ${figures.performance.toFixed(2)}, FCP ${figures.fcpMs.toFixed(0)}, LCP ${figures.lcpMs.toFixed(0)}, TBT ${figures.tbtMs.toFixed(0)} ms, CLS ${figures.cls.toFixed(3)}`);
        if (values.tasks) console.log(`  long tasks: ${longTasks(lhr) || 'none'}`);
      }
      loads.push(currentLoad());
    }
  }
} finally {
  for (const copy of copies) await copy.server.close();
}

const fmt = (s: { median: number; min: number; max: number }, digits: number) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
console.log(`\n${runs} runs a copy and preset, alternating; load average ${Math.min(...loads)}–${Math.max(...loads)}`);
console.log('preset | copy | performance | FCP ms | LCP ms | TBT ms | CLS | accessibility | best practices');
for (const preset of presets) {
  for (const copy of copies) {
    const f = summariseRuns(preset, copy.byPreset.get(preset) ?? []);
    console.log(`${preset} | ${copy.label} | ${fmt(f.performance, 2)} | ${fmt(f.fcpMs, 0)} | ${fmt(f.lcpMs, 0)} | ${fmt(f.tbtMs, 0)} | ${fmt(f.cls, 3)} | ${fmt(f.accessibility, 2)} | ${fmt(f.bestPractices, 2)}`);
  }
}
