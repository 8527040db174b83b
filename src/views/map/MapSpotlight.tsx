/**
 * The countries a story step is about, drawn over the map: a glowing outline (a ring for a small
 * state's marker) and the country's name, names kept apart by the shared label placement.
 * Lives inside the ZoomableGroup: outlines zoom with the map, names keep their size on screen.
 */
import { memo, useMemo } from 'react';
import { useMapContext, useZoomPanContext } from 'react-simple-maps';
import { estimateTextWidth, placeLabels } from '../../components/labelPlacement';
import { spotlightPlaces } from './spotlightFrame';
import type { SmallStateMarker } from './smallStates';
import type { WorldShape } from './worldShapes';

interface SpotlightProps {
  iso3s: readonly string[];
  shapes: readonly WorldShape[];
  markers: readonly SmallStateMarker[];
  /** Outline path data by country (computed once with the map's shapes). */
  pathOf: ReadonlyMap<string, string>;
  nameOf: ReadonlyMap<string, string>;
}

/** The names' type size in px: larger than the map's other text, read from across a room. */
function labelFontPx(): number {
  const root = typeof document === 'undefined' ? 16 : parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return Math.round(root * 1.1);
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

/** Names (and rings for small states), at a constant size on screen whatever the zoom. */
export function SpotlightLabels({ iso3s, shapes, markers, nameOf }: Omit<SpotlightProps, 'pathOf'>) {
  const { projection, width, height } = useMapContext();
  const { x: tx, y: ty, k } = useZoomPanContext();
  const places = useMemo(() => spotlightPlaces(iso3s, projection, shapes, markers), [iso3s, projection, shapes, markers]);
  if (places.length === 0) return null;
  const fontPx = labelFontPx();
  const markerIso3s = new Set(markers.map((m) => m.iso3));
  // Place in screen px (where overlaps are seen), then draw back in the group's zoomed coordinates.
  const candidates = places.map((place) => {
    const text = nameOf.get(place.iso3) ?? place.iso3;
    const small = markerIso3s.has(place.iso3);
    return {
      id: place.iso3,
      x: place.anchor[0] * k + tx,
      y: place.anchor[1] * k + ty,
      r: small ? 14 : 0,
      width: estimateTextWidth(text, fontPx) * 1.1,
      height: fontPx + 4,
      priority: 1,
      mustShow: true,
      centred: !small,
    };
  });
  const placed = placeLabels(candidates, { bounds: { x0: 2, y0: 2, x1: width - 2, y1: height - 2 } });
  const unzoom = `scale(${1 / k})`;
  return (
    <g className="map-spotlight-labels" aria-hidden="true">
      {places
        .filter((p) => markerIso3s.has(p.iso3))
        .map((p) => (
          <g key={`ring-${p.iso3}`} transform={`translate(${p.anchor[0]} ${p.anchor[1]}) ${unzoom}`}>
            <circle r={13} className="map-spotlight__ring" />
          </g>
        ))}
      {placed.map((label) => (
        <text
          key={label.id}
          className="map-spotlight__label"
          transform={`translate(${(label.x - tx) / k} ${(label.y - ty) / k}) ${unzoom}`}
          textAnchor={label.anchor}
          dominantBaseline="central"
          style={{ fontSize: fontPx }}
          data-spotlight-label={label.id}
        >
          {nameOf.get(label.id) ?? label.id}
        </text>
      ))}
    </g>
  );
}
