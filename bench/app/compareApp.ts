/**
 * npx tsx bench/app/compareApp.ts --dist before=DIR --dist after=DIR [--rounds 5] [--steps 20] [--profile LABEL]
 *
 * Two (or more) built copies of the app side by side in one run, alternating round by round, so a
 * busy machine weighs on both alike: per round and copy, one cold load (map visible, all outlines,
 * main-thread CPU to the map) and, on the same page once it is quiet, year steps, the heap after a
 * collection and the DOM node count. Prints medians with min–max and the load average.
 * `--profile LABEL` also writes a CPU profile of that copy's load and of its year steps
 * (bench/out/profile-*.cpuprofile, for DevTools) and prints the functions with the most self time.
 * `--renders LABEL` prints, for a few year steps, which React components rendered (and how often).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { currentLoad } from '../lib/machine';
import { summarise, type Summary } from '../lib/stats';
import { ROOT } from '../pipeline/runners';
import { domNodes, heapMb, measureYearSteps, openAndWaitForMap, threadTimeMs, watchErrors } from './benchApp';
import { launchBrowser, type BenchBrowser } from './chromium';
import { ARM_YEAR_STEP, READ_CORE_ARRIVED, RENDER_COUNTER, WAIT_FOR_QUIET } from './probes';
import { serveDist } from './serve';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', multiple: true },
    rounds: { type: 'string', default: '5' },
    steps: { type: 'string', default: '20' },
    profile: { type: 'string' },
    renders: { type: 'string' },
    size: { type: 'string', default: '1440x900' },
  },
});

interface Copy {
  label: string;
  url: string;
  close: () => Promise<void>;
  visible: number[];
  cpu: number[];
  allOutlines: number[];
  stepMedians: number[];
  stepWorsts: number[];
  steps: number[];
  stepsByRound: number[][];
  /** Main-thread CPU per step (ms), the round's steps together (with the half second after Home). */
  stepCpu: number[];
  heap: number[];
  dom: number[];
  /** KB that had arrived before the map was on screen, and when the core had (ms). */
  kbBeforeMap: number[];
  coreAt: number[];
  problems: string[];
  errors: string[];
}

const [width, height] = (values.size ?? '1440x900').split('x').map(Number) as [number, number];
const rounds = Number(values.rounds);
const stepCount = Number(values.steps);
const OUT = join(ROOT, 'bench/out');

async function round(browser: BenchBrowser, copy: Copy): Promise<void> {
  const { context } = await browser.newContext(width, height);
  const page = await context.newPage();
  watchErrors(page, copy.errors);
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const probe = await openAndWaitForMap(page, copy.url);
    const cpu = await threadTimeMs(cdp);
    if (cpu !== undefined) copy.cpu.push(cpu);
    if (typeof probe.mapVisibleAt === 'number') copy.visible.push(probe.mapVisibleAt);
    if (typeof probe.allVisibleAt === 'number') copy.allOutlines.push(probe.allVisibleAt);
    if (typeof probe.bytesBeforeMap === 'number') copy.kbBeforeMap.push(probe.bytesBeforeMap / 1024);
    await page.evaluate(WAIT_FOR_QUIET);
    const coreAt = await page.evaluate<number | null>(READ_CORE_ARRIVED);
    if (typeof coreAt === 'number') copy.coreAt.push(coreAt);
    if (stepCount > 0) {
      const cpuBefore = await threadTimeMs(cdp);
      const steps = await measureYearSteps(page, stepCount);
      const cpuAfter = await threadTimeMs(cdp);
      if (cpuBefore !== undefined && cpuAfter !== undefined) copy.stepCpu.push((cpuAfter - cpuBefore) / stepCount);
      if (typeof steps === 'string') copy.problems.push(steps);
      else {
        copy.stepMedians.push(steps.median);
        copy.stepWorsts.push(steps.worst);
        copy.steps.push(...steps.steps);
        copy.stepsByRound.push(steps.steps);
      }
    }
    copy.heap.push(await heapMb(cdp, true));
    copy.dom.push(await domNodes(cdp));
  } catch (error) {
    copy.problems.push((error as Error).message.split('\n')[0] ?? String(error));
  } finally {
    await context.close();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and total time by function (ms), the heaviest first. */
function topFunctions(profile: Profile, limit = Number(process.env.TOP ?? 30)): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id);
    if (node === undefined) continue;
    selfBy.set(name(node), (selfBy.get(name(node)) ?? 0) + ms);
    // Inclusive time: once per function on the stack (recursion counted once).
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (n === undefined) break;
      const key = name(n);
      if (seen.has(key)) continue;
      seen.add(key);
      totalBy.set(key, (totalBy.get(key) ?? 0) + ms);
    }
  }
  const rows = [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, limit);
  const totals = [...totalBy].filter(([k]) => !k.startsWith('(root)') && !k.startsWith('(program)') && !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, limit);
  return [
    'self ms  function',
    ...rows.map(([k, ms]) => `${ms.toFixed(1).padStart(7)}  ${k}`),
    '',
    'total ms function',
    ...totals.map(([k, ms]) => `${ms.toFixed(1).padStart(7)}  ${k}`),
  ];
}

