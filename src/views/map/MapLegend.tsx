import { Legend, LegendNote, type LegendItem } from '../../components/Legend';
import type { LegendCounts } from './legendCounts';
import { STATUS_STRENGTH } from '../../model/statusInYear';
import { CANDIDATE_STYLE, classColour, classLabel, OWN_COLOUR } from './statusScale';

interface MapLegendProps {
  title: string;
  counts: LegendCounts;
  /** Countries drawn dashed this year: their status rests on weak sources only. */
  unverified: number;
  /** Candidates named in the person's own articles this year (outlined in the "yours" colour). */
  ownCandidates: number;
}

/** Counts per status for the year (classes nobody held are dimmed) and the candidate hatch. */
export function MapLegend({ title, counts, unverified, ownCandidates }: MapLegendProps) {
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
    ...(ownCandidates === 0
      ? []
      : [
          {
            key: 'own-candidate',
            label: 'Named in your articles',
            count: ownCandidates,
            colour: OWN_COLOUR,
            hatch: true,
            swatch: <span className="map-legend__swatch map-legend__swatch--candidate map-legend__swatch--own" />,
          },
        ]),
  ];
  return (
    <Legend title={title} items={items} className="map-legend" layout="row" hideTitle>
      {unverified > 0 && <LegendNote>{`Dashed outline: unverified, weak sources only (${unverified})`}</LegendNote>}
    </Legend>
  );
}
