import { createContext, useContext } from 'react';
import type { EarlyOutline } from './earlyOutline';
import type { SmallStateMarker } from './smallStates';
import type { MapClass } from './statusScale';

/**
 * The outlines projected at build time, given only where the loading shell is rendered
 * (src/app/EarlyShell.tsx): in the browser the map measures its stage before its first paint and
 * draws itself, so this stays null there.
 */
export const EarlyOutlineContext = createContext<EarlyOutline | null>(null);

const HATCH_ID = 'map-early-hatch';

interface EarlyMapProps {
  classes: ReadonlyMap<string, MapClass>;
  candidates: ReadonlySet<string>;
  /** Small states drawn as dots by the map: not hatched as outlines (MapCanvas.tsx). */
  markers: readonly SmallStateMarker[];
}

/**
 * The map as index.html paints it before any script has run: the same outlines, in the same
 * place (see earlyOutline.ts) and the same colours for the year shown. Decoration for assistive
 * technology (aria-hidden): the map that replaces it, once its script is in, carries the names.
 */
export function EarlyMap({ classes, candidates, markers }: EarlyMapProps) {
  const outline = useContext(EarlyOutlineContext);
  if (outline === null) return null;
  const dots = new Set(markers.map((m) => m.iso3));
  return (
    <svg className="map-early" viewBox={outline.viewBox} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={6} className="map-candidate__stripe" strokeWidth={2.2} />
        </pattern>
      </defs>
      <g className="map-shapes">
        {outline.shapes.map(({ key, iso3, d }) => (
          <path key={key} d={d} className={`map-shape map-shape--${iso3 === null ? 'none' : (classes.get(iso3) ?? 'none')}`} data-iso3={iso3 ?? undefined} />
        ))}
      </g>
      <g className="map-candidates">
        {outline.shapes.map(({ key, iso3, d }) => (iso3 !== null && candidates.has(iso3) && !dots.has(iso3) ? <path key={key} d={d} fill={`url(#${HATCH_ID})`} className="map-candidate" /> : null))}
      </g>
    </svg>
  );
}
