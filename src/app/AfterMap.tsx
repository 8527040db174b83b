import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { create } from 'zustand';
import { LoadingState } from '../components/LoadingState';
import { afterNextPaint } from '../state/afterPaint';
import { useAfterMapDrawn } from '../state/paintOrder';

/** How many of the held-back views are on screen: each waits for the ones before it. */
const useViewsDrawn = create<{ drawn: number }>(() => ({ drawn: 0 }));

/** The longest a view waits for each one before it. */
const TURN_TIMEOUT_MS = 2000;

interface AfterMapProps {
  /** The region's name, for its loading state (the same words as the region's Suspense fallback). */
  label: string;
  /** Starts downloading the view's code at once, so it is there when its turn comes. */
  preload: () => Promise<unknown>;
  /** Its place in the queue (0 first): it renders once the views before it are painted. */
  turn: number;
  children: ReactNode;
}

/** Rendered after the view: once the view's commit is on screen, the next one may start. */
function DrawnMark({ turn }: { turn: number }) {
  useEffect(() => afterNextPaint(window, 0, () => useViewsDrawn.setState((s) => ({ drawn: Math.max(s.drawn, turn + 1) }))), [turn]);
  return null;
}

/**
 * Holds a view back until the map's outlines are on screen, then renders it in a transition (React
 * yields to the browser every few milliseconds), so the first thing a visitor sees, the map, does
 * not wait for the network's layout or the timeline's scales. One view at a time, each after the
 * one before it is painted: a commit (and its measuring) of all of them together was one long
 * task that blocked input (Lighthouse's total blocking time).
 */
export function AfterMap({ label, preload, turn, children }: AfterMapProps) {
  // True once the map is drawn, or after a few seconds: a map that fails must not hold the rest back.
  const mapDrawn = useAfterMapDrawn();
  const previousDrawn = useViewsDrawn((s) => s.drawn >= turn);
  // A view before it that fails (its error boundary shows instead) never says it is drawn.
  const [waitedEnough, setWaitedEnough] = useState(false);
  useEffect(() => {
    if (!mapDrawn || previousDrawn) return;
    const timer = setTimeout(() => setWaitedEnough(true), TURN_TIMEOUT_MS * turn);
    return () => clearTimeout(timer);
  }, [mapDrawn, previousDrawn, turn]);
  const myTurn = previousDrawn || waitedEnough;
  const [show, setShow] = useState(false);
  useEffect(() => {
    void preload().catch(() => undefined);
  }, [preload]);
  useEffect(() => {
    if (mapDrawn && myTurn) startTransition(() => setShow(true));
  }, [mapDrawn, myTurn]);
  if (!show) return <LoadingState label={`Loading ${label.toLowerCase()}…`} />;
  return (
    <>
      {children}
      <DrawnMark turn={turn} />
    </>
  );
}
