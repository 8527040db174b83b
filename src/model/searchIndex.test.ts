import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/preprocess/pipeline';
import { wordsOfWholeData } from '../../tests/fixtures/loadedData';
import { syntheticScoData } from '../../tests/fixtures/syntheticScoData';
import { englishCountryNames, preferredName } from './countryNames';
import { buildSearchIndex, type SearchKind } from './searchIndex';
import { matchingExperts, searchAll, type SearchGroup } from './searchQuery';
import { segmentsOf } from './textSearch';

const root = resolve(import.meta.dirname, '../..');
const data = runPipeline({ articlesDir: resolve(root, 'data/articles'), referenceDir: resolve(root, 'data/reference'), generatedAt: '2026-01-01T00:00:00.000Z' });
const countryNames = englishCountryNames();
const index = buildSearchIndex(data, { countryNames, lastYear: 2026, asOf: '2026-11-23', words: wordsOfWholeData(data) });

const group = (groups: SearchGroup[], kind: SearchKind) => groups.find((g) => g.kind === kind);
const titles = (groups: SearchGroup[], kind: SearchKind) => group(groups, kind)?.hits.map((h) => h.title) ?? [];
const marked = (text: string, ranges: [number, number][]) => segmentsOf(text, ranges).filter((s) => s.match).map((s) => s.text);

describe('searchAll on the seed articles', () => {
  it('finds “Secretary General” in the quotes, and the expert who said it', () => {
    const groups = searchAll(index, 'Secretary General');
    const quotes = group(groups, 'quote');
    expect(quotes?.total).toBeGreaterThan(0);
    expect(quotes?.hits[0]?.title).toBe('Ainur Abaykyzy');
    expect(quotes?.hits[0]?.target).toEqual({ kind: 'expert', expertId: 'ainur-abaykyzy' });
    const first = quotes?.hits[0];
    expect(marked(first?.detail ?? '', first?.detailMatches ?? [])).toEqual(expect.arrayContaining(['Secretary', 'General']));
  });

  it('finds Belarus and Laos as countries, and the quotes that name them', () => {
    for (const name of ['Belarus', 'Laos']) {
      const groups = searchAll(index, name);
      expect(titles(groups, 'country')[0], name).toBe(name);
      expect(group(groups, 'country')?.hits[0]?.detail).toBe(name === 'Belarus' ? 'SCO member' : 'SCO partner');
      expect(group(groups, 'quote')?.total ?? 0, `${name} in quotes`).toBeGreaterThan(0);
    }
  });

  it('finds a country by an alias or a short form, accents aside, and says which name matched', () => {
    const turkiye = group(searchAll(index, 'Turkiye'), 'country')?.hits[0];
    expect(turkiye?.title).toBe('Turkey');
    expect(turkiye?.alias).toBe('Türkiye');
    expect(marked(turkiye?.alias ?? '', turkiye?.aliasMatches ?? [])).toEqual(['Türki' + 'ye']);
    expect(titles(searchAll(index, 'Lao PDR'), 'country')[0]).toBe('Laos');
    expect(titles(searchAll(index, 'UAE'), 'country')[0]).toBe('United Arab Emirates');
    expect(titles(searchAll(index, 'Russian Federation'), 'country')[0]).toBe('Russia');
  });

  it('finds countries outside the data by their usual name', () => {
    const france = group(searchAll(index, 'france'), 'country')?.hits[0];
    expect(france).toMatchObject({ title: 'France', detail: 'not in the SCO data', target: { kind: 'country', iso3: 'FRA' } });
    expect(titles(searchAll(index, 'korea'), 'country')).toEqual(expect.arrayContaining(['South Korea', 'North Korea']));
  });

  it('finds experts by name, organisations by name, themes and article titles', () => {
    expect(titles(searchAll(index, 'velizade'), 'expert')).toEqual(['Ilqar Velizade']);
    const org = group(searchAll(index, 'Diplomatic Academy'), 'organisation')?.hits[0];
    expect(org).toMatchObject({ title: 'Diplomatic Academy', detail: 'Oleg Ivanov', target: { kind: 'expert', expertId: 'oleg-ivanov' } });
    expect(titles(searchAll(index, 'belt road'), 'theme')).toEqual(['Belt and Road']);
    const article = group(searchAll(index, 'astana times'), 'article')?.hits[0];
    expect(article?.target).toMatchObject({ kind: 'article', year: 2024 });
  });

  it('puts the best match first: the whole name, then names that start with it', () => {
    const experts = titles(searchAll(index, 'kazakhstan'), 'expert');
    expect(experts.length).toBeGreaterThan(0);
    expect(titles(searchAll(index, 'kazakhstan'), 'country')[0]).toBe('Kazakhstan');
  });

  it('gives each kind’s total beside its best few', () => {
    const groups = searchAll(index, 'sco', { perGroup: 2 });
    const quotes = group(groups, 'quote');
    expect(quotes?.hits).toHaveLength(2);
    expect(quotes?.total).toBeGreaterThan(2);
  });

  it('finds nothing for a blank query or a word nowhere in the data', () => {
    expect(searchAll(index, '   ')).toEqual([]);
    expect(searchAll(index, 'zzqxj')).toEqual([]);
  });

  it('lists the experts a query reaches through their quotes or organisation', () => {
    expect(matchingExperts(index, 'Secretary General')).toContain('ainur-abaykyzy');
    expect(matchingExperts(index, 'Diplomatic Academy')).toEqual(new Set(['oleg-ivanov']));
  });
});

