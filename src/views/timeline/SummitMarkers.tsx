import { useState, type KeyboardEvent } from 'react';
import type { Summit } from '../../model/schema';
import { summitLabel } from './describe';
import type { TimelineLayout } from './timelineLayout';

interface SummitMarkersProps {
  layout: TimelineLayout;
  summits: readonly Summit[];
  countryName: (iso3: string) => string;
  openYear: number | null;
  onHover: (year: number | null) => void;
  onOpen: (year: number) => void;
}

/** Summit diamonds along the bottom of the timeline: year context, with the host city when there is room. */
export function SummitMarkers({ layout, summits, countryName, openYear, onHover, onOpen }: SummitMarkersProps) {
  const { x, summitTop, showSummitCities } = layout;
  const cy = summitTop + 14;
  const hitWidth = Math.max(16, Math.min(64, layout.step - 2));
  // Like the marks: one tab stop for the row of summits, left/right arrows move along it.
  const [active, setActive] = useState<number | null>(null);
  const years = summits.map((s) => s.year);
  const tabStop = active !== null && years.includes(active) ? active : years[0];

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, year: number) => {
    const i = years.indexOf(year);
    const target =
      event.key === 'ArrowLeft' ? years[i - 1] : event.key === 'ArrowRight' ? years[i + 1] : event.key === 'Home' ? years[0] : event.key === 'End' ? years[years.length - 1] : undefined;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(year);
    } else if (target !== undefined) {
      event.preventDefault();
      const next = event.currentTarget.parentElement?.querySelector(`[data-summit="${target}"]`);
      if (next instanceof SVGElement) next.focus();
    }
  };

  return (
    <g className="timeline-summits">
      {summits.map((summit) => {
        const cx = x(summit.year);
        const label = summitLabel(summit, countryName(summit.country));
        return (
          <g
            key={summit.year}
            className={`timeline-summit timeline-summit--${summit.kind}${openYear === summit.year ? ' timeline-summit--open' : ''}`}
            role="button"
            tabIndex={summit.year === tabStop ? 0 : -1}
            data-summit={summit.year}
            aria-label={`${summit.year}: ${label}. Show source`}
            aria-expanded={openYear === summit.year}
            onClick={() => onOpen(summit.year)}
            onKeyDown={(event) => onKeyDown(event, summit.year)}
            onMouseEnter={() => onHover(summit.year)}
            onMouseLeave={() => onHover(null)}
            onFocus={() => {
              setActive(summit.year);
              onHover(summit.year);
            }}
            onBlur={() => onHover(null)}
          >
            <rect className="timeline-summit__hit" x={cx - hitWidth / 2} y={summitTop + 2} width={hitWidth} height={layout.summitHeight - 4} rx={6} />
            <path className="timeline-summit__diamond" d={`M${cx},${cy - 8} L${cx + 8},${cy} L${cx},${cy + 8} L${cx - 8},${cy} Z`} />
            {showSummitCities && (
              <text className="timeline-summit__city" x={cx} y={cy + 24} textAnchor="middle">
                {summit.city}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
