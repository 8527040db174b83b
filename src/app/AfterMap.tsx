import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { LoadingState } from '../components/LoadingState';
import { useAfterMapDrawn } from '../state/paintOrder';

interface AfterMapProps {
  /** The region's name, for its loading state (the same words as the region's Suspense fallback). */
  label: string;
  /** Starts downloading the view's code at once, so it is there when its turn comes. */
  preload: () => Promise<unknown>;
  children: ReactNode;
}

/**
 * Holds a view back until the map's outlines are on screen, then renders it in a transition (React
 * yields to the browser every few milliseconds), so the first thing a visitor sees, the map, does
 * not wait for the network's layout or the timeline's scales, and no long task blocks the page.
 */
export function AfterMap({ label, preload, children }: AfterMapProps) {
  // True once the map is drawn, or after a few seconds: a map that fails must not hold the rest back.
  const mapDrawn = useAfterMapDrawn();
  const [show, setShow] = useState(false);
  useEffect(() => {
    void preload().catch(() => undefined);
  }, [preload]);
  useEffect(() => {
    if (mapDrawn) startTransition(() => setShow(true));
  }, [mapDrawn]);
  return show ? children : <LoadingState label={`Loading ${label.toLowerCase()}…`} />;
}
