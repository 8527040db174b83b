import fc from 'fast-check';
import { articlesByYear, cellKey, involvedCells, maxCellWeight, ownCells, themeYearCells } from './themeYears';
import { makeTimelineData } from '../../tests/fixtures/timelineFixture';
import type { ThemeWeight } from './schema';

describe('themeYearCells', () => {
  const data = makeTimelineData();
  const cells = themeYearCells(data);

  it('averages article shares, so a long article does not drown a short one', () => {
    // a1 has 40 security hits, a2 two economy hits: each is one of the two 2022 articles.
    expect(cells.get(cellKey('security', 2022))?.weight).toBeCloseTo(0.5);
    expect(cells.get(cellKey('economy', 2022))?.weight).toBeCloseTo(0.5);
    expect(cells.get(cellKey('belt-and-road', 2022))?.weight).toBe(0);
    expect(cells.get(cellKey('economy', 2024))?.weight).toBeCloseTo(0.75);
  });

  it('counts the articles and the quotes behind each mark', () => {
    const economy2024 = cells.get(cellKey('economy', 2024));
    expect(economy2024?.articleCount).toBe(1);
    expect(economy2024?.scoredArticleCount).toBe(1);
    expect(economy2024?.quotes.map((q) => q.quote.id)).toEqual(['a3#1', 'a3#2']);
    expect(cells.get(cellKey('security', 2022))?.quotes.map((q) => [q.expertId, q.quote.id])).toEqual([['oleg-ivanov', 'a1#1']]);
  });

  it('has cells only for article years', () => {
    expect([...new Set([...cells.values()].map((c) => c.year))]).toEqual([2022, 2024]);
    expect(cells.size).toBe(2 * data.themes.length);
  });

  it('leaves articles without lexicon hits out of the mean', () => {
    const withEmpty = makeTimelineData();
    withEmpty.articles.push({ id: 'a4', title: 'No themes', outlet: 'X', published: '2024-01', year: 2024, wordCount: 50 });
    expect(themeYearCells(withEmpty).get(cellKey('economy', 2024))?.weight).toBeCloseTo(0.75);
    expect(articlesByYear(withEmpty.articles, withEmpty.themeWeights)).toEqual([
      { year: 2022, articleCount: 2, scoredArticleCount: 2 },
      { year: 2024, articleCount: 2, scoredArticleCount: 1 },
    ]);
  });

  it('is empty for an empty corpus', () => {
    const empty = themeYearCells(makeTimelineData({ articles: [], themeWeights: [], experts: [] }));
    expect(empty.size).toBe(0);
    expect(maxCellWeight(empty.values())).toBe(0);
  });

  it('gives each year weights that add up to 1 across themes (property)', () => {
    const themes = ['t0', 't1', 't2', 't3'];
    const article = fc.record({
      year: fc.integer({ min: 2018, max: 2024 }),
      hits: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: themes.length, maxLength: themes.length }),
    });
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 12 }), (generated) => {
        const articles = generated.map((a, i) => ({ id: `a${i}`, title: 't', outlet: 'o', published: String(a.year), year: a.year, wordCount: 1 }));
        const themeWeights: ThemeWeight[] = generated.flatMap((a, i) => {
          const total = a.hits.reduce((s, h) => s + h, 0);
          if (total === 0) return [];
          return a.hits.map((hits, t) => ({ articleId: `a${i}`, year: a.year, themeId: themes[t] ?? 't0', weight: hits / total, hits, quoteCount: 0 }));
        });
        const cells = themeYearCells({
          articles,
          themeWeights,
          experts: [],
          themes: themes.map((id) => ({ id, label: id, description: '' })),
        });
        for (const { year, scoredArticleCount } of articlesByYear(articles, themeWeights)) {
          const sum = themes.reduce((s, t) => s + (cells.get(cellKey(t, year))?.weight ?? 0), 0);
          expect(sum).toBeCloseTo(scoredArticleCount > 0 ? 1 : 0, 9);
        }
      }),
    );
  });
});

describe('involvedCells', () => {
  const data = makeTimelineData();

  it('is empty without a selection', () => {
    expect(involvedCells(data, { expertId: null, countryIso3: null }).size).toBe(0);
  });

  it('marks the cells an expert speaks to', () => {
    expect([...involvedCells(data, { expertId: 'aladin-mustafayev', countryIso3: null })].sort()).toEqual([
      cellKey('economy', 2022),
      cellKey('economy', 2024),
    ]);
  });

  it('marks the cells of a country’s experts and of experts who speak about it', () => {
    expect([...involvedCells(data, { expertId: null, countryIso3: 'KAZ' })].sort()).toEqual([cellKey('economy', 2022), cellKey('economy', 2024)]);
    expect([...involvedCells(data, { expertId: null, countryIso3: 'RUS' })]).toEqual([cellKey('security', 2022)]);
  });
});

describe('ownCells', () => {
  it('marks the theme-years with a hit in the person’s own articles, and none when there are none', () => {
    const data = makeTimelineData();
    expect(ownCells(data).size).toBe(0);
    const withOwn = { ...data, articles: data.articles.map((a) => (a.id === 'a3' ? { ...a, own: true as const } : a)) };
    expect([...ownCells(withOwn)].sort()).toEqual([cellKey('economy', 2024), cellKey('security', 2024)]);
  });
});
