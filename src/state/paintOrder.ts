/**
 * The order the first screen is drawn in: the map first — what a visitor looks at, and all that
 * needs little of the data — then the timeline, network and table, whose derivations over a large
 * corpus take hundreds of milliseconds and would otherwise hold the map back.
 */
import { useEffect, useState } from 'react';
import { create } from 'zustand';

const usePaintOrder = create<{ mapDrawn: boolean }>(() => ({ mapDrawn: false }));

/** Called by the map once it has drawn its outlines; the rest may follow after that frame. */
export function markMapDrawn(): void {
  if (usePaintOrder.getState().mapDrawn) return;
  // After the frame that shows the map, not before it: a timer from inside an animation frame.
  requestAnimationFrame(() => setTimeout(() => usePaintOrder.setState({ mapDrawn: true }), 0));
}

/** True once the map is on screen, or after `fallbackMs` (a map that fails must not hold the rest back). */
export function useAfterMapDrawn(fallbackMs = 3000): boolean {
  const mapDrawn = usePaintOrder((s) => s.mapDrawn);
  const [timedOut, setTimedOut] = useState(false);
  useEffect(() => {
    if (mapDrawn) return;
    const timer = setTimeout(() => setTimedOut(true), fallbackMs);
    return () => clearTimeout(timer);
  }, [mapDrawn, fallbackMs]);
  return mapDrawn || timedOut;
}
