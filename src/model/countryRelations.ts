/**
 * How experts and quotes relate to a country, the one definition the map's details and tooltip, the
 * network's country filter and the table all use, so they give the same counts for the same filters:
 *   - experts FROM the country: the expert's own country (or an expert–country link) says so;
 *   - experts who SPOKE ABOUT it: a quote of theirs names the country.
 * Both are counted within the store's scope: the articles in the year range and, when themes are
 * chosen, the quotes on those themes (as the network's theme filter keeps experts who spoke to them).
 */
import { articleIdsInRange } from './dataIndex';
import type { Quote, ScoData } from './schema';

export interface RelationScope {
  /** Inclusive year range of the articles; null means all years. */
  range: readonly [number, number] | null;
  /** Theme ids; empty means all themes. */
  themes: readonly string[];
}

export const ALL_OF_IT: RelationScope = { range: null, themes: [] };

export interface CountryRelations {
  /** Expert ids, sorted: experts from the country who appear in scope. */
  from: string[];
  /** Expert ids, sorted: experts with a quote in scope that names the country. */
  spokeAbout: string[];
  /** Quote ids in scope said by experts from the country. */
  quotesFrom: string[];
  /** Quote ids in scope that name the country. */
  quotesAbout: string[];
  /** Articles in range that mention the country or name it as a candidate. */
  articleIds: string[];
}

export const NO_RELATIONS: CountryRelations = { from: [], spokeAbout: [], quotesFrom: [], quotesAbout: [], articleIds: [] };

export type RelationsData = Pick<ScoData, 'articles' | 'experts' | 'links' | 'countries' | 'candidates'>;

/**
 * The countries a quote names. Data written before quotes carried their countries has none, so
 * "spoke about" stays empty for it rather than being guessed in the app.
 */
export function quoteCountries(quote: Quote): readonly string[] {
  return quote.countries ?? [];
}

function adder(map: Map<string, Set<string>>) {
  return (iso3: string, id: string) => {
    const set = map.get(iso3) ?? new Set<string>();
    set.add(id);
    map.set(iso3, set);
  };
}

const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort();

/** Every country's relations in one pass over experts, quotes, links, mentions and candidates. */
export function countryRelations(data: RelationsData, scope: RelationScope = ALL_OF_IT): Map<string, CountryRelations> {
  const inRange = articleIdsInRange(data, scope.range);
  const chosen = new Set(scope.themes);
  const quoteInScope = (q: Quote) => inRange.has(q.articleId) && (chosen.size === 0 || q.themes.some((t) => chosen.has(t)));

  const from = new Map<string, Set<string>>();
  const spokeAbout = new Map<string, Set<string>>();
  const quotesFrom = new Map<string, Set<string>>();
  const quotesAbout = new Map<string, Set<string>>();
  const articles = new Map<string, Set<string>>();
  const addFrom = adder(from);
  const addSpokeAbout = adder(spokeAbout);
  const addQuoteFrom = adder(quotesFrom);
  const addQuoteAbout = adder(quotesAbout);
  const addArticle = adder(articles);

  const linkedCountries = new Map<string, Set<string>>();
  for (const link of data.links) {
    if (link.kind === 'expert-country' && inRange.has(link.articleId)) adder(linkedCountries)(link.source, link.target);
  }

  for (const expert of data.experts) {
    const quotes = expert.quotes.filter(quoteInScope);
    // In scope: in an article of the range, and with a theme filter, quoted on one of its themes.
    const present = chosen.size > 0 ? quotes.length > 0 : expert.articles.some((a) => inRange.has(a));
    if (!present) continue;
    const home = new Set(linkedCountries.get(expert.id));
    if (expert.country !== null) home.add(expert.country);
    for (const iso3 of home) {
      addFrom(iso3, expert.id);
      for (const quote of quotes) addQuoteFrom(iso3, quote.id);
    }
    for (const quote of quotes) {
      for (const iso3 of quoteCountries(quote)) {
        addSpokeAbout(iso3, expert.id);
        addQuoteAbout(iso3, quote.id);
      }
    }
  }
  for (const country of data.countries) for (const m of country.mentions) if (inRange.has(m.articleId)) addArticle(country.iso3, m.articleId);
  for (const candidate of data.candidates) if (inRange.has(candidate.articleId)) addArticle(candidate.iso3, candidate.articleId);

  const result = new Map<string, CountryRelations>();
  for (const iso3 of new Set([...from.keys(), ...spokeAbout.keys(), ...articles.keys()])) {
    result.set(iso3, {
      from: sorted(from.get(iso3)),
      spokeAbout: sorted(spokeAbout.get(iso3)),
      quotesFrom: sorted(quotesFrom.get(iso3)),
      quotesAbout: sorted(quotesAbout.get(iso3)),
      articleIds: sorted(articles.get(iso3)),
    });
  }
  return result;
}

/** The experts a country filter keeps: from the country or speaking about it, once each, sorted. */
export function relatedExperts(relations: CountryRelations): string[] {
  return [...new Set([...relations.from, ...relations.spokeAbout])].sort();
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "6 experts from it · 1 spoke about it · 2 articles": the tooltip's line. */
export function relationsPhrase(relations: CountryRelations): string {
  return [
    `${plural(relations.from.length, 'expert', 'experts')} from it`,
    `${relations.spokeAbout.length} spoke about it`,
    plural(relations.articleIds.length, 'article', 'articles'),
  ].join(' · ');
}

/**
 * What the country filter means, said where it applies:
 * "Experts from Kazakhstan (6) and experts who spoke about it (1): 7 in all."
 */
export function countryFilterSentence(countryName: string, relations: CountryRelations): string {
  const all = relatedExperts(relations).length;
  return `Experts from ${countryName} (${relations.from.length}) and experts who spoke about it (${relations.spokeAbout.length}): ${all} in all.`;
}

/** "in 2022–2024, on Security or Energy": the scope relations were counted in, or '' for all of it. */
export function scopeWords(range: readonly [number, number] | null, themeLabels: readonly string[]): string {
  const parts: string[] = [];
  if (range !== null) parts.push(range[0] === range[1] ? `in ${range[0]}` : `in ${range[0]}–${range[1]}`);
  if (themeLabels.length > 0) parts.push(`on ${themeLabels.length === 1 ? themeLabels[0] : `${themeLabels.slice(0, -1).join(', ')} or ${themeLabels[themeLabels.length - 1]}`}`);
  return parts.join(', ');
}
