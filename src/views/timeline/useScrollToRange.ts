import { useEffect, type RefObject } from 'react';
import type { ScaleLinear } from 'd3-scale';

/**
 * When the chart is wider than its view (a phone) and scrolls sideways, a range set anywhere (the
 * fields, a link, a story step) scrolls its first year in beside the theme names, so the chosen
 * years are on screen rather than off to the right.
 */
export function useScrollToRange(
  scrollerRef: RefObject<HTMLElement | null>,
  chartRef: RefObject<HTMLElement | null>,
  range: readonly [number, number] | null,
  x: ScaleLinear<number, number>,
): void {
  const from = range?.[0] ?? null;
  useEffect(() => {
    const scroller = scrollerRef.current;
    const chart = chartRef.current;
    if (scroller === null || chart === null || from === null || scroller.scrollWidth <= scroller.clientWidth) return;
    const chartLeft = chart.getBoundingClientRect().left - scroller.getBoundingClientRect().left + scroller.scrollLeft;
    // The sticky theme names cover the scroller's left: scroll-padding-left says how far.
    const covered = parseFloat(getComputedStyle(scroller).scrollPaddingLeft) || 0;
    scroller.scrollTo({ left: Math.max(0, chartLeft + x(from - 0.5) - covered - 4) });
  }, [scrollerRef, chartRef, from, x]);
}
