/**
 * npx tsx bench/app/traceLoad.ts DIST [--steps N] [--out FILE]
 *
 * One cold load of a built app under a Chrome trace (devtools.timeline, as the DevTools
 * Performance panel records it), then N year steps: prints the renderer main thread's tasks over
 * --min ms (8) with what they spent their time on (script by function, style, layout, paint, GC, parsing),
 * the network requests, the user-timing marks and when the first outline was painted. The trace is
 * written for DevTools (bench/out/trace-load.json by default).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../pipeline/runners';
import { measureYearSteps, openAndWaitForMap } from './benchApp';
import { launchBrowser } from './chromium';
import { WAIT_FOR_QUIET } from './probes';
import { serveDist } from './serve';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { steps: { type: 'string', default: '0' }, min: { type: 'string', default: '8' }, out: { type: 'string', default: join(ROOT, 'bench/out/trace-load.json') }, size: { type: 'string', default: '1440x900' } },
});
const dist = positionals[0];
if (dist === undefined) throw new Error('usage: traceLoad.ts DIST [--steps N] [--out FILE]');
const [width, height] = (values.size ?? '1440x900').split('x').map(Number) as [number, number];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, string | number | boolean | undefined>; name?: string };
}

const server = await serveDist(dist);
const browser = await launchBrowser('http://127.0.0.1');
const { context } = await browser.newContext(width, height);
const page = await context.newPage();
await page.goto('about:blank');
const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading', 'v8', 'blink'];
await browser.browser.startTracing(page, { categories, path: values.out });
const probe = await openAndWaitForMap(page, server.url);
let stepLine = '';
if (Number(values.steps) > 0) {
  await page.evaluate(WAIT_FOR_QUIET);
  await page.evaluate(`performance.mark('steps-start')`);
  const steps = await measureYearSteps(page, Number(values.steps));
  stepLine = typeof steps === 'string' ? steps : `year steps: ${steps.steps.map((s) => s.toFixed(0)).join(' ')} (median ${steps.median.toFixed(1)})`;
}
await browser.browser.stopTracing();
await context.close();
await browser.close();
await server.close();

mkdirSync(dirname(values.out), { recursive: true });
const trace = JSON.parse(readFileSync(values.out, 'utf8')) as { traceEvents: TraceEvent[] };
const events = trace.traceEvents;
// The renderer's main thread: the one that ran the page's ParseHTML / EvaluateScript.
const nameOf = new Map<string, string>();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') nameOf.set(`${e.pid}:${e.tid}`, String(e.args?.name));
const mains = [...nameOf].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
const busiest = mains
  .map((k) => ({ k, n: events.filter((e) => `${e.pid}:${e.tid}` === k && e.name === 'FunctionCall').length }))
  .sort((a, b) => b.n - a.n)[0]?.k;
const main = events.filter((e) => `${e.pid}:${e.tid}` === busiest).sort((a, b) => a.ts - b.ts);
const navStart = events.find((e) => e.name === 'navigationStart' && `${e.pid}:${e.tid}` === busiest && String(e.args?.data?.documentLoaderURL ?? '').startsWith('http'))?.ts ?? main[0]?.ts ?? 0;
const ms = (ts: number) => ((ts - navStart) / 1000).toFixed(0).padStart(6);

const LEAF = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'v8.parseOnBackground', 'ParseAuthorStyleSheet', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'HitTest', 'Commit', 'v8.run', 'ScrollbarPaint', 'UpdateLayer', 'CompositeLayers', 'ProxyMain::BeginMainFrame::commit', 'PaintImage']);
const minMs = Number(values.min);
const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) >= minMs * 1000);
console.log(`main thread tasks ≥ ${minMs} ms (ms from navigation start; ${tasks.length} tasks):`);
for (const task of tasks) {
  const end = task.ts + (task.dur ?? 0);
  const inside = main.filter((e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end && e !== task && LEAF.has(e.name));
  const by = new Map<string, number>();
  for (const e of inside) {
    const d = e.args?.data ?? {};
    const what = e.name === 'FunctionCall' ? `FunctionCall ${String(d.functionName ?? '')} ${String(d.url ?? '').split('/').pop()}` : e.name === 'EvaluateScript' ? `EvaluateScript ${String(d.url ?? '').split('/').pop()}` : e.name;
    by.set(what, (by.get(what) ?? 0) + (e.dur ?? 0) / 1000);
  }
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('; ');
  console.log(`${ms(task.ts)} +${((task.dur ?? 0) / 1000).toFixed(0).padStart(4)}  ${top}`);
}
console.log('\nnetwork (send → finish):');
const sends = events.filter((e) => e.name === 'ResourceSendRequest');
for (const s of sends) {
  const id = s.args?.data?.requestId;
  const finish = events.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === id);
  const url = String(s.args?.data?.url ?? '');
  console.log(`${ms(s.ts)} → ${finish === undefined ? '     ?' : ms(finish.ts)}  ${url.split('/').pop()}`);
}
console.log('\nuser timing:');
for (const e of events.filter((x) => x.cat.includes('blink.user_timing') && (x.ph === 'R' || x.ph === 'I' || x.ph === 'n' || x.ph === 'b'))) console.log(`${ms(e.ts)}  ${e.name}`);
console.log(`\nmap visible (probe): ${typeof probe.mapVisibleAt === 'number' ? probe.mapVisibleAt.toFixed(0) : '—'} ms`);
if (stepLine !== '') console.log(stepLine);
console.log(`trace: ${values.out}`);
