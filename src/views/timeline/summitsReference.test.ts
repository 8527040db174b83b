import { z } from 'zod';
import { Source, Summit } from '../../model/schema';
import summitsFile from '../../../data/reference/summits.json';

/** The reference file the pipeline copies into the data: it must pass the same contract. */
const SummitsFile = z.object({ sources: z.array(Source), summits: z.array(Summit) });

describe('data/reference/summits.json', () => {
  const parsed = SummitsFile.parse(summitsFile);

  it('validates against the zod Summit and Source schemas', () => {
    expect(parsed.summits.length).toBeGreaterThan(0);
    expect(parsed.sources.length).toBeGreaterThan(0);
  });

  it('uses unique M-prefixed source ids, so they never clash with the membership sources S1…', () => {
    const ids = parsed.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^M\d+$/);
  });

  it('cites a listed source for every summit, and every source is used', () => {
    const ids = new Set(parsed.sources.map((s) => s.id));
    const used = new Set(parsed.summits.flatMap((s) => s.sources));
    for (const summit of parsed.summits) {
      for (const id of summit.sources) expect(ids.has(id), `${summit.year} cites ${id}`).toBe(true);
    }
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
  });

  it('keeps year and date consistent, one summit a year, in date order', () => {
    for (const summit of parsed.summits) expect(summit.date.slice(0, 4)).toBe(String(summit.year));
    const years = parsed.summits.map((s) => s.year);
    expect(new Set(years).size).toBe(years.length);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  });

  it('covers the Shanghai Five meetings 1996–2000 and the heads-of-state summits 2001–2025', () => {
    const byKind = (kind: Summit['kind']) => parsed.summits.filter((s) => s.kind === kind).map((s) => s.year);
    expect(byKind('shanghai-five')).toEqual([1996, 1997, 1998, 1999, 2000]);
    expect(byKind('heads-of-state')).toEqual(Array.from({ length: 25 }, (_, i) => 2001 + i));
  });
});
