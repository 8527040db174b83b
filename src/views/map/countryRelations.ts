import type { Expert, ScoData } from '../../model/schema';
import { byName } from './countryDirectory';

export interface CountryRelations {
  /** Experts from the country, or linked to it in some article (expert-country links). */
  expertIds: string[];
  /** Articles that mention the country or name it as a candidate. */
  articleIds: string[];
}

/**
 * Who and what relates to each country, for every country at once (one pass over experts,
 * links, mentions and candidates), so tooltips cost a lookup.
 */
export function countryRelations(data: Pick<ScoData, 'experts' | 'links' | 'countries' | 'candidates'>): Map<string, CountryRelations> {
  const experts = new Map<string, Set<string>>();
  const articles = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, iso3: string, id: string) => {
    const set = map.get(iso3) ?? new Set<string>();
    set.add(id);
    map.set(iso3, set);
  };
  for (const expert of data.experts) if (expert.country !== null) add(experts, expert.country, expert.id);
  for (const link of data.links) if (link.kind === 'expert-country') add(experts, link.target, link.source);
  for (const country of data.countries) for (const mention of country.mentions) add(articles, country.iso3, mention.articleId);
  for (const candidate of data.candidates) add(articles, candidate.iso3, candidate.articleId);

  const result = new Map<string, CountryRelations>();
  for (const iso3 of new Set([...experts.keys(), ...articles.keys()])) {
    result.set(iso3, {
      expertIds: [...(experts.get(iso3) ?? [])].sort(),
      articleIds: [...(articles.get(iso3) ?? [])].sort(),
    });
  }
  return result;
}

export const NO_RELATIONS: CountryRelations = { expertIds: [], articleIds: [] };

/** "3 experts · 2 articles". */
export function relationsPhrase(relations: CountryRelations): string {
  const e = relations.expertIds.length;
  const a = relations.articleIds.length;
  return `${e} ${e === 1 ? 'expert' : 'experts'} · ${a} ${a === 1 ? 'article' : 'articles'}`;
}

/** Experts sorted for the details panel: the country's own first, then by name. */
export function sortExpertsFor(iso3: string, experts: readonly Expert[]): Expert[] {
  return [...experts].sort((a, b) => Number(b.country === iso3) - Number(a.country === iso3) || byName(a.name, b.name));
}
