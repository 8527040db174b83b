import { Legend, type LegendItem } from '../../components/Legend';

interface TimelineLegendProps {
  /** Name of the selected expert or country, when marks involving it are ringed. */
  involvementName: string | null;
  /** How many marks on the axis are ringed. */
  involvedCount: number;
  rangeActive: boolean;
  shanghaiFiveShown: boolean;
  /** Some marks include the person's own articles. */
  ownShown?: boolean;
}

const swatch = (children: React.ReactNode) => (
  <svg width="22" height="18" aria-hidden="true">
    {children}
  </svg>
);

/** What the marks mean, in words and small swatches drawn like the chart's. */
export function TimelineLegend({ involvementName, involvedCount, rangeActive, shanghaiFiveShown, ownShown = false }: TimelineLegendProps) {
  const items: LegendItem[] = [
    {
      key: 'circle',
      label: 'Circle area: the theme’s average share of an article’s theme words that year (each article counts equally)',
      swatch: swatch(<circle className="timeline-legend__dot" cx="11" cy="9" r="7" />),
    },
    { key: 'no-articles', label: 'No articles that year', swatch: swatch(<rect className="timeline-legend__hatch" x="2" y="1" width="18" height="16" />) },
    { key: 'summit', label: 'SCO summit (select for date and source)', swatch: swatch(<path className="timeline-legend__diamond" d="M11,2 L18,9 L11,16 L4,9 Z" />) },
  ];
  if (shanghaiFiveShown) {
    items.push({
      key: 'shanghai-five',
      label: 'Shanghai Five meeting (1996–2000)',
      swatch: swatch(<path className="timeline-legend__diamond timeline-legend__diamond--hollow" d="M11,3 L17,9 L11,15 L5,9 Z" />),
    });
  }
  if (ownShown) {
    items.push({
      key: 'own',
      label: 'Includes your articles',
      swatch: swatch(
        <>
          <circle className="timeline-legend__dot" cx="12" cy="10" r="6" />
          <circle className="timeline-mark__own" cx="5" cy="4" r="3" />
        </>,
      ),
    });
  }
  if (rangeActive) {
    items.push({
      key: 'range',
      label: 'Chosen years (map, network and quotes follow)',
      swatch: swatch(<rect className="timeline-legend__shade" x="2" y="1" width="18" height="16" />),
    });
  }
  if (involvementName !== null) {
    items.push({
      key: 'ringed',
      label:
        involvedCount === 0
          ? `No mark involves ${involvementName}`
          : `Ringed: involves ${involvementName} (${involvedCount} ${involvedCount === 1 ? 'mark' : 'marks'})`,
      swatch: swatch(
        <>
          <circle className="timeline-legend__dot" cx="11" cy="9" r="4" />
          <circle className="timeline-legend__ring" cx="11" cy="9" r="7.5" />
        </>,
      ),
    });
  }
  return <Legend title="Legend: timeline marks" items={items} className="timeline-legend" layout="inline" hideTitle />;
}
