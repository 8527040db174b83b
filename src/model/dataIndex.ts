import type { Article, Country, Expert, ScoData, Theme } from './schema';

/** Lookups every view needs; built once per loaded data set. */
export interface DataIndex {
  articleById: Map<string, Article>;
  expertById: Map<string, Expert>;
  themeById: Map<string, Theme>;
  countryByIso3: Map<string, Country>;
  /** Years that have at least one article, ascending. */
  articleYears: number[];
}

export function buildDataIndex(data: ScoData): DataIndex {
  return {
    articleById: new Map(data.articles.map((a) => [a.id, a])),
    expertById: new Map(data.experts.map((e) => [e.id, e])),
    themeById: new Map(data.themes.map((t) => [t.id, t])),
    countryByIso3: new Map(data.countries.map((c) => [c.iso3, c])),
    articleYears: [...new Set(data.articles.map((a) => a.year))].sort((a, b) => a - b),
  };
}

/** True when the year lies in the inclusive range; a null range means all years. */
export function yearInRange(year: number, range: readonly [number, number] | null): boolean {
  return range === null || (year >= range[0] && year <= range[1]);
}

/** Ids of the articles published within the range (all articles for a null range). */
export function articleIdsInRange(data: Pick<ScoData, 'articles'>, range: readonly [number, number] | null): Set<string> {
  return new Set(data.articles.filter((a) => yearInRange(a.year, range)).map((a) => a.id));
}
