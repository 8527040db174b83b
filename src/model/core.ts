/**
 * The core as the views use it: ScoData (schema.ts) without the words. Quotes keep their id,
 * article, kind, themes and countries; mentions and candidates keep their article; the texts come
 * from the evidence shards (evidence.ts) when a panel shows them. `decodeCore` turns a checked core
 * file into these objects. A whole ScoData is a ScoCore too, so tests can hand either to a view.
 */
import type { CoreFile, ShardRef } from './coreSchema';
import type { Article, Candidate, Country, Expert, Link, Quote, ScoData, ThemeWeight } from './schema';

export type QuoteRef = Omit<Quote, 'text'>;
export type CandidateRef = Omit<Candidate, 'sentence'>;
export type ArticleRef = { articleId: string };
export type CoreExpert = Omit<Expert, 'quotes' | 'evidence'> & { quotes: QuoteRef[] };
export type CoreCountry = Omit<Country, 'mentions'> & { mentions: ArticleRef[] };

export interface ScoCore extends Omit<ScoData, 'countries' | 'candidates' | 'experts'> {
  countries: CoreCountry[];
  candidates: CandidateRef[];
  experts: CoreExpert[];
  /** Which file holds which articles' words; empty when the data came whole (a test's ScoData). */
  evidence?: ShardRef[];
}

/** `<article id>#<number>`: the one way a quote id is made. */
export const quoteId = (articleId: string, number: number): string => `${articleId}#${number}`;

/** The quote's number within its article, or null when the id is not `<article id>#<number>`. */
export function quoteNumber(quote: Pick<Quote, 'id' | 'articleId'>): number | null {
  const { id, articleId } = quote;
  // By character codes, not a regular expression: the timeline sorts every quote by it.
  if (id.length <= articleId.length + 1 || id.charCodeAt(articleId.length) !== 35 || !id.startsWith(articleId)) return null;
  let number = 0;
  for (let i = articleId.length + 1; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9 || (digit === 0 && number === 0)) return null;
    number = number * 10 + digit;
  }
  return number;
}

/** Makes `key` of `target` a value computed on first read, then kept as a plain property. */
function lazily<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get: () => {
      const value = compute();
      Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
  });
}

/**
 * A checked core file → the objects the views use. Indices become the ids they point at (the
 * same string objects, so a quote's article id costs no memory of its own); a theme weight's share
 * and year are computed from its article. Assumes `checkCore` passed: indices are in range.
 *
 * The map needs articles, countries and candidates only; the quotes, links, theme weights and
 * countries' mentions — most of the objects — are made on first read, so the first paint does not
 * wait for them (nor the garbage collector for their garbage).
 */
export function decodeCore(file: CoreFile): ScoCore {
  const articles: Article[] = file.articles;
  const articleId = articles.map((a) => a.id);
  const themeId = file.themes.map((t) => t.id);
  const iso3 = file.countries.map((c) => c.iso3);
  const expertId = file.experts.map((e) => e.id);
  const at = <T>(list: readonly T[], i: number): T => list[i] as T;

  // Each expert's rows of the quotes table, found in one pass when the first expert's quotes are read.
  let quoteRowsOfExpert: number[][] | undefined;
  const quoteRows = (): number[][] => {
    if (quoteRowsOfExpert !== undefined) return quoteRowsOfExpert;
    const rows: number[][] = file.experts.map(() => []);
    file.quotes.forEach((row, i) => at(rows, row[0]).push(i));
    return (quoteRowsOfExpert = rows);
  };
  const experts: CoreExpert[] = file.experts.map(({ articles: indices, ...row }, e) => {
    const expert: CoreExpert = { ...row, articles: indices.map((i) => at(articleId, i)), quotes: [] };
    lazily(expert, 'quotes', () =>
      at(quoteRows(), e).map((r) => {
        const [, article, number, kind, themes, countries] = at(file.quotes, r);
        const id = at(articleId, article);
        return { id: quoteId(id, number), articleId: id, kind, themes: themes.map((t) => at(themeId, t)), countries: countries.map((c) => at(iso3, c)) };
      }),
    );
    return expert;
  });

  const core: ScoCore = {
    schemaVersion: file.schemaVersion,
    generatedAt: file.generatedAt,
    referenceAsOf: file.referenceAsOf,
    articles,
    countries: file.countries.map(({ mentions, ...row }) => {
      // 120,000 mentions at 10,000 articles, which only a country's details and relations read.
      const country: CoreCountry = { ...row, mentions: [] };
      lazily(country, 'mentions', () => mentions.map((i) => ({ articleId: at(articleId, i) })));
      return country;
    }),
    candidates: file.candidates.map(([country, article, kind]) => ({ iso3: at(iso3, country), articleId: at(articleId, article), kind })),
    experts,
    themes: file.themes,
    themeWeights: [],
    links: [],
    summits: file.summits,
    sources: file.sources,
    evidence: file.evidence,
  };
  lazily(core, 'themeWeights', () => {
    const hitsOfArticle = new Float64Array(articles.length);
    for (const [article, , hits] of file.themeWeights) hitsOfArticle[article] = (hitsOfArticle[article] ?? 0) + hits;
    return file.themeWeights.map(([article, theme, hits, quoteCount]): ThemeWeight => {
      const total = hitsOfArticle[article] ?? 0;
      return { articleId: at(articleId, article), year: at(articles, article).year, themeId: at(themeId, theme), weight: total === 0 ? 0 : hits / total, hits, quoteCount };
    });
  });
  lazily(core, 'links', () => {
    const targets = { 'expert-theme': themeId, 'expert-country': iso3, 'expert-expert': expertId } as const;
    const links: Link[] = [];
    for (const kind of ['expert-theme', 'expert-country', 'expert-expert'] as const) {
      for (const [expert, target, article, weight] of file.links[kind]) {
        links.push({ kind, source: at(expertId, expert), target: at(targets[kind], target), articleId: at(articleId, article), weight });
      }
    }
    return links;
  });
  return core;
}
