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
            tabIndex={0}
            aria-label={`${summit.year}: ${label}. Show source`}
            aria-expanded={openYear === summit.year}
            onClick={() => onOpen(summit.year)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onOpen(summit.year);
              }
            }}
            onMouseEnter={() => onHover(summit.year)}
            onMouseLeave={() => onHover(null)}
            onFocus={() => onHover(summit.year)}
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
