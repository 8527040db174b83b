/**
 * Where a map year step's time goes, copy against copy: per round and copy, a page at rest, then
 * year steps (ArrowRight on the slider) under a performance trace, each step's main-thread work
 * read by stepFrames.ts: the keydown's task, the layout before the frame, the frame by phase.
 * Copies alternate round by round, as in compareApp.ts. Trace CPU hardly moves with the load;
 * the step's wall time (the probe's) waits for the display's next frame as well. A tool for
 * looking, not a budget: tracing slows the page a little.
 *
 *   npx tsx bench/app/stepTrace.ts --dist before=DIR --dist after=DIR [--rounds 5] [--steps 20] [--size 1440x900] [--save DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { currentLoad } from '../lib/machine';
import { summarise } from '../lib/stats';
import { measureYearSteps, openAndWaitForMap } from './benchApp';
import { launchBrowser } from './chromium';
import { WAIT_FOR_QUIET } from './probes';
import { serveDist } from './serve';
import { STEP_FIELDS, stepFrames, type StepFrame } from './stepFrames';
import type { TraceEvent } from './traceBreakdown';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', multiple: true },
    rounds: { type: 'string', default: '5' },
    steps: { type: 'string', default: '20' },
    size: { type: 'string', default: '1440x900' },
    save: { type: 'string' },
  },
});
const CATEGORIES = ['devtools.timeline', 'toplevel', 'blink', 'cc', 'input'];
const [width, height] = (values.size ?? '1440x900').split('x').map(Number) as [number, number];
const rounds = Number(values.rounds);
const stepCount = Number(values.steps);

interface Copy {
  label: string;
  url: string;
  close: () => Promise<void>;
  wall: number[];
  frames: StepFrame[];
  problems: string[];
}

const copies: Copy[] = [];
for (const spec of values.dist ?? []) {
  const at = spec.indexOf('=');
  const [label, dir] = at < 0 ? [spec, spec] : [spec.slice(0, at), spec.slice(at + 1)];
  const server = await serveDist(dir);
  copies.push({ label, url: server.url, close: server.close, wall: [], frames: [], problems: [] });
}
if (copies.length === 0) throw new Error('usage: --dist label=DIR [--dist label=DIR …]');
const browser = await launchBrowser(new URL(copies[0]?.url ?? 'http://127.0.0.1').origin.replace(/:\d+$/, ''));
const loads = [currentLoad()];

async function round(copy: Copy, r: number): Promise<void> {
  const { context } = await browser.newContext(width, height);
  try {
    const page = await context.newPage();
    await openAndWaitForMap(page, copy.url);
    await page.evaluate(WAIT_FOR_QUIET);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
    const steps = await measureYearSteps(page, stepCount);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    if (typeof steps === 'string') copy.problems.push(steps);
    else copy.wall.push(...steps.steps);
    const frames = stepFrames(events);
    // Home is the first keydown: the steps are the ones after it.
    copy.frames.push(...frames.slice(frames.length - stepCount));
    if (values.save !== undefined) {
      mkdirSync(values.save, { recursive: true });
      writeFileSync(join(values.save, `steps-${copy.label}-${r + 1}.json`), JSON.stringify({ traceEvents: events }));
    }
  } catch (error) {
    copy.problems.push((error as Error).message.split('\n')[0] ?? String(error));
  } finally {
    await context.close();
  }
}

try {
  for (let r = 0; r < rounds; r++) {
    for (const copy of r % 2 === 0 ? copies : [...copies].reverse()) await round(copy, r);
    loads.push(currentLoad());
    console.log(`round ${r + 1}/${rounds} done, load ${currentLoad()}`);
  }
} finally {
  await browser.close();
  for (const copy of copies) await copy.close();
}

const fmt = (list: number[]) => {
  if (list.length === 0) return '—';
  const s = summarise(list);
  return `${s.median.toFixed(2)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
};
console.log(`\n${width}×${height}, ${rounds} rounds, ${stepCount} year steps a round; load average ${Math.min(...loads)}–${Math.max(...loads)}; ms per step, median (min–max) over all steps`);
console.log(['copy', 'wall', ...STEP_FIELDS].join(' | '));
for (const c of copies) {
  console.log([c.label, fmt(c.wall), ...STEP_FIELDS.map((f) => fmt(c.frames.map((s) => s[f])))].join(' | '));
  if (c.problems.length > 0) console.log(`  problems: ${c.problems.join('; ')}`);
}
