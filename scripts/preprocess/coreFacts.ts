/**
 * The core read back into the per-article facts it was built from (findings.ts), so a data set
 * already built can take more articles: the browser feeds the shipped core's facts and the
 * person's own articles' facts to one CoreBuilder, the same link stage as `npm run preprocess`,
 * without the shipped articles' texts or a second findings file. Pure.
 *
 * The core keeps everything the builder reads, except two things it had merged away:
 *   - a person's description per article: the merged one is given to the first article, so the
 *     merge gives it back (a later description only ever fills a gap). With own articles added,
 *     one dated between a person's shipped articles can differ from the CLI in one case: the
 *     first shipped description lacks a title (organisation, city) that both the own article and
 *     a later shipped one give; the CLI keeps the own article's, this keeps the later shipped one's;
 *   - each quote's hits per theme: the core keeps the person's hits per theme in the article and
 *     which themes each quote has; the first quote with a theme carries the rest of the hits, so
 *     every sum the builder makes is the same.
 * The people's order in an article is rebuilt from the two tables it shows in (quotes by number,
 * the person–country links in row order); every table the builder writes is the same for any
 * order that agrees with both. `coreFacts.test.ts` checks that the round trip gives the same core.
 */
import type { CoreFile } from '../../src/model/coreSchema';
import type { ArticleFacts, PersonFacts, QuoteFacts } from './findings';
import type { Profile } from './experts/profile';

/** What duplicate messages call a shipped article: the core does not know its file name. */
export const shippedArticleFile = (id: string) => `the shipped article ${id}`;

interface PersonRows {
  quotes: Array<{ number: number; kind: QuoteFacts['kind']; themes: number[]; countries: number[] }>;
  /** [theme, hits] in the order the builder met them. */
  themeHits: Array<[number, number]>;
  country: number | null;
}

/** Orders the items of two chains (each a subsequence of one unknown order) into one order both agree with. */
function mergeChains(first: readonly number[], second: readonly number[]): number[] {
  const after = new Map<number, number[]>();
  const before = new Map<number, number>();
  const items = [...new Set([...first, ...second])];
  for (const item of items) before.set(item, 0);
  for (const chain of [first, second]) {
    for (let i = 1; i < chain.length; i++) {
      const from = chain[i - 1] as number;
      const to = chain[i] as number;
      after.set(from, [...(after.get(from) ?? []), to]);
      before.set(to, (before.get(to) ?? 0) + 1);
    }
  }
  const ready = items.filter((item) => before.get(item) === 0);
  const order: number[] = [];
  while (ready.length > 0) {
    const item = ready.shift() as number;
    order.push(item);
    for (const next of after.get(item) ?? []) {
      const left = (before.get(next) ?? 0) - 1;
      before.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  return order;
}

/** One quote's hits per theme: the first quote with a theme carries the person's hits beyond one a quote. */
function quoteThemeHits(rows: PersonRows, themeIds: readonly string[]): QuoteFacts[] {
  const rank = new Map(rows.themeHits.map(([theme], i) => [theme, i]));
  const quotesWith = new Map<number, number>();
  for (const quote of rows.quotes) for (const theme of quote.themes) quotesWith.set(theme, (quotesWith.get(theme) ?? 0) + 1);
  const extra = new Map(rows.themeHits.map(([theme, hits]) => [theme, hits - (quotesWith.get(theme) ?? 0)]));
  return rows.quotes.map((quote) => ({
    kind: quote.kind,
    themeHits: [...quote.themes]
      .sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
      .map((theme): [string, number] => {
        const hits = 1 + (extra.get(theme) ?? 0);
        extra.set(theme, 0);
        return [themeIds[theme] ?? '', hits];
      }),
    countries: [],
  }));
}

/** A checked core → each article's facts, in the core's order (article i is the core's article i). */
export function factsOfCore(core: CoreFile): ArticleFacts[] {
  const iso3 = core.countries.map((c) => c.iso3);
  const themeIds = core.themes.map((t) => t.id);
  const people = core.articles.map(() => new Map<number, PersonRows>());
  const rowsOf = (article: number, expert: number): PersonRows => {
    const inArticle = people[article] as Map<number, PersonRows>;
    let rows = inArticle.get(expert);
    if (rows === undefined) {
      rows = { quotes: [], themeHits: [], country: null };
      inArticle.set(expert, rows);
    }
    return rows;
  };
  const countryChain = core.articles.map((): number[] => []);
  // Every person of every article, in the experts' order first: the chains below set the order that matters.
  core.experts.forEach((expert, e) => expert.articles.forEach((article) => rowsOf(article, e)));
  for (const [expert, article, number, kind, themes, countries] of core.quotes) rowsOf(article, expert).quotes.push({ number, kind, themes, countries });
  for (const [expert, theme, article, hits] of core.links['expert-theme']) rowsOf(article, expert).themeHits.push([theme, hits]);
  for (const [expert, country, article] of core.links['expert-country']) {
    rowsOf(article, expert).country = country;
    countryChain[article]?.push(expert);
  }

  const firstArticle = core.experts.map((expert) => expert.articles[0]);
  const mentions = core.articles.map((): string[] => []);
  core.countries.forEach((country) => country.mentions.forEach((article) => mentions[article]?.push(country.iso3)));
  const candidates = core.articles.map((): ArticleFacts['candidates'] => []);
  for (const [country, article, kind] of core.candidates) candidates[article]?.push({ iso3: iso3[country] ?? '', kind });
  const themeHits = core.articles.map((): Array<[string, number]> => []);
  for (const [article, theme, hits] of core.themeWeights) themeHits[article]?.push([themeIds[theme] ?? '', hits]);

  return core.articles.map(({ own: _own, ...article }, a): ArticleFacts => {
    const inArticle = people[a] as Map<number, PersonRows>;
    for (const rows of inArticle.values()) rows.quotes.sort((x, y) => x.number - y.number);
    const quoteChain = [...inArticle.entries()]
      .filter(([, rows]) => rows.quotes.length > 0)
      .sort(([, x], [, y]) => (x.quotes[0]?.number ?? 0) - (y.quotes[0]?.number ?? 0))
      .map(([expert]) => expert);
    const chained = mergeChains(quoteChain, countryChain[a] ?? []);
    const unchained = [...inArticle.keys()].filter((expert) => !chained.includes(expert));
    const personFacts = [...chained, ...unchained].map((e): PersonFacts => {
      const expert = core.experts[e] as CoreFile['experts'][number];
      const rows = inArticle.get(e) as PersonRows;
      const country = rows.country === null ? null : (iso3[rows.country] ?? null);
      const first = firstArticle[e] === a;
      const profile: Profile = { country, role: expert.role };
      if (first && expert.title !== undefined) profile.title = expert.title;
      if (first && expert.organisation !== undefined) profile.organisation = expert.organisation;
      if (first && expert.city !== undefined) profile.city = expert.city;
      const quotes = quoteThemeHits(rows, themeIds).map((quote, q) => ({ ...quote, countries: (rows.quotes[q]?.countries ?? []).map((c) => iso3[c] ?? '') }));
      return { id: expert.id, name: expert.name, profile, aliases: first ? [...(expert.aliases ?? [])] : [], quotes };
    });
    return {
      article: { ...article, file: shippedArticleFile(article.id) },
      people: personFacts,
      mentions: mentions[a] ?? [],
      candidates: candidates[a] ?? [],
      themeHits: themeHits[a] ?? [],
    };
  });
}
