/**
 * npx tsx bench/app/compareFirstPaint.ts --dist before=DIR --dist after=DIR [--rounds 7]
 *
 * First paint of two (or more) built copies of the app beside the bare Vite + React page, in one
 * run, taking turns round by round (benchFirstPaint): each copy's map-visible time, its first
 * contentful paint and main-thread CPU (medians with min–max), and the map-visible time as a ratio
 * to the bare page's first contentful paint, with the machine's load before and after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { currentLoad } from '../lib/machine';
import type { Summary } from '../lib/stats';
import { benchFirstPaint, buildBarePage, type FirstPaintTarget } from './firstPaint';

const { values } = parseArgs({ options: { dist: { type: 'string', multiple: true }, rounds: { type: 'string', default: '7' } } });

const fmt = (s: Summary | null) => (s === null ? '—' : `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)}, ${s.runs} runs)`);

async function main(): Promise<void> {
  const dists = values.dist ?? [];
  if (dists.length === 0) throw new Error('usage: --dist label=DIR [--dist label=DIR …] [--rounds N]');
  const bare = mkdtempSync(join(tmpdir(), 'sco-bare-'));
  try {
    await buildBarePage(bare);
    const targets: FirstPaintTarget[] = [
      { label: 'bare Vite + React page', dist: bare, kind: 'bare' },
      ...dists.map((spec): FirstPaintTarget => {
        const at = spec.indexOf('=');
        return at < 0 ? { label: spec, dist: spec, kind: 'app' } : { label: spec.slice(0, at), dist: spec.slice(at + 1), kind: 'app' };
      }),
    ];
    const loadBefore = currentLoad();
    const figures = await benchFirstPaint(targets, Number(values.rounds), () => undefined);
    const loadAfter = currentLoad();
    console.log(`load average ${loadBefore} before, ${loadAfter} after`);
    for (const f of figures) {
      console.log(`${f.label}:`);
      console.log(`  first contentful paint ${fmt(f.fcpMs)}`);
      if (f.kind === 'app') console.log(`  map visible ${fmt(f.mapVisibleMs)}, ${f.ratioToBare?.toFixed(2) ?? '—'}× the bare page's first contentful paint`);
      console.log(`  main-thread CPU ${fmt(f.mainThreadCpuMs)}`);
      for (const problem of f.problems) console.log(`  problem: ${problem}`);
    }
  } finally {
    rmSync(bare, { recursive: true, force: true });
  }
}

await main();
