/**
 * Stage 3b, per article: one article's analysis → its facts (what the core counts: people and
 * their profiles, the quotes' themes and countries, mentions, candidacies, theme hits — no words)
 * and its evidence (the words: quote texts, the sentences behind each attribution, mention and
 * candidacy), in the evidence shard's own form. Pure and per article, so it runs where the article
 * was analysed (a worker thread) and only the facts and the evidence's JSON travel on.
 */
import type { ArticleEvidence } from '../../src/model/coreSchema';
import type { ArticleAnalysis, ArticleMeta } from './analyseArticle';
import type { Profile } from './experts/profile';
import type { CandidateKind } from './model';

export interface QuoteFacts {
  kind: 'direct' | 'reported';
  /** Lexicon hits in the quote, by theme, in the order found (the expert–theme links keep it). */
  themeHits: Array<[themeId: string, hits: number]>;
  countries: string[];
}

export interface PersonFacts {
  id: string;
  name: string;
  profile: Profile;
  aliases: string[];
  /** In the article's order: the n-th quote of the article's people is quote `<article id>#n`. */
  quotes: QuoteFacts[];
}

export interface ArticleFacts {
  article: ArticleMeta;
  people: PersonFacts[];
  /** Countries named, one each, in the order first named. */
  mentions: string[];
  candidates: Array<{ iso3: string; kind: CandidateKind }>;
  themeHits: Array<[themeId: string, hits: number]>;
}

/**
 * A copy of a string that shares no memory with the text it was cut from: V8 keeps a slice of a
 * string as a view of the whole, so a name cut from an article would keep the article alive.
 * structuredClone copies the characters once; a JSON round trip cost four times as much.
 */
const detached = (text: string): string => (text === '' ? text : structuredClone(text));
const detachedOrNot = (text: string | undefined) => (text === undefined ? undefined : detached(text));

function detachedProfile(profile: Profile): Profile {
  const copy: Profile = { country: profile.country, role: profile.role };
  const title = detachedOrNot(profile.title);
  const organisation = detachedOrNot(profile.organisation);
  const city = detachedOrNot(profile.city);
  if (title !== undefined) copy.title = title;
  if (organisation !== undefined) copy.organisation = organisation;
  if (city !== undefined) copy.city = city;
  return copy;
}

function detachedArticle(article: ArticleMeta): ArticleMeta {
  const copy: ArticleMeta = { id: detached(article.id), file: detached(article.file), title: detached(article.title), outlet: detached(article.outlet), published: article.published, year: article.year, wordCount: article.wordCount };
  if (article.url !== undefined) copy.url = detached(article.url);
  if (article.language !== undefined) copy.language = detached(article.language);
  return copy;
}

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => {
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The facts and the evidence of one analysed article. The evidence lists attributions by expert
 * id and mentions by country code, quotes by number: the order splitScoData gives a shard.
 */
export function articleFindings({ article, people, mentions, candidates, themeHits }: ArticleAnalysis): { facts: ArticleFacts; evidence: ArticleEvidence } {
  const quotes: ArticleEvidence['quotes'] = [];
  // The facts outlive the article's text (in the main thread they are the core's material): their
  // strings are copies. The evidence is turned to JSON right away, which copies it as well.
  const factsOfPeople = people.map((person): PersonFacts => ({
    id: detached(person.id),
    name: detached(person.name),
    profile: detachedProfile(person.profile),
    aliases: person.aliases.map(detached),
    quotes: person.quotes.map((quote) => {
      quotes.push([quotes.length + 1, quote.text]);
      return { kind: quote.kind, themeHits: [...quote.themeHits], countries: quote.countries };
    }),
  }));
  const evidence: ArticleEvidence = {
    id: article.id,
    quotes,
    // Stable sorts: one person twice in an article keeps the order of the two descriptions.
    attributions: people.map((p): [string, string] => [p.id, p.evidence]).sort(byKey(([id]) => id)),
    mentions: mentions.map((m): [string, string] => [m.iso3, m.sentence]).sort(byKey(([iso3]) => iso3)),
    candidates: candidates.map((c): [string, CandidateKind, string] => [c.iso3, c.kind, c.sentence]),
  };
  return {
    facts: { article: detachedArticle(article), people: factsOfPeople, mentions: mentions.map((m) => m.iso3), candidates: candidates.map(({ iso3, kind }) => ({ iso3, kind })), themeHits: [...themeHits] },
    evidence,
  };
}
