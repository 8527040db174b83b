import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import { geoPath } from 'd3-geo';
import { countryFraming, DEFAULT_FRAMING, eurasiaProjection, framingToStore, SELECTION_MAX_ZOOM, toScreen } from './projection';
import { areaKm2, SMALL_STATE_POINTS, smallStateMarkers, spreadMarkers } from './smallStates';
import { loadWorldShapes, shapesFromTopology } from './worldShapes';

const shapes = shapesFromTopology(atlas as unknown as Topology);
const shape = (iso3: string) => {
  const found = shapes.find((s) => s.iso3 === iso3);
  if (found === undefined) throw new Error(`no outline for ${iso3}`);
  return found;
};

describe('world shapes', () => {
  it('reads all 177 outlines with alpha-3 codes, and names the three without one', () => {
    expect(shapes).toHaveLength(177);
    expect(shapes.filter((s) => s.iso3 !== null)).toHaveLength(174);
    expect(shapes.filter((s) => s.iso3 === null).map((s) => s.name).sort()).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
    expect(shape('BLR').name).toBe('Belarus');
    expect(shape('IND').name).toBe('India');
    expect(new Set(shapes.map((s) => s.key)).size).toBe(177);
  });

  it('loads the same outlines through the lazy import', async () => {
    expect((await loadWorldShapes()).map((s) => s.key)).toEqual(shapes.map((s) => s.key));
  });

  it('complains clearly about a topology without countries', () => {
    expect(() => shapesFromTopology({ type: 'Topology', objects: {}, arcs: [] })).toThrow(/no "countries" object/);
  });
});

describe('the Eurasia projection', () => {
  for (const [width, height] of [
    [860, 470],
    [1150, 600],
    [600, 700],
  ] as const) {
    it(`frames Lisbon to Tokyo and the Maldives to the Arctic in a ${width}×${height} view`, () => {
      const projection = eurasiaProjection(width, height);
      const at = (lon: number, lat: number) => projection([lon, lat]) ?? [NaN, NaN];
      for (const [lon, lat] of [
        [-9.14, 38.72],
        [139.69, 35.69],
        [31.24, 30.04],
        [73.51, 4.18],
        [80, 72],
      ] as const) {
        const [x, y] = at(lon, lat);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(height);
      }
      // The frame is filled: Europe's west coast and Japan sit near the edges, or the Maldives and the Arctic do.
      const across = (at(146, 40)[0] - at(-10, 40)[0]) / width;
      const down = (at(73.5, 3)[1] - at(70, 73)[1]) / height;
      expect(Math.max(across, down)).toBeGreaterThan(0.9);
      // Central Asia is in the middle.
      expect(at(70, 45)[0] / width).toBeCloseTo(0.5, 1);
    });
  }

  it('zooms to a country so that it fills part of the view, centred on it', () => {
    const projection = eurasiaProjection(900, 500);
    const belarus = countryFraming(projection, 900, 500, { feature: shape('BLR').feature });
    expect(belarus?.zoom).toBe(SELECTION_MAX_ZOOM);
    expect(belarus?.center[0]).toBeCloseTo(28, 0);
    expect(belarus?.center[1]).toBeCloseTo(53.5, 0);
    const kazakhstan = countryFraming(projection, 900, 500, { feature: shape('KAZ').feature });
    expect(kazakhstan?.zoom).toBeGreaterThan(1.5);
    expect(kazakhstan?.zoom).toBeLessThan(SELECTION_MAX_ZOOM);
    expect(countryFraming(projection, 900, 500, { feature: shape('RUS').feature })?.zoom).toBe(1);
    const bahrain = countryFraming(projection, 900, 500, { point: [50.56, 26.07] });
    expect(bahrain?.zoom).toBe(SELECTION_MAX_ZOOM);
    expect(bahrain?.center[0]).toBeCloseTo(50.56, 5);
  });

  it('centres the country in the part of the map the details panel leaves visible', () => {
    const projection = eurasiaProjection(900, 500);
    const framing = countryFraming(projection, 900, 500, { feature: shape('KAZ').feature }, { left: 0, right: 500 });
    if (framing === null) throw new Error('no framing');
    const kazakhstan = geoPath(projection).centroid(shape('KAZ').feature);
    const bounds = geoPath(projection).bounds(shape('KAZ').feature);
    const onScreen = toScreen([(bounds[0][0] + bounds[1][0]) / 2, kazakhstan[1]], projection, framing, 900, 500);
    expect(onScreen?.[0]).toBeCloseTo(250, 0);
  });

  it('has the default centre (from the model, shared with presentation mode) in the middle of the fitted map at every size', () => {
    for (const [width, height] of [
      [960, 540],
      [390, 600],
      [1920, 900],
    ] as const) {
      const middle = eurasiaProjection(width, height).invert?.([width / 2, height / 2]);
      expect(middle?.[0]).toBeCloseTo(DEFAULT_FRAMING.center[0], 3);
      expect(middle?.[1]).toBeCloseTo(DEFAULT_FRAMING.center[1], 3);
    }
  });

  it('stores the default framing as null and other framings rounded and within the URL’s limits', () => {
    const home = DEFAULT_FRAMING;
    expect(home.zoom).toBe(1);
    expect(framingToStore(home, home)).toBeNull();
    expect(framingToStore({ center: [27.953, 53.709], zoom: 4.5678 }, home)).toEqual([27.95, 53.71, 4.57]);
    expect(framingToStore({ center: [190, 95], zoom: 0.5 }, home)).toEqual([-170, 90, 1]);
  });
});