describe('preferredName', () => {
  it('shortens an official name to the one people use, unless another country shares it', () => {
    expect(preferredName(['Russian Federation', 'Russia'], new Set())).toBe('Russia');
    expect(preferredName(['Islamic Republic of Iran', 'Iran'], new Set())).toBe('Iran');
    expect(preferredName(['Democratic Republic of the Congo', 'Congo'], new Set(['Congo']))).toBe('Democratic Republic of the Congo');
    expect(preferredName(['United States of America', 'United States', 'USA'], new Set())).toBe('United States');
    expect(preferredName(['Türkiye', 'Turkey'], new Set())).toBe('Türkiye');
  });
});

describe('a search over 10,000 experts', () => {
  it('builds once and answers queries with the right results (time logged, not asserted)', () => {
    const big = syntheticScoData({ nodes: 10_600, links: 30_000, seed: 7 });
    const experts = big.experts.length;
    expect(experts).toBeGreaterThanOrEqual(10_000);
    let started = performance.now();
    const bigIndex = buildSearchIndex(big, { countryNames, words: wordsOfWholeData(big) });
    const buildMs = performance.now() - started;
    const queries = ['nurlan', 'institute 42', 'synthetic statement 3', 'zhang 9999', 'security'];
    started = performance.now();
    const results = queries.map((q) => searchAll(bigIndex, q));
    const queryMs = (performance.now() - started) / queries.length;
    const target = big.experts[9_998];
    const byName = searchAll(bigIndex, target?.name ?? '');
    expect(byName.find((g) => g.kind === 'expert')?.hits[0]?.title).toBe(target?.name);
    expect(results[1]?.find((g) => g.kind === 'organisation')?.total).toBeGreaterThan(50);
    expect(results[2]?.find((g) => g.kind === 'quote')?.total).toBeGreaterThan(1000);
    console.info(`search index: ${experts} experts, ${bigIndex.size} entries, built in ${buildMs.toFixed(0)} ms; a query takes ${queryMs.toFixed(1)} ms on average`);
  });
});

describe('the quotes’ words', () => {
  it('are searched only when the evidence has given them', () => {
    const withoutWords = buildSearchIndex(data, { countryNames });
    expect(searchAll(withoutWords, 'Secretary General').find((g) => g.kind === 'quote')).toBeUndefined();
    expect(titles(searchAll(withoutWords, 'Abaykyzy'), 'expert')).toEqual(['Ainur Abaykyzy']);
  });
});
