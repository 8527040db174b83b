import { geoArea, geoCentroid } from 'd3-geo';
import type { WorldShape } from './worldShapes';

/**
 * Where to put a marker for states that the 1:110m outlines leave out (approximate centre of the
 * main island or the capital, to 0.01°). Only states that may turn up in SCO news are listed; a
 * country missing here and from the outlines stays reachable through the country list.
 */
export const SMALL_STATE_POINTS: Readonly<Record<string, [number, number]>> = {
  BHR: [50.56, 26.07],
  MDV: [73.51, 4.18],
  SGP: [103.82, 1.35],
  MLT: [14.44, 35.9],
  HKG: [114.17, 22.32],
  MAC: [113.55, 22.19],
  AND: [1.52, 42.51],
  LIE: [9.55, 47.16],
  MCO: [7.42, 43.74],
  SMR: [12.46, 43.94],
  VAT: [12.45, 41.9],
  MUS: [57.55, -20.25],
  SYC: [55.45, -4.62],
  COM: [43.87, -11.88],
  STP: [6.61, 0.19],
  CPV: [-23.51, 14.93],
  BRB: [-59.54, 13.19],
  SGS: [-36.59, -54.28],
};

const EARTH_RADIUS_KM = 6371;

/** Below this area an outline is a speck at the default framing (Kuwait ≈ 17,800 km², Qatar ≈ 11,600 km²). */
export const SMALL_STATE_AREA_KM2 = 20_000;

export function areaKm2(shape: WorldShape): number {
  return geoArea(shape.feature) * EARTH_RADIUS_KM ** 2;
}

export interface SmallStateMarker {
  iso3: string;
  coordinates: [number, number];
}

/**
 * Markers for the given countries that would be invisible or hard to click as outlines:
 * missing from the outlines, or smaller than SMALL_STATE_AREA_KM2.
 */
export function smallStateMarkers(iso3s: Iterable<string>, shapes: readonly WorldShape[]): SmallStateMarker[] {
  const shapeByIso3 = new Map(shapes.filter((s) => s.iso3 !== null).map((s) => [s.iso3, s]));
  const markers: SmallStateMarker[] = [];
  for (const iso3 of new Set(iso3s)) {
    const shape = shapeByIso3.get(iso3);
    const listed = SMALL_STATE_POINTS[iso3];
    if (shape === undefined) {
      if (listed !== undefined) markers.push({ iso3, coordinates: listed });
    } else if (areaKm2(shape) < SMALL_STATE_AREA_KM2) {
      markers.push({ iso3, coordinates: listed ?? geoCentroid(shape.feature) });
    }
  }
  return markers.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}

export interface MarkerOffset {
  iso3: string;
  dx: number;
  dy: number;
}

/**
 * Nudges markers apart until no two centres are closer than `minGap` (px on screen), so that
 * neighbours such as Bahrain and Qatar can each be seen and clicked. `points` are screen positions
 * at the current zoom; the result says how far to move each marker from its true place (a leader
 * line shows where it belongs). A few markers only, so plain pairwise relaxation is enough.
 */
export function spreadMarkers(points: readonly { iso3: string; x: number; y: number }[], minGap: number, iterations = 60): MarkerOffset[] {
  const moved = points.map((p) => ({ ...p }));
  for (let round = 0; round < iterations; round++) {
    let overlapping = false;
    for (let i = 0; i < moved.length; i++) {
      for (let j = i + 1; j < moved.length; j++) {
        const a = moved[i];
        const b = moved[j];
        if (a === undefined || b === undefined) continue;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= minGap) continue;
        overlapping = true;
        if (distance < 1e-6) {
          // Same place: split them along a fixed direction so the result does not depend on chance.
          dx = 1;
          dy = 0;
          distance = 1;
        }
        const push = (minGap - distance) / 2 + 0.01;
        const ux = dx / distance;
        const uy = dy / distance;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
      }
    }
    if (!overlapping) break;
  }
  return moved.map((p, i) => ({ iso3: p.iso3, dx: p.x - (points[i]?.x ?? p.x), dy: p.y - (points[i]?.y ?? p.y) }));
}
