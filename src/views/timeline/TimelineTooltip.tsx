import type { Source, Summit, Theme } from '../../model/schema';
import { articleShareText, partialDateText, percent, quoteCountText, summitKindText } from './describe';
import type { ThemeYearCell } from './themeYears';

interface TooltipPosition {
  /** Anchor in the chart's pixels. */
  x: number;
  y: number;
  /** Open above the anchor (lower rows) or below it (top rows). */
  above: boolean;
  chartWidth: number;
}

type TooltipContent =
  | { kind: 'cell'; theme: Theme; cell: ThemeYearCell }
  | { kind: 'summit'; summit: Summit; countryName: string; sources: Source[] };

/** Hover/focus details; decorative for screen readers, whose marks carry the same words in their names. */
export function TimelineTooltip({ position, content }: { position: TooltipPosition; content: TooltipContent }) {
  const edge = position.x < 140 ? 'start' : position.x > position.chartWidth - 140 ? 'end' : 'middle';
  return (
    <div
      className={`timeline-tooltip timeline-tooltip--${edge} timeline-tooltip--${position.above ? 'above' : 'below'}`}
      style={{ left: position.x, top: position.y }}
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
