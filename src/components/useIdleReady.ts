import { useEffect, useState } from 'react';

/** Longest wait for an idle moment before mounting anyway. */
const IDLE_TIMEOUT_MS = 300;

/**
 * False on the first render, true once the browser has been idle (or after a short timeout).
 * Secondary views wait for it so the map, the first thing a visitor looks at, paints first.
 */
export function useIdleReady(enabled: boolean): boolean {
  const [ready, setReady] = useState(!enabled);
  useEffect(() => {
    if (ready) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setReady(true), { timeout: IDLE_TIMEOUT_MS });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(handle);
  }, [ready]);
  return ready;
}
