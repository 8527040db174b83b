import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { CENTRAL_MERIDIAN, DEFAULT_MAP_FRAMING, EURASIA_FRAME } from '../../model/mapFrame';

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

/** Margin around the framed area, in px, so coasts do not touch the legend or the edge. */
const FRAME_PADDING = 12;

/**
 * Resampling tolerance in px. d3's default (0.5) gives the same outlines at 1:110m but costs
 * twice the time on the first paint, which the 500 ms map budget cannot spare.
 */
const RESAMPLE_PRECISION = 1;

export function eurasiaProjection(width: number, height: number): GeoProjection {
  return geoEqualEarth()
    .rotate([-CENTRAL_MERIDIAN, 0])
    .precision(RESAMPLE_PRECISION)
    .fitExtent(
      [
        [FRAME_PADDING, FRAME_PADDING],
        [Math.max(FRAME_PADDING + 1, width - FRAME_PADDING), Math.max(FRAME_PADDING + 1, height - FRAME_PADDING)],
      ],
      EURASIA_FRAME,
    );
}

/**
 * SVG path data for the outlines: one decimal is a tenth of a pixel, a third fewer characters than d3's default.
 * Computed in the browser on purpose: paths made ready at build time were measured, at best (made
 * for the exact stage size): the outlines' first render 48 -> 14 ms (React's profiler), but the map
 * showed no sooner within the noise (main-thread CPU before it 244 -> 238 ms), for 44 KB more gzip
 * to download; not kept. The first paint's outlines are made at build time instead, coarser and for
 * the default frame only (earlyOutline.ts): they are in index.html, so they show before any script runs.
 */
export function outlinePath(projection: GeoProjection) {
  return geoPath(projection).digits(1);
}

/** Where the map looks and how close: the store's mapZoom as a value. */
export interface MapFraming {
  center: [number, number];
  zoom: number;
}

/** The default framing (the projection is already fitted to Eurasia, so zoom 1 at the frame's centre). */
export const DEFAULT_FRAMING: MapFraming = { center: [DEFAULT_MAP_FRAMING[0], DEFAULT_MAP_FRAMING[1]], zoom: DEFAULT_MAP_FRAMING[2] };

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** Share of the visible area a selected country fills: close enough to see it, with its neighbours for context. */
const COUNTRY_FILL = 0.5;
/** Closest zoom for a selection: beyond it a small country loses the neighbours that place it. */
export const SELECTION_MAX_ZOOM = 4;

/**
 * A framing that shows a country in the middle of the visible part of the map (the part not under
 * the details panel: [visibleLeft, visibleRight] in px), zoomed until it fills a good part of it.
 */
export function countryFraming(
  projection: GeoProjection,
  width: number,
  height: number,
  target: { feature: Feature<Geometry> } | { point: [number, number] },
  visible: { left: number; right: number } = { left: 0, right: width },
): MapFraming | null {
  const visibleWidth = Math.max(1, visible.right - visible.left);
  let centre: [number, number];
  let zoom: number;
  if ('point' in target) {
    const p = projection(target.point);
    if (p === null) return null;
    centre = p;
    zoom = SELECTION_MAX_ZOOM;
  } else {
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(target.feature);
    if (![x0, y0, x1, y1].every(Number.isFinite)) return null;
    centre = [(x0 + x1) / 2, (y0 + y1) / 2];
    const spread = Math.max((x1 - x0) / visibleWidth, (y1 - y0) / height, 1e-6);
    zoom = clamp(COUNTRY_FILL / spread, MIN_ZOOM, SELECTION_MAX_ZOOM);
  }
  // The framing's centre is drawn in the middle of the whole map; shift it so the country lands
  // in the middle of the visible part instead.
  const shift = (width / 2 - (visible.left + visible.right) / 2) / zoom;
  const center = projection.invert?.([centre[0] + shift, centre[1]]);
  if (center === undefined || center === null) return null;
  return { center, zoom };
}

/** The framing as the store keeps it (null for the default), rounded as the URL writes it. */
export function framingToStore(framing: MapFraming, fallback: MapFraming): [number, number, number] | null {
  const round = (n: number) => Math.round(n * 100) / 100;
  // The URL accepts longitudes in [-180, 180] and zooms in [1, 16]: keep within them.
  const lon = ((((framing.center[0] + 180) % 360) + 360) % 360) - 180;
  const lat = clamp(framing.center[1], -90, 90);
  const stored: [number, number, number] = [round(lon), round(lat), round(clamp(framing.zoom, MIN_ZOOM, MAX_ZOOM))];
  const isDefault =
    Math.abs(stored[2] - fallback.zoom) < 0.01 &&
    Math.abs(stored[0] - fallback.center[0]) < 0.05 &&
    Math.abs(stored[1] - fallback.center[1]) < 0.05;
  return isDefault ? null : stored;
}

/**
 * Where a point drawn at `base` (projected, unzoomed px) appears on screen for a framing:
 * react-simple-maps' ZoomableGroup puts the framing's centre in the middle and scales by its zoom.
 */
export function toScreen(base: [number, number], projection: GeoProjection, framing: MapFraming, width: number, height: number): [number, number] | null {
  const centre = projection(framing.center);
  if (centre === null) return null;
  return [width / 2 + (base[0] - centre[0]) * framing.zoom, height / 2 + (base[1] - centre[1]) * framing.zoom];
}

/** Where a country is drawn: its small-state marker's point, else its outline's centroid (projected, unzoomed px). */
export function countryBasePoint(
  iso3: string,
  projection: GeoProjection,
  markers: readonly { iso3: string; coordinates: [number, number] }[],
  shapes: readonly { iso3: string | null; feature: Feature<Geometry> }[],
): [number, number] | null {
  const marker = markers.find((m) => m.iso3 === iso3);
  if (marker !== undefined) return projection(marker.coordinates);
  const shape = shapes.find((s) => s.iso3 === iso3);
  return shape === undefined ? null : geoPath(projection).centroid(shape.feature);
}

/**
 * Where a country sits on screen for a framing, for a tooltip opened from the keyboard; the middle
 * of the map when the country is not drawn.
 */
export function anchorPoint(
  base: [number, number] | null,
  projection: GeoProjection,
  framing: MapFraming,
  width: number,
  height: number,
): { x: number; y: number } {
  const screen = base === null ? null : toScreen(base, projection, framing, width, height);
  return screen === null || !screen.every(Number.isFinite) ? { x: width / 2, y: height / 2 } : { x: screen[0], y: screen[1] };
}
