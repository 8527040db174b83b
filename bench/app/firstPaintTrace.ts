/**
 * Where the time before the map's first outline goes: cold loads of a build in headless Chromium,
 * each under a performance trace, reporting the main thread's busy time by kind of work and script
 * time by file (traceBreakdown.ts), and when the files the map needs had arrived. A tool for looking,
 * not a budget: tracing itself slows the page a little. Not part of `npm run bench`.
 *
 *   npx tsx bench/app/firstPaintTrace.ts [--dist dist] [--runs 5] [--save bench/out/trace]
 *
 * --save writes each run's trace (trace-N.json), which Chromium's DevTools Performance panel opens.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { summarise } from '../lib/stats';
import { openAndWaitForMap } from './benchApp';
import { launchBrowser } from './chromium';
import { serveDist } from './serve';
import { mainThreadBreakdown, scriptFile, TRACE_CATEGORIES, type TraceEvent } from './traceBreakdown';

/** The files whose arrival the map waits for (Resource Timing's responseEnd). */
const WATCHED = /\/(index-[\w-]{8}\.js|MapView-[\w-]{8}\.js|countries-110m-[\w-]{8}\.js|sco\.json)$/;
const READ_TIMES = `(() => ({
  fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  arrived: performance.getEntriesByType('resource').map((e) => [e.name, e.responseEnd]),
}))()`;

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '5' }, save: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs ?? 5));
const dist = values.dist ?? 'dist';
const server = await serveDist(dist);
const browser = await launchBrowser(new URL(server.url).origin);
const samples = new Map<string, number[]>();
const add = (key: string, ms: number) => samples.set(key, [...(samples.get(key) ?? []), ms]);
console.log(`first paint trace: ${dist}, ${runs} cold loads at 1440×900, load average ${(loadavg()[0] ?? 0).toFixed(1)}`);
try {
  for (let run = 1; run <= runs; run += 1) {
    const { context } = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES } });
    const probe = await openAndWaitForMap(page, server.url);
    const { fcp, arrived } = await page.evaluate<{ fcp: number | null; arrived: [string, number][] }>(READ_TIMES);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await context.close();
    const visible = probe.mapVisibleAt;
    if (typeof visible !== 'number') throw new Error(`run ${run}: the map never became visible`);
    const breakdown = mainThreadBreakdown(events, visible);
    if (breakdown === null) throw new Error(`run ${run}: no navigation in the trace`);
    if (values.save !== undefined) {
      mkdirSync(values.save, { recursive: true });
      writeFileSync(join(values.save, `trace-${run}.json`), JSON.stringify({ traceEvents: events }));
    }
    add('map visible', visible);
    if (fcp !== null) add('first contentful paint', fcp);
    for (const [name, at] of arrived) if (WATCHED.test(name)) add(`arrived: ${scriptFile(name)}`, at);
    add('main thread busy', breakdown.busyMs);
    for (const [kind, ms] of Object.entries(breakdown.byKind)) add(`  ${kind}`, ms);
    for (const [file, ms] of Object.entries(breakdown.scriptByFile)) add(`    script in ${file}`, ms);
    console.log(`run ${run}: map visible ${visible.toFixed(0)} ms, main thread busy ${breakdown.busyMs.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  await server.close();
}
// Every figure is navigation → that moment, or time spent before the map was visible; medians (min–max) over the runs.
const order = ['first contentful paint', 'arrived', 'map visible', 'main thread busy'];
const rank = (key: string) => (key.startsWith(' ') ? order.length : order.findIndex((prefix) => key.startsWith(prefix)));
// Moments in time order; the busy time's parts largest first, within their group.
const depth = (key: string) => key.length - key.trimStart().length;
const rows = [...samples].sort((a, b) => {
  const byRank = rank(a[0]) - rank(b[0]);
  if (byRank !== 0 || rank(a[0]) < order.length) return byRank || summarise(a[1]).median - summarise(b[1]).median;
  return depth(a[0]) - depth(b[0]) || summarise(b[1]).median - summarise(a[1]).median;
});
for (const [key, list] of rows) {
  const s = summarise(list);
  console.log(`${key.padEnd(48)} ${s.median.toFixed(0).padStart(5)} ms  (${s.min.toFixed(0)}–${s.max.toFixed(0)}, ${list.length} of ${runs})`);
}
console.log(`load average ${(loadavg()[0] ?? 0).toFixed(1)}`);
