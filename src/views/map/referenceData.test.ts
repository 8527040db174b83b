/**
 * The map's edges on the real data: data/reference/ and data/articles/ run through the pipeline
 * (scripts/preprocess), exactly as `npm run preprocess` builds the data.
 */
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import atlas from 'world-atlas/countries-110m.json';
import { runPipeline } from '../../../scripts/preprocess/pipeline';
import { legendCounts } from './legendCounts';
import { membershipChanges } from './mapYears';
import { changeSentence } from '../../model/statusChanges';
import { membershipInYear } from '../../model/membershipInYear';
import { smallStateMarkers } from './smallStates';
import { statusInYear } from '../../model/statusInYear';
import { shapesFromTopology } from './worldShapes';
import { FIRST_YEAR } from '../../model/years';

const root = resolve(import.meta.dirname, '../../..');
const data = runPipeline({
  articlesDir: resolve(root, 'data/articles'),
  referenceDir: resolve(root, 'data/reference'),
  generatedAt: '2026-01-01T00:00:00.000Z',
});
const AS_OF = '2026-11-23';
const status = (iso3: string, year: number, asOf = AS_OF) => {
  const country = data.countries.find((c) => c.iso3 === iso3);
  if (country === undefined) throw new Error(`the data has no ${iso3}`);
  return statusInYear(country, year, asOf);
};

describe('status in year on the reference data', () => {
  it('has Belarus as an observer in 2020 and a member only from 2024', () => {
    expect(status('BLR', 2020)).toBe('observer');
    expect(status('BLR', 2023)).toBe('observer');
    expect(status('BLR', 2024)).toBe('member');
  });

  it('has India and Pakistan as members from 2017', () => {
    for (const iso3 of ['IND', 'PAK']) {
      expect(status(iso3, 2016)).toBe('observer');
      expect(status(iso3, 2017)).toBe('member');
    }
  });

  it('has Iran as a member from 2023', () => {
    expect(status('IRN', 2022)).toBe('observer');
    expect(status('IRN', 2023)).toBe('member');
  });

  it('counts 10 members and 17 partners after 1 September 2025, and none the day before', () => {
    const after = legendCounts(membershipInYear(data, 2025, '2025-09-02')).byStatus;
    expect(after.member).toBe(10);
    expect(after.partner).toBe(17);
    expect(after.observer + after['dialogue-partner']).toBe(0);
    const before = legendCounts(membershipInYear(data, 2025, '2025-08-31')).byStatus;
    expect(before.partner).toBe(0);
    expect(before.observer + before['dialogue-partner']).toBe(16);
  });

  it('marks the slider where membership changed', () => {
    const changes = membershipChanges(data, FIRST_YEAR, 2026, AS_OF);
    expect(changeSentence(changes.get(2017) ?? [])).toMatch(/India.*Pakistan|Pakistan.*India/);
    expect(changeSentence(changes.get(2023) ?? [])).toContain('Iran became a member');
    expect(changeSentence(changes.get(2024) ?? [])).toContain('Belarus became a member');
    expect(changes.get(2025)?.filter((c) => c.status === 'partner')).toHaveLength(17);
    expect(changes.has(2026)).toBe(false);
  });
});

describe('the reference data on the map', () => {
  const shapes = shapesFromTopology(atlas as unknown as Topology);

  it('can draw every country of the data, as an outline or a marker', () => {
    const outlined = new Set(shapes.map((s) => s.iso3));
    const marked = new Set(smallStateMarkers(data.countries.map((c) => c.iso3), shapes).map((m) => m.iso3));
    const missing = data.countries.map((c) => c.iso3).filter((iso3) => !outlined.has(iso3) && !marked.has(iso3));
    expect(missing).toEqual([]);
  });

  it('draws Bahrain, the Maldives, Qatar and Kuwait as markers', () => {
    const marked = smallStateMarkers(data.countries.map((c) => c.iso3), shapes).map((m) => m.iso3);
    expect(marked).toEqual(expect.arrayContaining(['BHR', 'MDV', 'QAT', 'KWT']));
  });
});