async function profileCopy(browser: BenchBrowser, copy: Copy): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const { context } = await browser.newContext(width, height);
  const page: Page = await context.newPage();
  await openAndWaitForMap(page, copy.url);
  await page.evaluate(WAIT_FOR_QUIET);
  // A reload stays in the same renderer, so the profiler started here sees the whole load.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.reload({ waitUntil: 'commit' });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const shapes = await page.evaluate<number>(`document.querySelectorAll('path[data-iso3][d], [data-iso3] path[d]').length`);
    if (shapes > 0) break;
    await page.waitForTimeout(20);
  }
  await page.waitForTimeout(100);
  const load = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
  writeFileSync(join(OUT, `profile-${copy.label}-load.cpuprofile`), JSON.stringify(load));
  console.log(`\n== ${copy.label}: CPU profile of the load, to the map on screen ==`);
  console.log(topFunctions(load).join('\n'));

  await page.evaluate(WAIT_FOR_QUIET);
  await cdp.send('Profiler.start');
  const steps = await measureYearSteps(page, stepCount);
  const stepProfile = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
  writeFileSync(join(OUT, `profile-${copy.label}-steps.cpuprofile`), JSON.stringify(stepProfile));
  console.log(`\n== ${copy.label}: CPU profile of ${stepCount} year steps (${typeof steps === 'string' ? steps : `median ${steps.median.toFixed(1)} ms`}) ==`);
  console.log(topFunctions(stepProfile).join('\n'));
  await context.close();
}

async function rendersCopy(browser: BenchBrowser, copy: Copy): Promise<void> {
  const { context } = await browser.newContext(width, height);
  const page = await context.newPage();
  await page.addInitScript(RENDER_COUNTER);
  await openAndWaitForMap(page, copy.url);
  await page.evaluate(WAIT_FOR_QUIET);
  const slider = page.getByRole('slider', { name: /year/i }).first();
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForTimeout(500);
  console.log(`\n== ${copy.label}: components rendered per year step ==`);
  for (let i = 0; i < stepCount; i++) {
    await page.evaluate('window.__scoRenders.clear()');
    await page.evaluate(ARM_YEAR_STEP);
    await page.keyboard.press('ArrowRight');
    const step = await page.evaluate<{ ms: number | null; year: string | null }>('window.__scoStep');
    await page.waitForTimeout(300);
    const counts = await page.evaluate<[string, number][]>('[...window.__scoRenders].sort((a, b) => b[1] - a[1])');
    console.log(`→ ${step.year} (${step.ms?.toFixed(0) ?? '—'} ms): ${counts.map(([n, c]) => (c > 1 ? `${n}×${c}` : n)).join(', ')}`);
  }
  await context.close();
}

const fmt = (s: Summary | null, digits = 0) => (s === null ? '—' : `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`);
const summary = (values: number[]) => (values.length === 0 ? null : summarise(values));

async function main(): Promise<void> {
  const dists = values.dist ?? [];
  if (dists.length === 0) throw new Error('usage: --dist label=DIR [--dist label=DIR …]');
  const copies: Copy[] = [];
  for (const spec of dists) {
    const [label, dir] = spec.includes('=') ? [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)] : [spec, spec];
    const server = await serveDist(dir);
    copies.push({ label, url: server.url, close: server.close, visible: [], cpu: [], allOutlines: [], stepMedians: [], stepWorsts: [], steps: [], stepsByRound: [], stepCpu: [], heap: [], dom: [], kbBeforeMap: [], coreAt: [], problems: [], errors: [] });
  }
  const browser = await launchBrowser(new URL(copies[0]?.url ?? 'http://127.0.0.1').origin.replace(/:\d+$/, ''));
  const loads: number[] = [currentLoad()];
  try {
    const profiled = copies.find((c) => c.label === values.profile);
    if (profiled !== undefined) await profileCopy(browser, profiled);
    const counted = copies.find((c) => c.label === values.renders);
    if (counted !== undefined) await rendersCopy(browser, counted);
    for (let r = 0; r < rounds; r++) {
      // Alternate the order too, so neither copy always runs right after the other.
      const order = r % 2 === 0 ? copies : [...copies].reverse();
      for (const copy of order) await round(browser, copy);
      loads.push(currentLoad());
      console.log(`round ${r + 1}/${rounds} done, load ${currentLoad()}`);
    }
  } finally {
    await browser.close();
    for (const copy of copies) await copy.close();
  }
  console.log(`\n${width}×${height}, ${rounds} rounds, ${stepCount} year steps a round; load average ${Math.min(...loads)}–${Math.max(...loads)}`);
  console.log('copy | map visible ms | main-thread CPU ms | all outlines ms | year step median ms (all steps) | worst step ms | CPU per step ms | heap MB | DOM nodes');
  for (const c of copies) {
    const worst = c.stepWorsts.length === 0 ? '—' : `${Math.max(...c.stepWorsts).toFixed(0)}`;
    console.log(
      `${c.label} | ${fmt(summary(c.visible))} | ${fmt(summary(c.cpu))} | ${fmt(summary(c.allOutlines))} | ${fmt(summary(c.steps), 1)} | ${worst} | ${fmt(summary(c.stepCpu), 1)} | ${fmt(summary(c.heap), 1)} | ${fmt(summary(c.dom))}`,
    );
    if (c.steps.length > 0) console.log(`  steps over 16 ms: ${c.steps.filter((x) => x > 16).length} of ${c.steps.length}; the slowest: ${[...c.steps].sort((a, b) => b - a).slice(0, 6).map((x) => x.toFixed(0)).join(', ')}; by round: ${c.stepsByRound.map((r) => r.map((x) => x.toFixed(0)).join(' ')).join(' | ')}`);
    if (c.kbBeforeMap.length > 0) console.log(`  fetched before the map was on screen: ${fmt(summary(c.kbBeforeMap))} KB; the core in at ${fmt(summary(c.coreAt))} ms`);
    if (c.problems.length > 0) console.log(`  problems: ${c.problems.join('; ')}`);
    if (c.errors.length > 0) console.log(`  console errors: ${[...new Set(c.errors)].slice(0, 5).join('; ')}`);
  }
}

await main();
