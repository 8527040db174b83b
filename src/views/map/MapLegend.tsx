import { Legend, LegendNote, type LegendItem } from '../../components/Legend';
import type { LegendCounts } from './legendCounts';
import { STATUS_STRENGTH } from '../../model/statusInYear';
import { CANDIDATE_STYLE, classColour, classLabel } from './statusScale';

interface MapLegendProps {
  title: string;
  counts: LegendCounts;
  /** Countries drawn dashed this year: their status rests on weak sources only. */
  unverified: number;
}

/** Counts per status for the year (classes nobody held are dimmed) and the candidate hatch. */
export function MapLegend({ title, counts, unverified }: MapLegendProps) {
  const items: LegendItem[] = [
    ...STATUS_STRENGTH.map((status) => ({
      key: status,
      label: classLabel(status),
      count: counts.byStatus[status],
      colour: classColour(status),
      swatch: <span className="map-legend__swatch" style={{ background: classColour(status) }} />,
    })),
    {
      key: 'candidate',
      label: CANDIDATE_STYLE.label,
      count: counts.candidates,
      colour: CANDIDATE_STYLE.colour,
      hatch: true,
      swatch: <span className="map-legend__swatch map-legend__swatch--candidate" />,
    },
  ];
  return (
    <Legend title={title} items={items} className="map-legend" layout="row" hideTitle>
      {unverified > 0 && <LegendNote>{`Dashed outline: unverified, weak sources only (${unverified})`}</LegendNote>}
    </Legend>
  );
}
