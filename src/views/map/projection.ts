import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, MultiPoint } from 'geojson';

/**
 * The default framing: Europe (Lisbon) to Japan across, Egypt to Arctic Russia down.
 * Equal Earth keeps areas honest (Russia is not inflated as on Mercator), and rotating the
 * central meridian to 70°E puts the SCO's heartland, Central Asia, in the middle.
 */
export const EURASIA_FRAME: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [
    [-10, 36],
    [-8, 58],
    [146, 32],
    [146, 46],
    [31, 22],
    [70, 73],
  ],
};

export const CENTRAL_MERIDIAN = 70;
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

/** Margin around the framed area, in px, so coasts do not touch the legend or the edge. */
const FRAME_PADDING = 12;

export function eurasiaProjection(width: number, height: number): GeoProjection {
  return geoEqualEarth()
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitExtent(
      [
        [FRAME_PADDING, FRAME_PADDING],
        [Math.max(FRAME_PADDING + 1, width - FRAME_PADDING), Math.max(FRAME_PADDING + 1, height - FRAME_PADDING)],
      ],
      EURASIA_FRAME,
    );
}

/** Where the map looks and how close: the store's mapZoom as a value. */
export interface MapFraming {
  center: [number, number];
  zoom: number;
}

/** The default framing as a center and zoom 1 (the projection is already fitted to Eurasia). */
export function defaultFraming(projection: GeoProjection, width: number, height: number): MapFraming {
  const center = projection.invert?.([width / 2, height / 2]);
  return { center: center ?? [CENTRAL_MERIDIAN, 0], zoom: 1 };
}

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** Share of the view a selected country fills: close enough to see it, with its neighbours for context. */
const COUNTRY_FILL = 0.55;
/** Zoom for a country drawn as a point (a small state): its region, not an empty sea. */
const POINT_ZOOM = 5;

/** A framing that centres a country and zooms until it fills a good part of the view. */
export function countryFraming(
  projection: GeoProjection,
  width: number,
  height: number,
  target: { feature: Feature<Geometry> } | { point: [number, number] },
): MapFraming | null {
  if ('point' in target) return { center: target.point, zoom: POINT_ZOOM };
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(target.feature);
  if (![x0, y0, x1, y1].every(Number.isFinite)) return null;
  const center = projection.invert?.([(x0 + x1) / 2, (y0 + y1) / 2]);
  if (center === undefined || center === null) return null;
  const spread = Math.max((x1 - x0) / width, (y1 - y0) / height, 1e-6);
  return { center, zoom: clamp(COUNTRY_FILL / spread, MIN_ZOOM, MAX_ZOOM) };
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
