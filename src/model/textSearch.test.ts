import { describe, expect, it } from 'vitest';
import { acronymsOf, foldForSearch, foldWithOrigin, matchRanges, queryWords, segmentsOf, snippetAround } from './textSearch';

describe('foldForSearch', () => {
  it('ignores case, accents and the kind of quote mark', () => {
    expect(foldForSearch('Türkiye')).toBe('turkiye');
    expect(foldForSearch('Ilqar Vélizadé')).toBe('ilqar velizade');
    expect(foldForSearch('Kazakhstan’s')).toBe("kazakhstan's");
    expect(foldForSearch('Łódź Işık')).toBe('lodz isik');
  });

  it('remembers where each folded letter came from, even where folding changes the length', () => {
    const { folded, origin } = foldWithOrigin('Straße é');
    expect(folded).toBe('strasse e');
    expect(origin[folded.lastIndexOf('e')]).toBe('Straße é'.indexOf('é'));
    expect(origin[origin.length - 1]).toBe('Straße é'.length);
  });
});

describe('queryWords', () => {
  it('gives the distinct folded words of a query', () => {
    expect(queryWords('  Secretary   General secretary ')).toEqual(['secretary', 'general']);
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('matchRanges and segmentsOf', () => {
  it('marks every word in the original text, accents and all', () => {
    const text = 'The SCO Secretary General, said Vélizadé.';
    const ranges = matchRanges(text, queryWords('general secretary velizade'));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Secretary', 'General', 'Vélizadé']);
    expect(segmentsOf(text, ranges).filter((s) => s.match).map((s) => s.text)).toEqual(['Secretary', 'General', 'Vélizadé']);
    expect(segmentsOf(text, ranges).map((s) => s.text).join('')).toBe(text);
  });

  it('merges matches that overlap or touch', () => {
    expect(matchRanges('Kazakhstan', ['kaz', 'akh'])).toEqual([[0, 6]]);
  });
});

describe('snippetAround', () => {
  it('cuts a long text around the first match at word boundaries, keeping the marks in place', () => {
    const text = `${'word '.repeat(40)}the Secretary General of the SCO ${'more '.repeat(40)}`;
    const snippet = snippetAround(text, ['secretary']);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(152);
    const [start, end] = snippet.ranges[0] ?? [0, 0];
    expect(snippet.text.slice(start, end)).toBe('Secretary');
  });

  it('keeps a short text whole', () => {
    expect(snippetAround('Security matters.', ['security'])).toEqual({ text: 'Security matters.', ranges: [[0, 8]] });
  });
});

describe('acronymsOf', () => {
  it('gives the initials people use for long names', () => {
    expect(acronymsOf("Lao People's Democratic Republic")).toEqual(expect.arrayContaining(['lpdr', 'pdr']));
    expect(acronymsOf('United Arab Emirates')).toContain('uae');
    expect(acronymsOf('Democratic Republic of the Congo')).toContain('drc');
    expect(acronymsOf('Kazakhstan')).toEqual([]);
  });
});
