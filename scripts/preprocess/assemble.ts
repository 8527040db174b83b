/**
 * Stage 4, link: per-article findings → one ScoData. Merges people across articles (same name →
 * same id), numbers quotes, turns lexicon hits into theme weights and builds the network links.
 */
import type { ArticleAnalysis } from './analyseArticle';
import { mergeProfiles } from './experts/mergeProfiles';
import type { Profile } from './experts/profile';
import type { Gazetteer } from './gazetteer';
import type { ThemeMatcher } from './lexicon';
import { SCHEMA_VERSION, type Article, type Candidate, type Country, type Expert, type Link, type ScoData, type Source, type ThemeWeight } from './model';
import type { ReferenceData } from './reference/parse';

export interface AssembleInput {
  analyses: readonly ArticleAnalysis[];
  reference: ReferenceData;
  gazetteer: Gazetteer;
  themes: ThemeMatcher;
  generatedAt: string;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const profileOf = (expert: Expert): Profile => ({
  ...(expert.title === undefined ? {} : { title: expert.title }),
  ...(expert.organisation === undefined ? {} : { organisation: expert.organisation }),
  ...(expert.city === undefined ? {} : { city: expert.city }),
  country: expert.country,
  role: expert.role,
});

/** An expert's profile fields, with the absent ones left out (never `undefined`). */
function withProfile(profile: Profile): Pick<Expert, 'role' | 'country'> & Partial<Pick<Expert, 'title' | 'organisation' | 'city'>> {
  return {
    role: profile.role,
    ...(profile.title === undefined ? {} : { title: profile.title }),
    ...(profile.organisation === undefined ? {} : { organisation: profile.organisation }),
    ...(profile.city === undefined ? {} : { city: profile.city }),
    country: profile.country,
  };
}

export function assembleScoData({ analyses, reference, gazetteer, generatedAt }: AssembleInput): ScoData {
  const themeOrder = reference.themes.themes.map((t) => t.id);
  const themeRank = new Map(themeOrder.map((id, i) => [id, i]));
  const sortThemes = (ids: Iterable<string>) => [...ids].sort((a, b) => (themeRank.get(a) ?? 0) - (themeRank.get(b) ?? 0));

  const ordered = [...analyses].sort((a, b) => byString(a.article.published, b.article.published) || byString(a.article.id, b.article.id));
  const articles: Article[] = ordered.map(({ article }) => ({
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    ...(article.url === undefined ? {} : { url: article.url }),
    published: article.published,
    year: article.year,
    ...(article.language === undefined ? {} : { language: article.language }),
    wordCount: article.wordCount,
  }));

  const experts = new Map<string, Expert>();
  const themeWeights: ThemeWeight[] = [];
  const links: Link[] = [];
  const candidates: Candidate[] = [];
  const mentionsByCountry = new Map<string, Country['mentions']>();

  for (const { article, people, mentions, candidates: found, themeHits } of ordered) {
    let quoteNumber = 0;
    const quoteCount = new Map<string, number>();
    const articleExperts: string[] = [];
    for (const person of people) {
      const expertThemeHits = new Map<string, number>();
      const quotes = person.quotes.map((q) => {
        for (const [id, n] of q.themeHits) expertThemeHits.set(id, (expertThemeHits.get(id) ?? 0) + n);
        for (const id of q.themeHits.keys()) quoteCount.set(id, (quoteCount.get(id) ?? 0) + 1);
        quoteNumber += 1;
        return { id: `${article.id}#${quoteNumber}`, articleId: article.id, text: q.text, kind: q.kind, themes: sortThemes(q.themeHits.keys()), countries: q.countries };
      });
      const existing = experts.get(person.id);
      const { profile } = person;
      if (existing === undefined) {
        experts.set(person.id, {
          id: person.id,
          name: person.name,
          ...withProfile(profile),
          ...(person.aliases.length === 0 ? {} : { aliases: [...person.aliases] }),
          articles: [article.id],
          quotes,
          evidence: [{ articleId: article.id, sentence: person.evidence }],
        });
      } else {
        // The same person in another article: the same merge as within an article, when the first
        // description left something to fill (most repeated experts are complete already).
        if (existing.title === undefined || existing.organisation === undefined || existing.city === undefined || existing.country === null) {
          Object.assign(existing, withProfile(mergeProfiles(profileOf(existing), profile)));
        }
        if (person.aliases.length > 0) {
          const aliases = [...new Set([...(existing.aliases ?? []), ...person.aliases])].filter((a) => a !== existing.name);
          if (aliases.length > 0) existing.aliases = aliases;
        }
        if (!existing.articles.includes(article.id)) existing.articles.push(article.id);
        existing.quotes.push(...quotes);
        existing.evidence.push({ articleId: article.id, sentence: person.evidence });
      }
      articleExperts.push(person.id);
      for (const [themeId, hits] of expertThemeHits) links.push({ kind: 'expert-theme', source: person.id, target: themeId, articleId: article.id, weight: hits });
      if (profile.country !== null) links.push({ kind: 'expert-country', source: person.id, target: profile.country, articleId: article.id, weight: 1 });
    }
    const uniqueExperts = [...new Set(articleExperts)].sort(byString);
    for (let i = 0; i < uniqueExperts.length; i++) {
      for (let j = i + 1; j < uniqueExperts.length; j++) {
        links.push({ kind: 'expert-expert', source: uniqueExperts[i] ?? '', target: uniqueExperts[j] ?? '', articleId: article.id, weight: 1 });
      }
    }

    // Shares, not counts: one long article cannot drown the others.
    const total = [...themeHits.values()].reduce((sum, n) => sum + n, 0);
    for (const themeId of sortThemes(themeHits.keys())) {
      const hits = themeHits.get(themeId) ?? 0;
      if (hits === 0) continue;
      themeWeights.push({ articleId: article.id, year: article.year, themeId, weight: hits / total, hits, quoteCount: quoteCount.get(themeId) ?? 0 });
    }

    for (const m of mentions) {
      const list = mentionsByCountry.get(m.iso3) ?? [];
      list.push({ articleId: article.id, sentence: m.sentence });
      mentionsByCountry.set(m.iso3, list);
    }
    for (const c of found) candidates.push({ iso3: c.iso3, articleId: article.id, sentence: c.sentence, kind: c.kind });
  }

  // The expert-country link needs the country's own record, so every expert's country is listed.
  const expertList = [...experts.values()].sort((a, b) => byString(a.id, b.id));
  const statusesByCountry = new Map(reference.membership.countries.map((c) => [c.iso3, c.statuses]));
  const countryCodes = new Set<string>([
    ...statusesByCountry.keys(),
    ...mentionsByCountry.keys(),
    ...candidates.map((c) => c.iso3),
    ...expertList.flatMap((e) => (e.country === null ? [] : [e.country])),
    ...reference.summits.summits.map((s) => s.country),
  ]);
  const countries: Country[] = [...countryCodes].sort(byString).map((iso3) => ({
    iso3,
    name: gazetteer.countryName(iso3),
    statuses: statusesByCountry.get(iso3) ?? [],
    mentions: mentionsByCountry.get(iso3) ?? [],
  }));

  const sources: Source[] = [...reference.membership.sources, ...reference.summits.sources];
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt,
    referenceAsOf: latestReferenceDate(reference),
    articles,
    countries,
    candidates,
    experts: expertList,
    themes: reference.themes.themes.map(({ id, label, description }) => ({ id, label, description })),
    themeWeights,
    links,
    summits: [...reference.summits.summits].sort((a, b) => byString(a.date, b.date)),
    sources,
  };
}

/** The newest date in the status history: what "today" means on the map. */
export function latestReferenceDate(reference: ReferenceData): string {
  let latest = '0000';
  for (const country of reference.membership.countries) {
    for (const period of country.statuses) {
      for (const date of [period.from, period.to]) if (date !== undefined && date > latest) latest = date;
    }
  }
  return latest;
}
