import { useCallback, useRef, useState } from 'react';
import type { YearChangeSource } from '../../components/YearSlider';
import { FIRST_YEAR } from '../../model/years';

/**
 * The map's year, and its playback. While the year plays it stays here and reaches the store (and
 * the URL) when playback stops: one history entry per play instead of one per year, and the other
 * views are not re-rendered each step. Any other change goes to the store at once.
 */
export function useMapYear(storeYear: number | null, lastYear: number, setYear: (year: number) => void) {
  const [playbackYear, setPlaybackYearState] = useState<number | null>(null);
  const playbackYearRef = useRef<number | null>(null);
  const setPlaybackYear = useCallback((next: number | null) => {
    playbackYearRef.current = next;
    setPlaybackYearState(next);
  }, []);
  const [playing, setPlaying] = useState(false);

  const onYearChange = useCallback(
    (next: number, source: YearChangeSource) => {
      if (source === 'playback') {
        setPlaybackYear(next);
      } else {
        setPlaybackYear(null);
        setYear(next);
      }
    },
    [setYear, setPlaybackYear],
  );
  const onPlayingChange = useCallback(
    (nowPlaying: boolean) => {
      setPlaying(nowPlaying);
      const played = playbackYearRef.current;
      if (!nowPlaying && played !== null) {
        setYear(played);
        setPlaybackYear(null);
      }
    },
    [setYear, setPlaybackYear],
  );

  const year = Math.min(lastYear, Math.max(FIRST_YEAR, playbackYear ?? storeYear ?? lastYear));
  return { year, playing, onYearChange, onPlayingChange };
}
