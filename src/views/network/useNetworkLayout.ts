import { startTransition, useEffect, useMemo, useState } from 'react';
import type { NetworkGraph } from '../../model/networkGraph';
import { computeLayout } from './layout';
import type { LayoutReply, LayoutRequest } from './layout.worker';
import { layoutInputOf } from './nodeStyle';

export type LayoutState =
  | { status: 'ready'; positionOf: (id: string) => readonly [number, number] | undefined }
  | { status: 'computing'; progress: number }
  | { status: 'failed'; message: string };

/** Marks for bench/network: from asking for a layout to having positions (the first paint follows). */
export const LAYOUT_MARKS = { start: 'network-layout-start', end: 'network-layout-end' } as const;

function positionLookup(ids: readonly string[], positions: Float64Array) {
  const index = new Map(ids.map((id, i) => [id, i]));
  return (id: string): readonly [number, number] | undefined => {
    const i = index.get(id);
    return i === undefined ? undefined : [positions[2 * i] ?? 0, positions[2 * i + 1] ?? 0];
  };
}

/**
 * Settled positions for the graph, computed in a Web Worker while a progress bar shows; nodes are
 * drawn once they are at rest, so nothing moves on screen. Even a graph of a hundred nodes is 300
 * ticks of forces, a 50-150 ms task that would block the page (most of Lighthouse's blocking time
 * on load, when it ran on the main thread). Synchronously only where there is no Worker (jsdom).
 * The finished layout reaches the view in a transition: drawing a hundred nodes with their labels
 * is then rendered in short slices, not as one task that blocks input. `graph` null: not yet
 * (the view has not measured its panel), nothing is computed.
 */
export function useNetworkLayout(graph: NetworkGraph | null): LayoutState {
  const inWorker = typeof Worker !== 'undefined';
  const input = useMemo(() => (graph === null ? null : layoutInputOf(graph)), [graph]);

  const synchronous = useMemo<LayoutState | null>(() => {
    if (inWorker || input === null) return null;
    return { status: 'ready', positionOf: positionLookup(input.ids, computeLayout(input)) };
  }, [input, inWorker]);

  const [fromWorker, setFromWorker] = useState<{ input: typeof input; state: LayoutState } | null>(null);

  useEffect(() => {
    if (!inWorker || input === null) return;
    performance.clearMarks(LAYOUT_MARKS.start);
    performance.clearMarks(LAYOUT_MARKS.end);
    performance.mark(LAYOUT_MARKS.start);
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    const id = Date.now();
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') setFromWorker({ input, state: { status: 'computing', progress: reply.done } });
      else if (reply.type === 'failed') setFromWorker({ input, state: { status: 'failed', message: reply.message } });
      else {
        performance.mark(LAYOUT_MARKS.end);
        const positionOf = positionLookup(input.ids, reply.positions);
        startTransition(() => setFromWorker({ input, state: { status: 'ready', positionOf } }));
        worker.terminate();
      }
    };
    worker.onerror = (event) => setFromWorker({ input, state: { status: 'failed', message: event.message || 'The layout worker could not start.' } });
    worker.postMessage({ id, input } satisfies LayoutRequest);
    return () => worker.terminate();
  }, [input, inWorker]);

  if (synchronous !== null) return synchronous;
  if (fromWorker !== null && fromWorker.input === input) return fromWorker.state;
  return { status: 'computing', progress: 0 };
}
