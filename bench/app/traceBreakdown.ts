/**
 * What the renderer's main thread did between navigation and a moment (the map's first outline), read
 * from a Chromium performance trace (CDP Tracing, categories in TRACE_CATEGORIES): its busy time by
 * kind of work, and script time by the file it ran from. Pure: trace events in, figures out.
 */

// Not disabled-by-default-devtools.timeline: its invalidation tracking makes the first layout several times slower.
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'toplevel'];

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete slice, µs, where the trace has it. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; documentLoaderURL?: string } };
}

export interface MainThreadBreakdown {
  /** Sum of the main thread's tasks in the window, ms. */
  busyMs: number;
  /**
   * Busy time by kind of work (html, style, layout, paint, script, compile, gc), ms, each exclusive of
   * the slices nested in it; "other" is task time outside any of them (network data, IPC, scheduling).
   */
  byKind: Record<string, number>;
  /**
   * Script time by the file of the function the task called (hash dropped: "index.js"), ms. What it
   * called in other files counts there too: React's render of the map view runs from index.js's scheduler.
   */
  scriptByFile: Record<string, number>;
}

const KIND: Record<string, string> = {
  ParseHTML: 'html',
  ParseAuthorStyleSheet: 'style',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  FunctionCall: 'script',
  RunMicrotasks: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'v8.produceModuleCache': 'compile',
  MinorGC: 'gc',
  MajorGC: 'gc',
};

/** Script slices that carry no file: a module graph's evaluation, promise callbacks run between tasks. */
const UNNAMED: Record<string, string> = { 'v8.evaluateModule': 'module evaluation (all modules of a graph)', RunMicrotasks: 'microtasks' };

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** "http://127.0.0.1:4173/assets/MapView-DfKI19dF.js" → "MapView.js". */
export function scriptFile(url: string): string {
  const base = url.slice(url.lastIndexOf('/') + 1).split('?')[0] ?? '';
  return base.replace(/-[\w-]{8}(\.js)$/, '$1');
}

/** The navigation of the page's own document (the last one to an http address) and its renderer's main thread. */
export function pageNavigation(events: readonly TraceEvent[]): { ts: number; pid: number; tid: number } | null {
  const starts = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http') === true).sort((a, b) => a.ts - b.ts);
  const start = starts.at(-1);
  if (start === undefined) return null;
  const thread = events.find((e) => e.name === 'thread_name' && e.pid === start.pid && e.args?.name === 'CrRendererMain');
  return thread === undefined ? null : { ts: start.ts, pid: start.pid, tid: thread.tid };
}

/** The main thread's work from navigation to `untilMs` after it. */
export function mainThreadBreakdown(events: readonly TraceEvent[], untilMs: number): MainThreadBreakdown | null {
  const navigation = pageNavigation(events);
  if (navigation === null) return null;
  const end = navigation.ts + untilMs * 1000;
  const slices = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.pid === navigation.pid && e.tid === navigation.tid && e.ts >= navigation.ts && e.ts < end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byKind: Record<string, number> = {};
  const scriptByFile: Record<string, number> = {};
  const add = (into: Record<string, number>, key: string, us: number) => {
    into[key] = (into[key] ?? 0) + us / 1000;
  };
  let busy = 0;
  let taskEnd = -Infinity;
  let open: { event: TraceEvent; file: string; own: number }[] = [];
  const close = (upTo: number) => {
    while (open.length > 0) {
      const top = open[open.length - 1];
      if (top === undefined || top.event.ts + (top.event.dur ?? 0) > upTo) break;
      open.pop();
      const kind = KIND[top.event.name] ?? 'other';
      add(byKind, kind, top.own);
      if (kind === 'script') add(scriptByFile, top.file, top.own);
    }
  };
  for (const event of slices) {
    const dur = event.dur ?? 0;
    if (TASKS.has(event.name)) {
      // Nested task slices (a task inside a task) are the same time: count the outermost once.
      if (event.ts >= taskEnd) {
        close(Infinity);
        open = [];
        busy += dur;
        taskEnd = event.ts + dur;
        open.push({ event: { ...event, name: 'task' }, file: '', own: dur });
      }
      continue;
    }
    if (KIND[event.name] === undefined || event.ts >= taskEnd) continue;
    close(event.ts);
    const parent = open[open.length - 1];
    if (parent !== undefined) parent.own -= dur;
    // A slice without a file belongs to the script that called it (a microtask run inside a call), else to its own kind.
    const url = event.args?.data?.url;
    const callerFile = parent !== undefined && KIND[parent.event.name] === 'script' ? parent.file : undefined;
    const file = url !== undefined && url !== '' ? scriptFile(url) : (callerFile ?? UNNAMED[event.name] ?? event.name);
    open.push({ event, file, own: dur });
  }
  close(Infinity);
  return { busyMs: busy / 1000, byKind, scriptByFile };
}
