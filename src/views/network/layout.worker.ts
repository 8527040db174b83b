/**
 * Runs the force layout off the main thread, so the page stays responsive while the nodes settle
 * (5,000 of them, or the hundred the network shows by default). Positions come back as a transferred buffer (no copy).
 */
import { computeLayout, type LayoutInput } from './layout';

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}

export type LayoutReply =
  | { id: number; type: 'progress'; done: number }
  | { id: number; type: 'done'; positions: Float64Array; ms: number }
  | { id: number; type: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, input } = event.data;
  const started = performance.now();
  try {
    const positions = computeLayout(input, (done) => scope.postMessage({ id, type: 'progress', done } satisfies LayoutReply));
    scope.postMessage({ id, type: 'done', positions, ms: performance.now() - started } satisfies LayoutReply, [positions.buffer]);
  } catch (error) {
    scope.postMessage({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies LayoutReply);
  }
};
