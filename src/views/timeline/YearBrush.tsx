import { useEffect, useRef } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { brushFromYears, yearsFromBrush } from './brushYears';
import type { TimelineLayout } from './timelineLayout';

interface YearBrushProps {
  layout: TimelineLayout;
  range: readonly [number, number] | null;
  onRange: (range: [number, number] | null) => void;
  /** The snapped years while a drag is under way (null when it ends). */
  onPreview: (range: [number, number] | null) => void;
}

/**
 * d3-brush on the year strip. d3 owns the <g>'s children (overlay, selection, handles); React owns
 * the <g>. A user's brush snaps to whole years and goes to the store; a range set elsewhere (URL,
 * inputs, stories) moves the brush. Programmatic moves carry no sourceEvent and are ignored, so
 * the two directions never loop.
 */
export function YearBrush({ layout, range, onRange, onPreview }: YearBrushProps) {
  const ref = useRef<SVGGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const onRangeRef = useRef(onRange);
  const onPreviewRef = useRef(onPreview);
  useEffect(() => {
    onRangeRef.current = onRange;
    onPreviewRef.current = onPreview;
  }, [onRange, onPreview]);

  const { x, span, plotLeft, plotRight, stripTop, stripHeight } = layout;

  useEffect(() => {
    const node = ref.current;
    if (node === null) return;
    const g = select<SVGGElement, unknown>(node);
    const brush = brushX<unknown>()
      .extent([
        [plotLeft, stripTop],
        [plotRight, stripTop + stripHeight],
      ])
      .on('brush', (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent === undefined || event.sourceEvent === null) return;
        const selection = event.selection as [number, number] | null;
        onPreviewRef.current(selection === null ? null : yearsFromBrush(selection, x, span));
      })
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (event.sourceEvent === undefined || event.sourceEvent === null) return;
        onPreviewRef.current(null);
        const selection = event.selection as [number, number] | null;
        if (selection === null) {
          onRangeRef.current(null);
          return;
        }
        const years = yearsFromBrush(selection, x, span);
        brush.move(g, brushFromYears(years, x));
        onRangeRef.current(years);
      });
    g.call(brush);
    brushRef.current = brush;
    return () => {
      g.on('.brush', null);
      g.selectAll('*').remove();
      brushRef.current = null;
    };
  }, [x, span, plotLeft, plotRight, stripTop, stripHeight]);

  useEffect(() => {
    const node = ref.current;
    const brush = brushRef.current;
    if (node === null || brush === null) return;
    brush.move(select<SVGGElement, unknown>(node), range === null ? null : brushFromYears(range, x));
  }, [range, x]);

  return <g ref={ref} className="timeline-brush" data-testid="year-brush" />;
}
