/**
 * Theme × year aggregation: what the timeline's marks show.
 *
 * A mark's weight is the mean, over that year's articles, of each article's share of its lexicon
 * hits that fall on the theme. Averaging shares (not summing hits) keeps one long article from
 * drowning the short ones: every article has the same say in its year. Articles without any lexicon
 * hit have no shares and stay out of the mean, so a year's weights add up to 1 across themes.
 */
import type { QuoteWithSpeaker } from './quotes';
import type { Article, Link, ThemeWeight } from './schema';
import { quoteNumber, type CoreExpert, type ScoCore } from './core';

export interface ThemeYearCell {
  themeId: string;
  year: number;
  /** Mean of the article shares over the year's articles with lexicon hits (0–1). */
  weight: number;
  /** Articles of the year in which the theme has at least one hit. */
  articleCount: number;
  /** Articles of the year that have lexicon hits (the mean's denominator). */
  scoredArticleCount: number;
  /** Quotes of the year tagged with the theme, in article date order. */
  quotes: QuoteWithSpeaker[];
}

export interface YearArticles {
  year: number;
  /** All articles published that year. */
  articleCount: number;
  /** Those with lexicon hits. */
  scoredArticleCount: number;
}

export type TimelineData = Pick<ScoCore, 'articles' | 'themes' | 'themeWeights' | 'experts'>;

export function cellKey(themeId: string, year: number): string {
  return `${themeId}@${year}`;
}

/** Article counts per year, ascending by year. */
export function articlesByYear(articles: readonly Article[], themeWeights: readonly ThemeWeight[]): YearArticles[] {
  const scored = new Set(themeWeights.filter((w) => w.hits > 0).map((w) => w.articleId));
  const byYear = new Map<number, YearArticles>();
  for (const article of articles) {
    const entry = byYear.get(article.year) ?? { year: article.year, articleCount: 0, scoredArticleCount: 0 };
    entry.articleCount += 1;
    if (scored.has(article.id)) entry.scoredArticleCount += 1;
    byYear.set(article.year, entry);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Quotes tagged with each theme, keyed by cellKey(theme, article year). */
function quotesByCell(experts: readonly CoreExpert[], yearOfArticle: ReadonlyMap<string, Article>): Map<string, QuoteWithSpeaker[]> {
  const cells = new Map<string, Array<{ item: QuoteWithSpeaker; order: number; number: number }>>();
  // Article date order, then the quote's number in its article: ranks computed once, not per comparison.
  const rank = new Map([...yearOfArticle.values()].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((a, i) => [a.id, i]));
  for (const expert of experts) {
    for (const quote of expert.quotes) {
      const article = yearOfArticle.get(quote.articleId);
      if (article === undefined) continue;
      const entry = { item: { quote, expertId: expert.id }, order: rank.get(article.id) ?? 0, number: quoteNumber(quote) ?? 0 };
      for (const themeId of new Set(quote.themes)) {
        const key = cellKey(themeId, article.year);
        const list = cells.get(key);
        if (list === undefined) cells.set(key, [entry]);
        else list.push(entry);
      }
    }
  }
  const sorted = new Map<string, QuoteWithSpeaker[]>();
  for (const [key, list] of cells) {
    list.sort((a, b) => a.order - b.order || a.number - b.number || (a.item.quote.id < b.item.quote.id ? -1 : a.item.quote.id > b.item.quote.id ? 1 : 0));
    sorted.set(key, list.map((e) => e.item));
  }
  return sorted;
}

/**
 * One cell per theme and article year (years without articles have no cells: the view marks them
 * as such). Cells with zero weight are kept so a keyboard user can reach "0 %" as well.
 */
export function themeYearCells(data: TimelineData): Map<string, ThemeYearCell> {
  const articleById = new Map(data.articles.map((a) => [a.id, a]));
  const years = articlesByYear(data.articles, data.themeWeights);
  const weightSums = new Map<string, { sum: number; articles: Set<string> }>();
  for (const w of data.themeWeights) {
    const article = articleById.get(w.articleId);
    if (article === undefined) continue;
    // The article's own year wins over the row's copy, so a stale row cannot move a mark.
    const key = cellKey(w.themeId, article.year);
    const entry = weightSums.get(key) ?? { sum: 0, articles: new Set<string>() };
    entry.sum += w.weight;
    if (w.hits > 0) entry.articles.add(w.articleId);
    weightSums.set(key, entry);
  }
  const quotes = quotesByCell(data.experts, articleById);

  const cells = new Map<string, ThemeYearCell>();
  for (const { year, scoredArticleCount } of years) {
    for (const theme of data.themes) {
      const key = cellKey(theme.id, year);
      const sums = weightSums.get(key);
      cells.set(key, {
        themeId: theme.id,
        year,
        weight: scoredArticleCount > 0 && sums !== undefined ? sums.sum / scoredArticleCount : 0,
        articleCount: sums?.articles.size ?? 0,
        scoredArticleCount,
        quotes: quotes.get(key) ?? [],
      });
    }
  }
  return cells;
}

/** The largest weight of any cell (0 for an empty corpus): the top of the size scale. */
export function maxCellWeight(cells: Iterable<ThemeYearCell>): number {
  let max = 0;
  for (const cell of cells) max = Math.max(max, cell.weight);
  return max;
}

/** Cells with a theme hit in one of the person's own articles ("Add articles"): marked "yours". */
export function ownCells(data: Pick<ScoCore, 'articles' | 'themeWeights'>): Set<string> {
  const own = new Set(data.articles.filter((a) => a.own === true).map((a) => a.id));
  const cells = new Set<string>();
  if (own.size === 0) return cells;
  for (const w of data.themeWeights) if (w.hits > 0 && own.has(w.articleId)) cells.add(cellKey(w.themeId, w.year));
  return cells;
}

export interface InvolvementFilter {
  expertId: string | null;
  countryIso3: string | null;
}

/**
 * Cells that involve the selected expert or country: the expert is linked to the theme in an
 * article of that year (network link or tagged quote). For a country, its experts count, and so do
 * experts who speak about it (an expert→country link) in that same article.
 */
export function involvedCells(data: TimelineData & Pick<ScoCore, 'links'>, filter: InvolvementFilter): Set<string> {
  const { expertId, countryIso3 } = filter;
  const involved = new Set<string>();
  if (expertId === null && countryIso3 === null) return involved;
  const articleById = new Map(data.articles.map((a) => [a.id, a]));

  const expertCountry = new Map(data.experts.map((e) => [e.id, e.country]));
  const speaksAbout = new Set(
    data.links.filter((l) => l.kind === 'expert-country' && l.target === countryIso3).map((l) => `${l.source}|${l.articleId}`),
  );
  const matches = (expert: string, articleId: string) =>
    expert === expertId ||
    (countryIso3 !== null && (expertCountry.get(expert) === countryIso3 || speaksAbout.has(`${expert}|${articleId}`)));

  const add = (link: Pick<Link, 'source' | 'target' | 'articleId'>) => {
    const article = articleById.get(link.articleId);
    if (article !== undefined && matches(link.source, link.articleId)) involved.add(cellKey(link.target, article.year));
  };
  for (const link of data.links) if (link.kind === 'expert-theme') add(link);
  for (const expert of data.experts) {
    for (const quote of expert.quotes) {
      for (const themeId of quote.themes) add({ source: expert.id, target: themeId, articleId: quote.articleId });
    }
  }
  return involved;
}
