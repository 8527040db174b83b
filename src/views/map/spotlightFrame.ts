/**
 * Keeping a story step's countries in the picture: where each is drawn (for its outline and its
 * name) and the least change to a framing that brings them all well inside the map, so a newcomer
 * is never a sliver at the edge (Belarus at a zoom centred on Central Asia, India on a phone).
 * Pure, in projected (unzoomed) pixels like the rest of projection.ts.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { MIN_ZOOM, type MapFraming } from './projection';

type Box = [[number, number], [number, number]];

export interface SpotlightPlace {
  iso3: string;
  /** Where its name goes: the centroid, or a small state's marker. */
  anchor: [number, number];
  /** Its outline's bounds, or a point's for a small state. */
  bounds: Box;
}

/** Room kept between the countries and the map's edge, in screen px: enough for a name beside them. */
export const SPOTLIGHT_MARGIN = 56;

/** A country larger than this share of the map is framed by the area around its name, not whole (Russia). */
const WHOLE_SHARE = 0.6;

/**
 * A step zoomed towards a small country (Belarus) zooms in until the country spans this share of the map
 * across or down, so it is not a sliver in a blue mass; never closer than SPOTLIGHT_MAX_ZOOM, to keep
 * its neighbours in the picture.
 */
const PROMINENCE = 0.2;
export const SPOTLIGHT_MAX_ZOOM = 3;

/** Half the box kept around the name of a country too large to frame whole, in screen px. */
const NAME_ROOM: [number, number] = [80, 28];

export function spotlightPlaces(
  iso3s: readonly string[],
  projection: GeoProjection,
  shapes: readonly { iso3: string | null; feature: Feature<Geometry> }[],
  markers: readonly { iso3: string; coordinates: [number, number] }[],
): SpotlightPlace[] {
  const path = geoPath(projection);
  return iso3s.flatMap((iso3): SpotlightPlace[] => {
    const marker = markers.find((m) => m.iso3 === iso3);
    if (marker !== undefined) {
      const p = projection(marker.coordinates);
      return p === null ? [] : [{ iso3, anchor: [p[0], p[1]], bounds: [p, p] }];
    }
    const shape = shapes.find((s) => s.iso3 === iso3);
    if (shape === undefined) return [];
    const bounds: Box = path.bounds(shape.feature);
    const anchor = path.centroid(shape.feature);
    if (![...bounds.flat(), ...anchor].every(Number.isFinite)) return [];
    return [{ iso3, anchor: [anchor[0], anchor[1]], bounds }];
  });
}

/** What must stay in view of one place at zoom k: the whole outline, or the area around its name when the outline is too big. */
function keptBox(place: SpotlightPlace, k: number, width: number, height: number): Box {
  const [[x0, y0], [x1, y1]] = place.bounds;
  if ((x1 - x0) * k <= width * WHOLE_SHARE && (y1 - y0) * k <= height * WHOLE_SHARE) return place.bounds;
  const [ax, ay] = place.anchor;
  return [
    [ax - NAME_ROOM[0] / k, ay - NAME_ROOM[1] / k],
    [ax + NAME_ROOM[0] / k, ay + NAME_ROOM[1] / k],
  ];
}

const clamp = (value: number, lo: number, hi: number) => (lo > hi ? (lo + hi) / 2 : Math.min(hi, Math.max(lo, value)));

/**
 * The framing closest to `framing` that shows every place `margin` px inside the map: the same
 * zoom if they fit (the centre only moves as far as needed), zoomed out just enough if they do not,
 * or zoomed in on them (and centred) when they would be a sliver.
 * Returns `framing` itself when nothing needs to move.
 */
export function frameToInclude(
  framing: MapFraming,
  places: readonly SpotlightPlace[],
  projection: GeoProjection,
  width: number,
  height: number,
  margin = SPOTLIGHT_MARGIN,
): MapFraming {
  const centre = projection(framing.center);
  if (places.length === 0 || centre === null || width <= 2 * margin || height <= 2 * margin) return framing;
  const boxes = places.map((p) => keptBox(p, framing.zoom, width, height));
  const x0 = Math.min(...boxes.map((b) => b[0][0]));
  const y0 = Math.min(...boxes.map((b) => b[0][1]));
  const x1 = Math.max(...boxes.map((b) => b[1][0]));
  const y1 = Math.max(...boxes.map((b) => b[1][1]));
  const fit = Math.min((width - 2 * margin) / Math.max(1e-6, x1 - x0), (height - 2 * margin) / Math.max(1e-6, y1 - y0));
  // Only a step already zoomed towards a region asks to look closely; at the overview (zoom 1) the
  // whole picture is the point (2025: seventeen partners, Laos one of them), so it stays.
  const prominent = framing.zoom > MIN_ZOOM + 1e-3 ? PROMINENCE / Math.max(1e-6, (x1 - x0) / width, (y1 - y0) / height) : framing.zoom;
  const wanted = Math.max(framing.zoom, Math.min(prominent, SPOTLIGHT_MAX_ZOOM));
  const k = Math.max(MIN_ZOOM, Math.min(wanted, fit));
  const zoomedIn = k > framing.zoom + 1e-3;
  // Half the visible area, less the margin, in projected px at the new zoom.
  const halfW = (width / 2 - margin) / k;
  const halfH = (height / 2 - margin) / k;
  const from: [number, number] = zoomedIn ? [(x0 + x1) / 2, (y0 + y1) / 2] : [centre[0], centre[1]];
  const cx = clamp(from[0], x1 - halfW, x0 + halfW);
  const cy = clamp(from[1], y1 - halfH, y0 + halfH);
  if (Math.abs(cx - centre[0]) * k < 0.5 && Math.abs(cy - centre[1]) * k < 0.5 && Math.abs(k - framing.zoom) < 1e-3) return framing;
  const center = projection.invert?.([cx, cy]);
  return center === undefined || center === null ? framing : { center: [center[0], center[1]], zoom: k };
}
