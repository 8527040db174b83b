import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { earlyOutline, earlyOutlineProjection } from './earlyOutline';
import { eurasiaProjection } from './projection';
import type { WorldShape } from './worldShapes';

/** The points of an early path, back to absolute units ("M12 34l3-2 4 5z"). */
function points(d: string): [number, number][][] {
  return d
    .split('z')
    .filter((ring) => ring !== '')
    .map((ring) => {
      const [move = '', steps = ''] = ring.slice(1).split('l');
      const [x, y] = move.split(' ').map(Number) as [number, number];
      const numbers = (steps.match(/-?\d+/g) ?? []).map(Number);
      const out: [number, number][] = [[x, y]];
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        const [px, py] = out[out.length - 1] as [number, number];
        out.push([px + (numbers[i] as number), py + (numbers[i + 1] as number)]);
      }
      return out;
    });
}

/** Where a point of the box lands in a stage of w×h: fitted and centred within the 12 px padding, as .map-early does. */
function inStage([x, y]: [number, number], w: number, h: number): [number, number] {
  const { width, height } = earlyOutlineProjection();
  const scale = Math.min((w - 24) / width, (h - 24) / height);
  return [12 + (w - 24 - width * scale) / 2 + x * scale, 12 + (h - 24 - height * scale) / 2 + y * scale];
}

const square = (lon: number, lat: number, size: number): WorldShape => ({
  key: 'SQR',
  iso3: 'SQR',
  name: 'Square',
  feature: {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon, lat],
          [lon, lat + size],
          [lon + size, lat + size],
          [lon + size, lat],
          [lon, lat],
        ],
      ],
    },
  } satisfies Feature<Polygon>,
});

describe('the early outlines', () => {
  // The phone's, the laptop's and the wide screen's stages (measured at 390×844, 1440×900, 1920×1080).
  it.each([
    [372, 297],
    [840, 296],
    [1128, 510],
  ])('land within a pixel of where the map projects the same places, in a %i×%i stage', (w, h) => {
    const { projection } = earlyOutlineProjection();
    const map = eurasiaProjection(w, h);
    for (const place of [
      [77.2, 28.6],
      [116.4, 39.9],
      [37.6, 55.8],
      [-9.1, 38.7],
      [139.7, 35.7],
    ] as [number, number][]) {
      const early = projection(place);
      const drawn = map(place);
      expect(early).not.toBeNull();
      const [x, y] = inStage(early as [number, number], w, h);
      expect(Math.abs(x - (drawn as [number, number])[0])).toBeLessThan(1);
      expect(Math.abs(y - (drawn as [number, number])[1])).toBeLessThan(1);
    }
  });

  it('writes compact relative paths whose points are the projected corners, in whole units', () => {
    const { projection } = earlyOutlineProjection();
    const shape = square(60, 40, 10);
    const [entry] = earlyOutline([shape]).shapes;
    expect(entry?.iso3).toBe('SQR');
    expect(entry?.d).toMatch(/^M-?\d+ -?\d+l[-\d ]+z$/);
    const ring = points(entry?.d ?? '')[0] ?? [];
    const corner = projection([60, 40]) as [number, number];
    // The ring starts at a corner and passes near every projected corner.
    for (const c of [
      [60, 40],
      [60, 50],
      [70, 50],
      [70, 40],
    ] as [number, number][]) {
      const p = projection(c) as [number, number];
      expect(Math.min(...ring.map(([x, y]) => Math.hypot(x - p[0], y - p[1])))).toBeLessThanOrEqual(1);
    }
    expect(Math.hypot((ring[0]?.[0] ?? 0) - corner[0], (ring[0]?.[1] ?? 0) - corner[1])).toBeLessThanOrEqual(1);
  });

  it('leaves out shapes far outside the frame and keeps those in it', () => {
    const { shapes } = earlyOutline([square(70, 40, 5), { ...square(-100, -40, 5), key: 'FAR', iso3: 'FAR' }]);
    expect(shapes.map((s) => s.key)).toEqual(['SQR']);
  });
});
