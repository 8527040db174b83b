interface TimelineLegendProps {
  /** Name of the selected expert or country, when marks involving it are ringed. */
  involvementName: string | null;
  rangeActive: boolean;
  shanghaiFiveShown: boolean;
}

/** What the marks mean, in words and small swatches drawn like the chart's. */
export function TimelineLegend({ involvementName, rangeActive, shanghaiFiveShown }: TimelineLegendProps) {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      <li>
        <svg width="22" height="18" aria-hidden="true">
          <circle className="timeline-legend__dot" cx="11" cy="9" r="7" />
        </svg>
        Circle area: the theme’s average share of an article’s theme words that year (each article counts equally)
      </li>
      <li>
        <svg width="22" height="18" aria-hidden="true">
          <rect className="timeline-legend__hatch" x="2" y="1" width="18" height="16" />
        </svg>
        No articles that year
      </li>
      <li>
        <svg width="22" height="18" aria-hidden="true">
          <path className="timeline-legend__diamond" d="M11,2 L18,9 L11,16 L4,9 Z" />
        </svg>
        SCO summit (select for date and source)
      </li>
      {shanghaiFiveShown && (
        <li>
          <svg width="22" height="18" aria-hidden="true">
            <path className="timeline-legend__diamond timeline-legend__diamond--hollow" d="M11,3 L17,9 L11,15 L5,9 Z" />
          </svg>
          Shanghai Five meeting (1996–2000)
        </li>
      )}
      {rangeActive && (
        <li>
          <svg width="22" height="18" aria-hidden="true">
            <rect className="timeline-legend__shade" x="2" y="1" width="18" height="16" />
          </svg>
          Chosen years (map, network and quotes follow)
        </li>
      )}
      {involvementName !== null && (
        <li>
          <svg width="22" height="18" aria-hidden="true">
            <circle className="timeline-legend__dot" cx="11" cy="9" r="4" />
            <circle className="timeline-legend__ring" cx="11" cy="9" r="7.5" />
          </svg>
          Ringed: involves {involvementName}
        </li>
      )}
    </ul>
  );
}
