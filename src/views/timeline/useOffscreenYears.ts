import { useEffect, useState, type RefObject } from 'react';
import type { ScaleLinear } from 'd3-scale';
import { offscreenYears, type OffscreenYears } from './offscreenYears';

const ALL_SHOWN: OffscreenYears = { before: null, after: null };

/**
 * The years scrolled out of the timeline's view, followed as it scrolls or changes size. The
 * sticky theme names cover the scroller's left edge (its scroll-padding-left says how far), so a
 * year under them counts as out of view.
 */
export function useOffscreenYears(
  scrollerRef: RefObject<HTMLElement | null>,
  chartRef: RefObject<HTMLElement | null>,
  years: readonly number[],
  x: ScaleLinear<number, number>,
): OffscreenYears {
  const [hidden, setHidden] = useState<OffscreenYears>(ALL_SHOWN);
  useEffect(() => {
    const scroller = scrollerRef.current;
    const chart = chartRef.current;
    if (scroller === null || chart === null) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      if (scroller.scrollWidth <= scroller.clientWidth) {
        setHidden((current) => (current.before === null && current.after === null ? current : ALL_SHOWN));
        return;
      }
      const chartLeft = chart.getBoundingClientRect().left - scroller.getBoundingClientRect().left;
      const covered = parseFloat(getComputedStyle(scroller).scrollPaddingLeft) || 0;
      const next = offscreenYears(years, x, { left: covered - chartLeft, right: scroller.clientWidth - chartLeft });
      setHidden((current) => (sameYears(current, next) ? current : next));
    };
    // One measurement per frame however fast the scroll events come.
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    schedule();
    scroller.addEventListener('scroll', schedule, { passive: true });
    // Where the browser cannot observe sizes (jsdom), the scroll events still keep it right.
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
    resize?.observe(scroller);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', schedule);
      resize?.disconnect();
    };
  }, [scrollerRef, chartRef, years, x]);
  return hidden;
}

function sameYears(a: OffscreenYears, b: OffscreenYears): boolean {
  return a.before?.[0] === b.before?.[0] && a.before?.[1] === b.before?.[1] && a.after?.[0] === b.after?.[0] && a.after?.[1] === b.after?.[1];
}
