import type { Source, Summit, Theme } from '../../model/schema';
import { articleShareText, partialDateText, percent, quoteCountText, summitKindText } from './describe';
import type { ThemeYearCell } from '../../model/themeYears';

interface TooltipPosition {
  /** Left and right edges of the hovered column, and the row's centre, in the chart's pixels. */
  left: number;
  right: number;
  y: number;
  chartWidth: number;
  /** Beside the column (marks) or above the anchor (summits, at the bottom of the chart). */
  placement: 'side' | 'above';
}

/** Room the tooltip needs beside a column. */
const TOOLTIP_ROOM = 310;

type TooltipContent =
  | { kind: 'cell'; theme: Theme; cell: ThemeYearCell }
  | { kind: 'summit'; summit: Summit; countryName: string; sources: Source[] };

/** Hover/focus details; decorative for screen readers, whose marks carry the same words in their names. */
export function TimelineTooltip({ position, content }: { position: TooltipPosition; content: TooltipContent }) {
  const centre = (position.left + position.right) / 2;
  let className: string;
  let left: number;
  if (position.placement === 'above') {
    // Centred over the anchor, pushed inwards near the chart's edges.
    const edge = centre < TOOLTIP_ROOM / 2 ? 'start' : centre > position.chartWidth - TOOLTIP_ROOM / 2 ? 'end' : 'middle';
    className = `timeline-tooltip--above timeline-tooltip--above-${edge}`;
    left = centre;
  } else {
    // Beside the column, on the side with room, so it never covers the column's own marks.
    const onRight = position.right + TOOLTIP_ROOM <= position.chartWidth || position.left < TOOLTIP_ROOM;
    className = `timeline-tooltip--${onRight ? 'right' : 'left'}`;
    left = onRight ? position.right : position.left;
  }
  return (
    <div
      className={`timeline-tooltip ${className}`}
      style={{ left, top: position.y }}
      aria-hidden="true"
    >
      {content.kind === 'cell' ? (
        <>
          <strong>
            {content.theme.label} · {content.cell.year}
          </strong>
          <span>{percent(content.cell.weight)} of the year’s theme talk</span>
          <span>
            {quoteCountText(content.cell)} · {articleShareText(content.cell)}
          </span>
          <span className="timeline-tooltip__hint">Click for the quotes</span>
        </>
      ) : (
        <>
          <strong>
            {content.summit.year} · {content.summit.city === 'Online' ? `Online (${content.countryName} chair)` : `${content.summit.city}, ${content.countryName}`}
          </strong>
          <span>
            {summitKindText(content.summit)}, {partialDateText(content.summit.date)}
          </span>
          {content.sources.map((source) => (
            <span key={source.id} className="timeline-tooltip__source">
              Source: {source.publisher}
              {source.date !== undefined && `, ${source.date}`}
            </span>
          ))}
        </>
      )}
    </div>
  );
}
