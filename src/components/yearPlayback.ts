import { useCallback, useEffect, useRef, useState } from 'react';
import { useMediaQuery } from './useMediaQuery';

export interface PlaybackSpeed {
  id: string;
  label: string;
  /** How long each year stays on screen. */
  msPerYear: number;
}

export const PLAYBACK_SPEEDS: readonly PlaybackSpeed[] = [
  { id: 'slow', label: 'Slow', msPerYear: 1500 },
  { id: 'normal', label: 'Normal', msPerYear: 800 },
  { id: 'fast', label: 'Fast', msPerYear: 350 },
];

/** The year after `current`, or null when playback has reached the last year and must stop. */
export function nextPlaybackYear(current: number, max: number): number | null {
  return current < max ? current + 1 : null;
}

/** Pressing play on the last year replays history from the start. */
export function playbackStartYear(current: number, min: number, max: number): number {
  return current >= max ? min : Math.max(min, current);
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** True when the person asked their system for less motion. */
export function usePrefersReducedMotion(): boolean {
  return useMediaQuery(REDUCED_MOTION);
}

interface PlaybackOptions {
  min: number;
  max: number;
  value: number;
  onChange: (year: number) => void;
  msPerYear: number;
}

/**
 * Steps the year once per `msPerYear` and stops at the last year. A timeout per step (not an
 * interval) so a speed change applies from the next year and nothing keeps running once paused.
 */
export function useYearPlayback({ min, max, value, onChange, msPerYear }: PlaybackOptions) {
  const [playing, setPlaying] = useState(false);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  // Playback ends by itself on the last year: derived, so no extra render or timer is needed to stop it.
  const active = playing && value < max;

  useEffect(() => {
    if (!active) return;
    const timer = window.setTimeout(() => {
      const next = nextPlaybackYear(value, max);
      if (next !== null) onChangeRef.current(next);
    }, msPerYear);
    return () => window.clearTimeout(timer);
  }, [active, value, max, msPerYear]);

  const play = useCallback(() => {
    const start = playbackStartYear(value, min, max);
    if (start !== value) onChangeRef.current(start);
    setPlaying(true);
  }, [value, min, max]);
  const pause = useCallback(() => setPlaying(false), []);

  return { playing: active, play, pause };
}
