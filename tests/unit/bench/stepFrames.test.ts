import { describe, expect, it } from 'vitest';
import { stepFrames } from '../../../bench/app/stepFrames';
import type { TraceEvent } from '../../../bench/app/traceBreakdown';

const PID = 7;
const TID = 1;
const slice = (name: string, ms: number, durMs: number, data?: Record<string, unknown>): TraceEvent => ({
  name,
  ph: 'X',
  pid: PID,
  tid: TID,
  ts: ms * 1000,
  dur: durMs * 1000,
  ...(data === undefined ? {} : { args: { data } }),
});
const task = (ms: number, durMs: number) => ({ ...slice('ThreadControllerImpl::RunTask', ms, durMs), tdur: durMs * 800 });

/** One step: keydown at 0, the keyup's forced layout at 4, the frame at 10, a quiet frame at 26. */
function step(at: number): TraceEvent[] {
  return [
    task(at, 3),
    slice('EventDispatch', at + 0.1, 2.8, { type: 'keydown' }),
    task(at + 4, 2),
    slice('Document::UpdateStyleAndLayout', at + 4.1, 1.8),
    slice('Layout', at + 4.3, 1.5),
    task(at + 10, 5),
    slice('ProxyMain::BeginMainFrame', at + 10, 5),
    slice('PrePaint', at + 10.5, 0.5),
    slice('Paint', at + 11, 1.5),
    slice('Paint', at + 11.2, 0.5),
    slice('Layerize', at + 12.6, 1.2),
    slice('ProxyMain::BeginMainFrame::commit', at + 14, 0.5),
    task(at + 26, 1),
    slice('ProxyMain::BeginMainFrame', at + 26, 1),
  ];
}

describe('stepFrames', () => {
  const meta: TraceEvent = { name: 'thread_name', ph: 'M', pid: PID, tid: TID, ts: 0, args: { name: 'CrRendererMain' } };

  it('splits each keydown into its task, the layout before the frame and the frame by phase', () => {
    const steps = stepFrames([meta, ...step(0), ...step(40)]);
    expect(steps).toHaveLength(2);
    const [first] = steps;
    expect(first?.keydown).toBeCloseTo(3);
    expect(first?.layoutBefore).toBeCloseTo(1.8);
    expect(first?.frame).toBeCloseTo(5);
    // Nested paints count once; the layout before the frame is not the frame's.
    expect(first?.paint).toBeCloseTo(1.5);
    expect(first?.layout).toBeCloseTo(0);
    expect(first?.layerize).toBeCloseTo(1.2);
    expect(first?.commit).toBeCloseTo(0.5);
    expect(first?.busy).toBeCloseTo(10);
    // The tasks ran on the CPU for 80 % of their time.
    expect(first?.busyCpu).toBeCloseTo(8);
    // The quiet frame after it painted nothing.
    expect(first?.laterFrames).toBe(0);
  });

  it('finds nothing without the renderer that handled the keys', () => {
    expect(stepFrames(step(0))).toEqual([]);
  });

  it('gives no thread time where the trace has none', () => {
    const bare = step(0).map((e) => ({ ...e, tdur: undefined }));
    expect(stepFrames([meta, ...bare])[0]?.busyCpu).toBeNaN();
  });
});
