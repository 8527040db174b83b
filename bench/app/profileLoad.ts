/**
 * npx tsx bench/app/profileLoad.ts DIST [--min 8] [--size 390x844] [--cpu 1] [--top 8]
 *
 * What each long main-thread task of a cold load is made of, by function: one load under a Chrome
 * trace with V8's sampling profiler on (disabled-by-default-v8.cpu_profiler), then for every task of
 * --min ms or more (up to 15 s after navigation), the functions its samples were in (self time) and
 * the page's own functions it spent the most time under (inclusive). Names read best from a build
 * without minifying (npx vite build --minify false --outDir DIR). --cpu N slows the CPU N times as
 * Lighthouse's mobile preset simulates. A tool for looking, not a budget.
 */
import { parseArgs } from 'node:util';
import { openAndWaitForMap } from './benchApp';
import { launchBrowser } from './chromium';
import { WAIT_FOR_QUIET } from './probes';
import { serveDist } from './serve';
import { pageNavigation, type TraceEvent } from './traceBreakdown';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { min: { type: 'string', default: '8' }, size: { type: 'string', default: '390x844' }, cpu: { type: 'string', default: '1' }, top: { type: 'string', default: '8' } },
});
const dist = positionals[0];
if (dist === undefined) throw new Error('usage: profileLoad.ts DIST [--min ms]');
const [width, height] = (values.size ?? '390x844').split('x').map(Number) as [number, number];

interface CallFrame {
  functionName: string;
  url?: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}
interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}
type Event = TraceEvent & { id?: string; args?: TraceEvent['args'] & { data?: ChunkData & { startTime?: number } } };

const server = await serveDist(dist);
const browser = await launchBrowser(new URL(server.url).origin);
const { context } = await browser.newContext(width, height);
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
if (Number(values.cpu) > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.cpu) });
const events: Event[] = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as Event[])));
const categories = ['devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel', 'disabled-by-default-v8.cpu_profiler'];
await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
const probe = await openAndWaitForMap(page, server.url);
await page.evaluate(WAIT_FOR_QUIET);
const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.end');
await complete;
await context.close();
await browser.close();
await server.close();

const navigation = pageNavigation(events);
if (navigation === null) throw new Error('no navigation in the trace');
const onMain = (e: Event) => e.pid === navigation.pid && e.tid === navigation.tid;

// The sampling profile of the main thread: nodes and (time, node) samples from its ProfileChunk events.
const nodes = new Map<number, ProfileNode>();
const samples: { ts: number; node: number }[] = [];
const profileIds = new Set(events.filter((e) => e.name === 'Profile' && e.pid === navigation.pid && e.tid === navigation.tid).map((e) => e.id));
let clock = 0;
for (const e of events.filter((x) => x.name === 'Profile' && profileIds.has(x.id))) clock = Number(e.args?.data?.startTime ?? 0);
for (const e of events.filter((x) => x.name === 'ProfileChunk' && profileIds.has(x.id)).sort((a, b) => a.ts - b.ts)) {
  const data = e.args?.data ?? {};
  for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
  const ids = data.cpuProfile?.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  ids.forEach((id, i) => {
    clock += deltas[i] ?? 0;
    samples.push({ ts: clock, node: id });
  });
}
samples.sort((a, b) => a.ts - b.ts);
const label = (frame: CallFrame) => `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
const IDLE = new Set(['(idle)', '(program)', '(root)']);

const minUs = Number(values.min) * 1000;
const until = navigation.ts + 15_000_000;
const tasks = events.filter((e) => onMain(e) && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) >= minUs && e.ts >= navigation.ts && e.ts < until).sort((a, b) => a.ts - b.ts);
const top = Number(values.top);
// Lighthouse's mobile preset simulates a 4× slower CPU: each task past FCP blocks for 4 × its length − 50 ms.
const fcp = events.find((e) => e.name === 'firstContentfulPaint' && onMain(e))?.ts ?? navigation.ts;
const allTasks = events.filter((e) => onMain(e) && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= fcp && e.ts < until);
const blocking = (us: number) => Math.max(0, (4 * us) / 1000 - 50);
const tbtWall = allTasks.reduce((sum, t) => sum + blocking(t.dur ?? 0), 0);
const tbtCpu = allTasks.reduce((sum, t) => sum + blocking((t as { tdur?: number }).tdur ?? 0), 0);
const longest = allTasks.map((t) => ((t as { tdur?: number }).tdur ?? 0) / 1000).sort((a, b) => b - a).slice(0, 8).map((v) => v.toFixed(0)).join(' ');
console.log(`after FCP (${((fcp - navigation.ts) / 1000).toFixed(0)} ms): 4× blocking time from wall ${tbtWall.toFixed(0)} ms, from CPU ${tbtCpu.toFixed(0)} ms; longest tasks (CPU ms): ${longest}`);
console.log(`map visible ${String(probe.mapVisibleAt)} ms; ${samples.length} samples; tasks ≥ ${values.min} ms:`);
let lastEnd = -Infinity;
for (const task of tasks) {
  if (task.ts < lastEnd) continue;
  lastEnd = task.ts + (task.dur ?? 0);
  const inside = samples.filter((s) => s.ts >= task.ts && s.ts < lastEnd);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let previous = task.ts;
  for (const s of inside) {
    const weight = (s.ts - previous) / 1000;
    previous = s.ts;
    const leaf = nodes.get(s.node);
    if (leaf === undefined) continue;
    const name = IDLE.has(leaf.callFrame.functionName) ? leaf.callFrame.functionName : label(leaf.callFrame);
    self.set(name, (self.get(name) ?? 0) + weight);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n !== undefined; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      if (!(n.callFrame.url ?? '').startsWith('http')) continue;
      const key = label(n.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + weight);
    }
  }
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `      ${v.toFixed(1).padStart(6)}  ${k}`)
      .join('\n');
  const cpu = (task as { tdur?: number }).tdur;
  console.log(`\n${((task.ts - navigation.ts) / 1000).toFixed(0).padStart(6)} ms +${((task.dur ?? 0) / 1000).toFixed(1)} ms (CPU ${cpu === undefined ? '?' : (cpu / 1000).toFixed(1)} ms)`);
  console.log(`    self:\n${fmt(self)}`);
  console.log(`    inclusive (page functions):\n${fmt(inclusive)}`);
}
