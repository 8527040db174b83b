import fc from 'fast-check';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import { estimateTextWidth, overlaps } from '../../model/labelPlacement';
import { labelSites, namedCountries, placeMapLabels, type LabelContext, type LabelRequest, type LabelTier } from './mapLabels';
import { eurasiaProjection } from './projection';
import { smallStateMarkers } from './smallStates';
import { shapesFromTopology } from './worldShapes';

const shapes = shapesFromTopology(atlas as unknown as Topology);
const WIDTH = 960;
const HEIGHT = 540;
const projection = eurasiaProjection(WIDTH, HEIGHT);
const markers = smallStateMarkers(['BHR', 'QAT', 'KWT', 'MDV'], shapes);
const sites = labelSites(shapes, markers, projection);
const names = new Map(shapes.filter((s) => s.iso3 !== null).map((s) => [s.iso3 as string, s.name]));
names.set('BHR', 'Bahrain');
names.set('MDV', 'Maldives');

const MEMBERS = ['CHN', 'IND', 'IRN', 'KAZ', 'KGZ', 'PAK', 'RUS', 'TJK', 'UZB', 'BLR'];
const FONT: Record<LabelTier, number> = { spotlight: 17, selected: 14, changed: 13, member: 11.5 };

function request(selected: string | null, changed: string[] = [], spotlight: string[] = []): LabelRequest {
  return { spotlight: new Set(spotlight), selected, changed: new Set(changed), members: new Set(MEMBERS), nameOf: (iso3) => names.get(iso3) ?? iso3 };
}

function context(transform = { x: 0, y: 0, k: 1 }, obstacles: LabelContext['obstacles'] = []): LabelContext {
  return {
    transform,
    size: { width: WIDTH, height: HEIGHT },
    measure: (text, tier) => estimateTextWidth(text, FONT[tier]) + 6,
    lineHeight: { spotlight: FONT.spotlight + 6, selected: FONT.selected + 6, changed: FONT.changed + 6, member: FONT.member + 6 },
    obstacles,
  };
}

describe('labelSites', () => {
  it('puts Russia’s name on its mainland and the small states at their markers', () => {
    const russia = sites.find((s) => s.iso3 === 'RUS');
    const point = projection([90, 62]);
    expect(russia).toBeDefined();
    expect(point).not.toBeNull();
    // Within ~250 px of central Siberia: not pulled off by Kaliningrad or the Arctic islands.
    expect(Math.hypot((russia?.x ?? 0) - (point?.[0] ?? 0), (russia?.y ?? 0) - (point?.[1] ?? 0))).toBeLessThan(250);
    expect(sites.find((s) => s.iso3 === 'BHR')?.marker).toBe(true);
    expect(sites.filter((s) => s.iso3 === 'QAT')).toHaveLength(1);
  });

  it('finds outlines only for the countries a request may name, the same sites as for all, and every marker', () => {
    const named = namedCountries(request('MNG', ['ARM'], ['TUR']));
    expect([...named].sort()).toEqual([...MEMBERS, 'ARM', 'MNG', 'TUR'].sort());
    const few = labelSites(shapes, markers, eurasiaProjection(WIDTH, HEIGHT), named);
    expect(few.filter((s) => !s.marker).map((s) => s.iso3).sort()).toEqual([...named].sort());
    expect(few.filter((s) => s.marker).map((s) => s.iso3).sort()).toEqual(['BHR', 'KWT', 'MDV', 'QAT']);
    for (const site of few) expect(site).toEqual(sites.find((s) => s.iso3 === site.iso3));
  });
});

describe('placeMapLabels', () => {
  it('names the large members at the default zoom, and the small ones only when zoomed in', () => {
    const atOne = placeMapLabels(sites, request(null), context()).map((l) => l.iso3);
    expect(atOne).toEqual(expect.arrayContaining(['RUS', 'CHN', 'KAZ', 'IND']));
    expect(atOne).not.toContain('KGZ');
    const kgz = sites.find((s) => s.iso3 === 'KGZ');
    const k = 6;
    const zoomed = { k, x: WIDTH / 2 - (kgz?.x ?? 0) * k, y: HEIGHT / 2 - (kgz?.y ?? 0) * k };
    expect(placeMapLabels(sites, request(null), context(zoomed)).map((l) => l.iso3)).toContain('KGZ');
  });

  it('names the selected country and the year’s changes even where a member’s name would not fit', () => {
    const labels = placeMapLabels(sites, request('KGZ', ['BHR', 'TJK']), context());
    const byIso3 = new Map(labels.map((l) => [l.iso3, l]));
    expect(byIso3.get('KGZ')?.tier).toBe('selected');
    expect(byIso3.get('BHR')?.tier).toBe('changed');
    expect(byIso3.get('BHR')?.text).toBe('Bahrain');
    // Bahrain's name goes beside its marker, not over the dot.
    const bahrain = byIso3.get('BHR');
    expect(bahrain?.anchor).not.toBe('middle');
  });

  it('names a story step’s countries first, once each, above the selection and the year’s changes', () => {
    const labels = placeMapLabels(sites, request('IND', ['IND', 'PAK'], ['IND', 'PAK']), context());
    expect(labels.filter((l) => l.iso3 === 'IND')).toHaveLength(1);
    expect(labels.find((l) => l.iso3 === 'IND')?.tier).toBe('spotlight');
    expect(labels.find((l) => l.iso3 === 'PAK')?.tier).toBe('spotlight');
  });

  it('leaves out names under a control drawn over the map', () => {
    const russia = sites.find((s) => s.iso3 === 'RUS');
    const cover = { x0: (russia?.x ?? 0) - 200, y0: (russia?.y ?? 0) - 60, x1: (russia?.x ?? 0) + 200, y1: (russia?.y ?? 0) + 60 };
    expect(placeMapLabels(sites, request(null), context(undefined, [cover])).map((l) => l.iso3)).not.toContain('RUS');
  });

  it('never lets two names overlap, or cover a control, at any zoom, pan, selection and set of changes', () => {
    const iso3s = sites.map((s) => s.iso3);
    fc.assert(
      fc.property(
        fc.record({
          k: fc.double({ min: 1, max: 8, noNaN: true }),
          x: fc.double({ min: -4000, max: 500, noNaN: true }),
          y: fc.double({ min: -2000, max: 300, noNaN: true }),
        }),
        fc.option(fc.constantFrom(...iso3s), { nil: null }),
        fc.uniqueArray(fc.constantFrom(...iso3s), { maxLength: 25 }),
        fc.array(fc.record({ x0: fc.integer({ min: 0, max: 900 }), y0: fc.integer({ min: 0, max: 500 }) }).map(({ x0, y0 }) => ({ x0, y0, x1: x0 + 60, y1: y0 + 40 })), { maxLength: 3 }),
        (transform, selected, changed, obstacles) => {
          const labels = placeMapLabels(sites, request(selected, changed), context(transform, obstacles));
          for (let i = 0; i < labels.length; i += 1) {
            const a = labels[i]!;
            expect(a.box.x0).toBeGreaterThanOrEqual(0);
            expect(a.box.x1).toBeLessThanOrEqual(WIDTH);
            for (const obstacle of obstacles) expect(overlaps(a.box, obstacle)).toBe(false);
            for (let j = i + 1; j < labels.length; j += 1) expect(overlaps(a.box, labels[j]!.box), `${a.iso3} and ${labels[j]!.iso3}`).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