describe('small-state markers', () => {
  it('marks states missing from the outlines or too small to click', () => {
    const markers = smallStateMarkers(['BHR', 'MDV', 'QAT', 'KWT', 'SGP', 'IND', 'BLR', 'XXX'], shapes);
    expect(markers.map((m) => m.iso3)).toEqual(['BHR', 'KWT', 'MDV', 'QAT', 'SGP']);
    const qatar = markers.find((m) => m.iso3 === 'QAT');
    expect(qatar?.coordinates[0]).toBeCloseTo(51.2, 0);
    expect(qatar?.coordinates[1]).toBeCloseTo(25.3, 0);
  });

  it('lists coordinates only for states that need them', () => {
    for (const iso3 of Object.keys(SMALL_STATE_POINTS)) {
      const outline = shapes.find((s) => s.iso3 === iso3);
      expect(outline === undefined || areaKm2(outline) < 20_000, iso3).toBe(true);
    }
  });
});

describe('toScreen', () => {
  it('puts the framing’s centre in the middle and scales distances by the zoom', () => {
    const projection = eurasiaProjection(900, 500);
    const framing = { center: [60, 50] as [number, number], zoom: 3 };
    const centre = projection(framing.center) ?? [0, 0];
    expect(toScreen([centre[0], centre[1]], projection, framing, 900, 500)).toEqual([450, 250]);
    expect(toScreen([centre[0] + 10, centre[1] - 5], projection, framing, 900, 500)).toEqual([480, 235]);
  });
});

describe('spreadMarkers', () => {
  it('moves close markers apart until they are a gap away, and leaves lone ones in place', () => {
    const points = [
      { iso3: 'BHR', x: 100, y: 100 },
      { iso3: 'QAT', x: 103, y: 105 },
      { iso3: 'KWT', x: 90, y: 80 },
      { iso3: 'MDV', x: 300, y: 400 },
    ];
    const offsets = spreadMarkers(points, 22);
    const placed = points.map((p, i) => ({ x: p.x + (offsets[i]?.dx ?? 0), y: p.y + (offsets[i]?.dy ?? 0) }));
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i];
        const b = placed[j];
        if (a !== undefined && b !== undefined) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(21.9);
      }
    }
    expect(offsets[3]).toEqual({ iso3: 'MDV', dx: 0, dy: 0 });
    expect(spreadMarkers([{ iso3: 'A', x: 5, y: 5 }, { iso3: 'B', x: 5, y: 5 }], 10).map((o) => Math.round(o.dx))).toEqual([-5, 5]);
  });
});
