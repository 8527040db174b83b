import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import { DEFAULT_FRAMING, eurasiaProjection, toScreen, type MapFraming } from './projection';
import { smallStateMarkers } from './smallStates';
import { frameToInclude, spotlightPlaces, SPOTLIGHT_MARGIN, SPOTLIGHT_MAX_ZOOM } from './spotlightFrame';
import { shapesFromTopology } from './worldShapes';

const shapes = shapesFromTopology(atlas as unknown as Topology);
const markers = smallStateMarkers(['BHR', 'MDV', 'QAT', 'BLR', 'IND', 'PAK', 'LAO'], shapes);

/** The screen box of a country's outline for a framing. */
function screenBox(iso3: string, framing: MapFraming, width: number, height: number) {
  const projection = eurasiaProjection(width, height);
  const [place] = spotlightPlaces([iso3], projection, shapes, markers);
  if (place === undefined) throw new Error(`no place for ${iso3}`);
  const a = toScreen(place.bounds[0], projection, framing, width, height);
  const b = toScreen(place.bounds[1], projection, framing, width, height);
  if (a === null || b === null) throw new Error('not projected');
  return { x0: a[0], y0: a[1], x1: b[0], y1: b[1] };
}

const story = (lon: number, lat: number, zoom: number): MapFraming => ({ center: [lon, lat], zoom });

describe('frameToInclude', () => {
  // The map stage in Present at 1920×1080, at 1280×720, and on a phone.
  for (const [width, height] of [
    [1350, 700],
    [900, 430],
    [366, 330],
  ] as const) {
    it(`keeps Belarus whole and clear of the edges at ${width}×${height} (the 2024 step's framing)`, () => {
      const projection = eurasiaProjection(width, height);
      const framed = frameToInclude(story(48, 46, 1.3), spotlightPlaces(['BLR'], projection, shapes, markers), projection, width, height);
      const box = screenBox('BLR', framed, width, height);
      expect(box.x0).toBeGreaterThanOrEqual(SPOTLIGHT_MARGIN - 1);
      expect(box.y0).toBeGreaterThanOrEqual(SPOTLIGHT_MARGIN - 1);
      expect(box.x1).toBeLessThanOrEqual(width - SPOTLIGHT_MARGIN + 1);
      expect(box.y1).toBeLessThanOrEqual(height - SPOTLIGHT_MARGIN + 1);
      // Not a sliver: a fifth of the map across or down (or as close as the zoom limit allows).
      const share = Math.max((box.x1 - box.x0) / width, (box.y1 - box.y0) / height);
      expect(share >= 0.199 || framed.zoom >= SPOTLIGHT_MAX_ZOOM - 1e-6, `share ${share.toFixed(2)} at zoom ${framed.zoom.toFixed(2)}`).toBe(true);
      // Near the middle, where the eye goes.
      expect(Math.abs((box.x0 + box.x1) / 2 - width / 2)).toBeLessThan(width * 0.2);
    });

    it(`keeps India and Pakistan in view at ${width}×${height}, zooming out only as far as needed`, () => {
      const projection = eurasiaProjection(width, height);
      const places = spotlightPlaces(['IND', 'PAK'], projection, shapes, markers);
      const framed = frameToInclude(story(72, 36, 1.3), places, projection, width, height);
      expect(framed.zoom).toBeLessThanOrEqual(1.3);
      for (const iso3 of ['IND', 'PAK']) {
        const box = screenBox(iso3, framed, width, height);
        expect(box.x0, iso3).toBeGreaterThanOrEqual(0);
        expect(box.x1, iso3).toBeLessThanOrEqual(width);
      }
    });
  }

  it('leaves a framing alone when the countries are well inside it', () => {
    const projection = eurasiaProjection(1350, 700);
    const framing = story(60, 38, 1.3);
    expect(frameToInclude(framing, spotlightPlaces(['IRN'], projection, shapes, markers), projection, 1350, 700)).toBe(framing);
    expect(frameToInclude(DEFAULT_FRAMING, [], projection, 1350, 700)).toBe(DEFAULT_FRAMING);
  });

  it('keeps the overview of a step at the default framing: Laos is shown, not zoomed into', () => {
    const projection = eurasiaProjection(1350, 700);
    const framed = frameToInclude(DEFAULT_FRAMING, spotlightPlaces(['LAO'], projection, shapes, markers), projection, 1350, 700);
    expect(framed.zoom).toBe(1);
  });

  it('frames a country too large to show whole (Russia) by the area around its name', () => {
    const projection = eurasiaProjection(366, 330);
    const framed = frameToInclude(story(72, 36, 2), spotlightPlaces(['RUS', 'TJK'], projection, shapes, markers), projection, 366, 330);
    expect(framed.zoom).toBeGreaterThanOrEqual(1);
    const [russia] = spotlightPlaces(['RUS'], projection, shapes, markers);
    const at = toScreen(russia!.anchor, projection, framed, 366, 330);
    expect(at![0]).toBeGreaterThan(0);
    expect(at![1]).toBeGreaterThan(0);
  });
});
