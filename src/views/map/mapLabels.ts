/**
 * Country names on the map: a story step's countries, the selected country, the countries that changed status that year and,
 * where the name fits inside the country at the current zoom, the members. Placed greedily by
 * priority (model/labelPlacement, shared with the network), so no two names ever overlap and none
 * sits under a control drawn over the map. Pure: sites in projected pixels, labels in screen pixels.
 */
import { geoArea, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { placeLabels, type Box, type LabelAnchor, type LabelCandidate } from '../../model/labelPlacement';

/** Where a country's name goes, in projected (unzoomed) pixels. */
export interface LabelSite {
  iso3: string;
  x: number;
  y: number;
  /** The size of the country's main outline, projected: a member's name is shown only when it fits. */
  width: number;
  height: number;
  /** Small states drawn as markers: the name goes beside the dot, never on it. */
  marker: boolean;
}

export type LabelTier = 'spotlight' | 'selected' | 'changed' | 'member';

export interface LabelRequest {
  /** What a story step is about: named first, in the largest type. */
  spotlight: ReadonlySet<string>;
  selected: string | null;
  /** This year's status changes (the "What changed" list). */
  changed: ReadonlySet<string>;
  members: ReadonlySet<string>;
  nameOf: (iso3: string) => string;
}

/** react-simple-maps' zoom: screen = projected × k + (x, y). */
export interface ZoomTransform {
  x: number;
  y: number;
  k: number;
}

export interface MapLabel {
  iso3: string;
  text: string;
  tier: LabelTier;
  /** Text anchor point on screen, y at the text's middle. */
  x: number;
  y: number;
  anchor: LabelAnchor;
  box: Box;
}

export interface LabelContext {
  transform: ZoomTransform;
  /** The drawing's size on screen. */
  size: { width: number; height: number };
  /** Text width on screen for a tier's font. */
  measure: (text: string, tier: LabelTier) => number;
  /** Line height per tier, px. */
  lineHeight: Record<LabelTier, number>;
  /** Screen boxes of what is drawn over the map (zoom buttons, notes, the details panel). */
  obstacles: readonly Box[];
  /** Screen offsets of spread small-state markers (Bahrain and Qatar pushed apart). */
  markerOffsets?: ReadonlyMap<string, { dx: number; dy: number }>;
}

/** Radius of a small-state marker with its candidate ring, px on screen (MapCanvas draws 6.5 and 10). */
const MARKER_RADIUS = 10;
/** A member's name must leave this much of its country free on each side to count as fitting. */
const FIT_MARGIN = 4;

const TIER_PRIORITY: Record<LabelTier, number> = { spotlight: 4, selected: 3, changed: 2, member: 1 };

function largestPolygon(feature: Feature<Geometry>): Feature<Polygon> | Feature<MultiPolygon> {
  const geometry = feature.geometry;
  if (geometry.type !== 'MultiPolygon') return feature as Feature<Polygon>;
  let best: Feature<Polygon> | null = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const part: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
    const area = geoArea(part);
    if (area > bestArea) {
      best = part;
      bestArea = area;
    }
  }
  return best ?? (feature as Feature<MultiPolygon>);
}

type Outline = { iso3: string | null; feature: Feature<Geometry> };

/** Sites found for a projection, by country (null: no usable outline), so a year step finds only its new names' sites. */
const sitesByProjection = new WeakMap<GeoProjection, Map<string, LabelSite | null>>();

function outlineSite(shape: Outline & { iso3: string }, projection: GeoProjection): LabelSite | null {
  const path = geoPath(projection);
  const main = largestPolygon(shape.feature);
  const [x, y] = path.centroid(main);
  const [[x0, y0], [x1, y1]] = path.bounds(main);
  if (![x, y, x0, y0, x1, y1].every(Number.isFinite)) return null;
  return { iso3: shape.iso3, x, y, width: x1 - x0, height: y1 - y0, marker: false };
}

/**
 * One site per country: the centre of its largest outline (Russia's name on the mainland, not
 * between it and its islands) and that outline's size; small states at their marker (always: their
 * dots are obstacles for every name). With `named`, outlines only for those countries: finding a
 * site costs a projection of the outline, ~0.3 ms each, and a year names some 10-30 of 177.
 */
