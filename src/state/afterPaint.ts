import { startTransition, useEffect, useState } from 'react';
import { useAtlasStore, type AtlasState } from './store';

/** `run` after `delayMs` and then the next frame, so it never delays the frame that shows a change. Returns a cancel. */
export function afterNextPaint(win: Window, delayMs: number, run: () => void): () => void {
  let frame: number | undefined;
  let timer = setTimeout(() => {
    frame = win.requestAnimationFrame(() => {
      timer = setTimeout(run, 0);
    });
  }, delayMs);
  return () => {
    clearTimeout(timer);
    if (frame !== undefined) win.cancelAnimationFrame(frame);
  };
}

/**
 * A store value for a view that should not share the frame of a change: the component re-renders
 * with the new value only after the frame that showed the change elsewhere (the map's year step),
 * not in the keydown's render. With `restMs`, only once the value has rested that long: a view
 * off screen skips the years a held key passes through. `select` must be a stable function (module level).
 */
export function useStoreAfterPaint<T>(select: (state: AtlasState) => T, restMs = 0): T {
  const [value, setValue] = useState(() => select(useAtlasStore.getState()));
  useEffect(() => {
    let cancel: (() => void) | null = null;
    const catchUp = () => {
      cancel = null;
      setValue(select(useAtlasStore.getState()));
    };
    // A change between this component's render and this effect.
    catchUp();
    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (Object.is(select(state), select(previous))) return;
      if (cancel !== null && restMs === 0) return;
      cancel?.();
      cancel = afterNextPaint(window, restMs, catchUp);
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  }, [select, restMs]);
  return value;
}

/**
 * False until the browser reports an idle period once `ready` (or `timeoutMs` after), then true
 * for good, set in a transition: for work nobody sees at once, such as an off-screen drawing kept
 * for exports, so it does not lengthen the load's busy tasks. True at once where there is no
 * requestIdleCallback (jsdom).
 */
export function useAfterIdle(ready: boolean, timeoutMs = 3000): boolean {
  const [idle, setIdle] = useState(() => typeof requestIdleCallback === 'undefined');
  useEffect(() => {
    if (idle || !ready) return;
    const handle = requestIdleCallback(() => startTransition(() => setIdle(true)), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }, [idle, ready, timeoutMs]);
  return idle;
}
