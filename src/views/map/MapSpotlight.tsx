/**
 * The countries a story step is about, drawn over the map: a glowing outline, or a ring for a small
 * state's marker. Lives inside the ZoomableGroup: outlines zoom with the map, rings keep their size.
 */
import { memo, useMemo } from 'react';
import { useMapContext, useZoomPanContext } from 'react-simple-maps';
import { spotlightPlaces } from './spotlightFrame';
import type { SmallStateMarker } from './smallStates';
import type { WorldShape } from './worldShapes';

interface SpotlightProps {
  iso3s: readonly string[];
  shapes: readonly WorldShape[];
  markers: readonly SmallStateMarker[];
  /** Outline path data by country (computed once with the map's shapes). */
  pathOf: ReadonlyMap<string, string>;
}

/** Outlines: a wide, soft stroke under a crisp one, so the country stands out of a same-coloured mass. */
export const SpotlightOutlines = memo(function SpotlightOutlines({ iso3s, pathOf }: Pick<SpotlightProps, 'iso3s' | 'pathOf'>) {
  if (iso3s.length === 0) return null;
  return (
    <g className="map-spotlight" aria-hidden="true">
      {iso3s.map((iso3) => {
        const d = pathOf.get(iso3);
        return d === undefined ? null : (
          <g key={iso3} data-spotlight={iso3}>
            <path d={d} className="map-spotlight__glow" />
            <path d={d} className="map-spotlight__outline" />
          </g>
        );
      })}
    </g>
  );
});

/**
 * Rings around the small states of the spotlight (drawn as markers, with no outline to glow), at a
 * constant size on screen whatever the zoom. The names come with the map's other labels (MapLabels),
 * so a spotlit name never overlaps another.
 */
export function SpotlightRings({ iso3s, shapes, markers }: Pick<SpotlightProps, 'iso3s' | 'shapes' | 'markers'>) {
  const { projection } = useMapContext();
  const { k } = useZoomPanContext();
  const places = useMemo(() => spotlightPlaces(iso3s, projection, shapes, markers), [iso3s, projection, shapes, markers]);
  const markerIso3s = new Set(markers.map((m) => m.iso3));
  const rings = places.filter((p) => markerIso3s.has(p.iso3));
  if (rings.length === 0) return null;
  return (
    <g className="map-spotlight-rings" aria-hidden="true">
      {rings.map((p) => (
        <g key={p.iso3} transform={`translate(${p.anchor[0]} ${p.anchor[1]}) scale(${1 / k})`} data-spotlight-ring={p.iso3}>
          <circle r={13} className="map-spotlight__ring" />
        </g>
      ))}
    </g>
  );
}
