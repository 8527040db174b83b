import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAtlasStore } from '../../state/store';
import { countryFraming, DEFAULT_FRAMING, framingToStore, MAX_ZOOM, MIN_ZOOM, type MapFraming } from './projection';
import type { SmallStateMarker } from './smallStates';
import { stageProjection } from './preparedOutlines';
import { frameToInclude, spotlightPlaces } from './spotlightFrame';
import type { WorldShape } from './worldShapes';

/** Keep in step with .country-details { width } in map.css. */
const DETAILS_PANEL_WIDTH = 380;

interface FramingInput {
  width: number;
  height: number;
  mapZoom: [number, number, number] | null;
  selected: string | null;
  markers: readonly SmallStateMarker[];
  shapes: readonly WorldShape[];
  /** Countries a story step points at: kept in the frame until the person moves the map. */
  spotlight: readonly string[] | null;
}

/**
 * The map's projection for its size and where it looks: the store's mapZoom as a framing (moved,
 * if a story step points at countries, just enough to show them well), a way to store a new one
 * (null for the default, so the URL stays short), zoom steps, and a zoom to the selected country
 * whenever the selection changes, here or in another view.
 */
export function useMapFraming({ width, height, mapZoom, selected, markers, shapes, spotlight }: FramingInput) {
  const setMapZoom = useAtlasStore((s) => s.setMapZoom);
  const projection = useMemo(() => stageProjection(Math.max(1, width), Math.max(1, height)), [width, height]);
  const [zoomLon, zoomLat, zoomK] = mapZoom ?? [null, null, null];
  const framing = useMemo<MapFraming>(
    () => (zoomLon === null || zoomLat === null || zoomK === null ? DEFAULT_FRAMING : { center: [zoomLon, zoomLat], zoom: zoomK }),
    [zoomLon, zoomLat, zoomK],
  );
  const storeFraming = useCallback(
    (next: MapFraming) => {
      const stored = framingToStore(next, DEFAULT_FRAMING);
      const current = useAtlasStore.getState().mapZoom;
      if (stored === null ? current !== null : current === null || stored.some((v, i) => v !== current[i])) setMapZoom(stored);
    },
    [setMapZoom],
  );

  // The spotlight frames the map until the person pans or zooms it: then the map is theirs.
  const [released, setReleased] = useState<readonly string[] | null>(null);
  const places = useMemo(() => (spotlight === null ? [] : spotlightPlaces(spotlight, projection, shapes, markers)), [spotlight, projection, shapes, markers]);
  const shown = useMemo(
    () => (spotlight === null || released === spotlight ? framing : frameToInclude(framing, places, projection, width, height)),
    [framing, places, projection, width, height, spotlight, released],
  );
  const userFraming = useCallback(
    (next: MapFraming) => {
      setReleased(spotlight);
      storeFraming(next);
    },
    [spotlight, storeFraming],
  );
  const zoomBy = (factor: number) => userFraming({ center: shown.center, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, shown.zoom * factor)) });

  // A selection that comes with its own framing (a story step, a shared link, back/forward) keeps it,
  // and so does the view given back on leaving a presentation, exactly as it was.
  const presenting = useAtlasStore((s) => s.step !== null);
  const previousSelected = useRef(selected);
  const previousZoom = useRef(mapZoom);
  const previousPresenting = useRef(presenting);
  useEffect(() => {
    const selectionChanged = previousSelected.current !== selected;
    const zoomChanged = previousZoom.current !== mapZoom;
    const leftPresentation = previousPresenting.current && !presenting;
    previousSelected.current = selected;
    previousZoom.current = mapZoom;
    previousPresenting.current = presenting;
    if (!selectionChanged || zoomChanged || leftPresentation || selected === null || width === 0) return;
    const marker = markers.find((m) => m.iso3 === selected);
    const shape = shapes.find((s) => s.iso3 === selected);
    const target = marker !== undefined ? { point: marker.coordinates } : shape !== undefined ? { feature: shape.feature } : null;
    // The details panel covers the right of the map (see .country-details in map.css).
    const panel = Math.min(DETAILS_PANEL_WIDTH, width * 0.46) + 20;
    const next = target === null ? null : countryFraming(projection, width, height, target, { left: 0, right: Math.max(width / 3, width - panel) });
    if (next !== null) storeFraming(next);
  }, [selected, mapZoom, presenting, markers, shapes, projection, width, height, storeFraming]);

  return { projection, framing: shown, storeFraming: userFraming, zoomBy };
}
