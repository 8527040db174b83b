/**
 * A year step's main-thread work, read from a Chromium performance trace of several steps: per
 * keydown, its own task, the style and layout done before the next frame (the keyup's task forces
 * them when it comes right after), and the first frame after it by phase. Pure: trace events in,
 * figures out (stepTrace.ts records the traces).
 */
import type { TraceEvent } from './traceBreakdown';

export interface StepFrame {
  /** The task that ran the keydown (React's render and commit included), ms. */
  keydown: number;
  /** Style and layout in tasks between the keydown and the frame, ms. */
  layoutBefore: number;
  /** The first frame after the keydown on the main thread (BeginMainFrame), ms, and its phases. */
  frame: number;
  style: number;
  layout: number;
  prePaint: number;
  paint: number;
  layerize: number;
  commit: number;
  /** Main-thread busy time from the keydown to the frame's end, ms. */
  busy: number;
  /**
   * The thread (CPU) time of the same tasks, ms: below `busy` by the time the thread waited (the
   * commit waits for the compositor) or was not scheduled (a loaded machine). NaN without thread times.
   */
  busyCpu: number;
  /** Frames after the first that still painted something before the next keydown, ms. */
  laterFrames: number;
}

export const STEP_FIELDS = ['keydown', 'layoutBefore', 'frame', 'style', 'layout', 'prePaint', 'paint', 'layerize', 'commit', 'busy', 'busyCpu', 'laterFrames'] as const;

const TASK = 'ThreadControllerImpl::RunTask';

function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The renderer that handled the keys is the page's.
  for (const n of names) if (events.some((e) => e.pid === n.pid && e.tid === n.tid && e.name === 'EventDispatch')) return { pid: n.pid, tid: n.tid };
  return null;
}

const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
const within = (e: TraceEvent, outer: TraceEvent) => e.ts >= outer.ts && end(e) <= end(outer);
/** Sum of the outermost slices named `name` inside `outer`, ms. */
function outermost(slices: readonly TraceEvent[], outer: TraceEvent, name: string): number {
  let sum = 0;
  let until = -Infinity;
  for (const e of slices) {
    if (e.name !== name || e.ts < until || !within(e, outer)) continue;
    sum += e.dur ?? 0;
    until = end(e);
  }
  return sum / 1000;
}

export function stepFrames(events: readonly TraceEvent[]): StepFrame[] {
  const thread = mainThread(events);
  if (thread === null) return [];
  const slices = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.pid === thread.pid && e.tid === thread.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: TraceEvent[] = [];
  for (const e of slices) if (e.name === TASK && (tasks.length === 0 || e.ts >= end(tasks[tasks.length - 1] as TraceEvent))) tasks.push(e);
  const keydowns = slices.filter((e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string } | undefined)?.type === 'keydown');
  const frames = slices.filter((e) => e.name === 'ProxyMain::BeginMainFrame');
  const steps: StepFrame[] = [];
  keydowns.forEach((key, i) => {
    const next = keydowns[i + 1]?.ts ?? Infinity;
    const keyTask = tasks.find((t) => within(key, t));
    if (keyTask === undefined) return;
    const frame = frames.find((f) => f.ts >= end(keyTask) && f.ts < next);
    if (frame === undefined) return;
    const between = tasks.filter((t) => t.ts >= end(keyTask) && end(t) <= frame.ts);
    const layoutBefore = between.reduce((sum, t) => sum + outermost(slices, t, 'Document::UpdateStyleAndLayout'), 0);
    const stepTasks = tasks.filter((t) => t.ts >= keyTask.ts && t.ts < end(frame));
    const busy = stepTasks.reduce((sum, t) => sum + (t.dur ?? 0) / 1000, 0);
    const busyCpu = stepTasks.every((t) => t.tdur !== undefined) ? stepTasks.reduce((sum, t) => sum + (t.tdur ?? 0) / 1000, 0) : Number.NaN;
    const later = frames.filter((f) => f.ts > end(frame) && f.ts < next && outermost(slices, f, 'Paint') > 0.05);
    steps.push({
      keydown: (keyTask.dur ?? 0) / 1000,
      layoutBefore,
      frame: (frame.dur ?? 0) / 1000,
      style: outermost(slices, frame, 'UpdateLayoutTree'),
      layout: outermost(slices, frame, 'Layout'),
      prePaint: outermost(slices, frame, 'PrePaint'),
      paint: outermost(slices, frame, 'Paint'),
      layerize: outermost(slices, frame, 'Layerize'),
      commit: outermost(slices, frame, 'ProxyMain::BeginMainFrame::commit'),
      busy,
      busyCpu,
      laterFrames: later.reduce((sum, f) => sum + (f.dur ?? 0) / 1000, 0),
    });
  });
  return steps;
}