export function labelSites(shapes: readonly Outline[], markers: readonly { iso3: string; coordinates: [number, number] }[], projection: GeoProjection, named?: ReadonlySet<string>): LabelSite[] {
  const markerIso3s = new Set(markers.map((m) => m.iso3));
  const sites: LabelSite[] = [];
  for (const marker of markers) {
    const p = projection(marker.coordinates);
    if (p !== null) sites.push({ iso3: marker.iso3, x: p[0], y: p[1], width: 0, height: 0, marker: true });
  }
  for (const shape of shapes) {
    const iso3 = shape.iso3;
    if (iso3 === null || markerIso3s.has(iso3) || (named !== undefined && !named.has(iso3))) continue;
    const site = prepareLabelSite(shape, projection);
    if (site !== null) sites.push(site);
  }
  return sites;
}

/** A country's site for a projection, found once (labelSites then reads it): the map makes some ready before its first render. */
export function prepareLabelSite(shape: Outline, projection: GeoProjection): LabelSite | null {
  const iso3 = shape.iso3;
  if (iso3 === null) return null;
  let cache = sitesByProjection.get(projection);
  if (cache === undefined) {
    cache = new Map();
    sitesByProjection.set(projection, cache);
  }
  let site = cache.get(iso3);
  if (site === undefined) {
    site = outlineSite({ ...shape, iso3 }, projection);
    cache.set(iso3, site);
  }
  return site;
}

/** Every country a request may name (placeMapLabels still decides which fit). */
export function namedCountries(request: LabelRequest): Set<string> {
  return new Set([...request.spotlight, ...request.changed, ...request.members, ...(request.selected === null ? [] : [request.selected])]);
}

function tierOf(iso3: string, request: LabelRequest): LabelTier | null {
  if (request.spotlight.has(iso3)) return 'spotlight';
  if (iso3 === request.selected) return 'selected';
  if (request.changed.has(iso3)) return 'changed';
  if (request.members.has(iso3)) return 'member';
  return null;
}

/** The labels to draw at this zoom, none overlapping another or an obstacle. */
export function placeMapLabels(sites: readonly LabelSite[], request: LabelRequest, context: LabelContext): MapLabel[] {
  const { transform, size, measure, lineHeight, obstacles, markerOffsets } = context;
  const { k } = transform;
  const bounds = { x0: 2, y0: 2, x1: size.width - 2, y1: size.height - 2 };
  const candidates: LabelCandidate[] = [];
  const meta = new Map<string, { text: string; tier: LabelTier }>();
  const dots: Array<{ id: string; x: number; y: number; r: number }> = [];
  for (const site of sites) {
    const offset = site.marker ? markerOffsets?.get(site.iso3) : undefined;
    const x = site.x * k + transform.x + (offset?.dx ?? 0);
    const y = site.y * k + transform.y + (offset?.dy ?? 0);
    if (site.marker) dots.push({ id: site.iso3, x, y, r: MARKER_RADIUS });
    const tier = tierOf(site.iso3, request);
    if (tier === null) continue;
    const text = request.nameOf(site.iso3);
    const width = measure(text, tier);
    const height = lineHeight[tier];
    // A member is named only when the name fits inside it; a selected or changed country always tries.
    if (tier === 'member' && (site.marker || width + 2 * FIT_MARGIN > site.width * k || height + FIT_MARGIN > site.height * k)) continue;
    meta.set(site.iso3, { text, tier });
    candidates.push({
      id: site.iso3,
      x,
      y,
      r: site.marker ? MARKER_RADIUS : 0,
      width,
      height,
      // Within a tier, larger countries first: their names anchor the reader.
      priority: TIER_PRIORITY[tier] * 1e9 + Math.min(1e9 - 1, site.width * site.height * k * k),
      mustShow: tier === 'selected',
      // A member's name inside the country or not at all; a selected or changed one beside it if need be.
      placement: site.marker ? 'around' : tier === 'member' ? 'centre' : 'centre-first',
    });
  }
  return placeLabels(candidates, { bounds, nodes: dots, obstacles }).flatMap((placed) => {
    const label = meta.get(placed.id);
    return label === undefined ? [] : [{ iso3: placed.id, text: label.text, tier: label.tier, x: placed.x, y: placed.y, anchor: placed.anchor, box: placed.box }];
  });
}
