/**
 * The words behind the core's counts, looked up by what the core holds: a quote, a country's
 * mention in an article, a candidacy, an attribution. Built from evidence shards as they load.
 */
import { quoteNumber, type CandidateRef, type QuoteRef } from './core';
import type { ArticleEvidence } from './coreSchema';

export interface Words {
  quote(quote: Pick<QuoteRef, 'id' | 'articleId'>): string | undefined;
  /** The first sentence of the article that names the country. */
  mention(articleId: string, iso3: string): string | undefined;
  /** The sentence that names the country a candidate. */
  candidacy(candidate: CandidateRef): string | undefined;
  /** The sentence that introduced the person in the article. */
  attribution(articleId: string, expertId: string): string | undefined;
}

/** One article's words, keyed for lookup. */
export interface IndexedArticle {
  id: string;
  quotes: ReadonlyMap<number, string>;
  mentions: ReadonlyMap<string, string>;
  candidates: ReadonlyMap<string, string>;
  attributions: ReadonlyMap<string, string>;
}

const candidateKey = (iso3: string, kind: string) => `${iso3}|${kind}`;

/** Keyed maps of an article's words; the first sentence wins where a key repeats. */
export function indexArticle(entry: ArticleEvidence): IndexedArticle {
  const first = <K>(pairs: Iterable<readonly [K, string]>) => {
    const map = new Map<K, string>();
    for (const [key, text] of pairs) if (!map.has(key)) map.set(key, text);
    return map;
  };
  return {
    id: entry.id,
    quotes: first(entry.quotes),
    mentions: first(entry.mentions),
    candidates: first(entry.candidates.map(([iso3, kind, sentence]) => [candidateKey(iso3, kind), sentence] as const)),
    attributions: first(entry.attributions),
  };
}

/** Lookups over some articles' words; anything outside them is undefined. */
export function wordsOf(articles: ReadonlyMap<string, IndexedArticle>): Words {
  return {
    quote: (quote) => {
      const number = quoteNumber(quote);
      return number === null ? undefined : articles.get(quote.articleId)?.quotes.get(number);
    },
    mention: (articleId, iso3) => articles.get(articleId)?.mentions.get(iso3),
    candidacy: (c) => articles.get(c.articleId)?.candidates.get(candidateKey(c.iso3, c.kind)),
    attribution: (articleId, expertId) => articles.get(articleId)?.attributions.get(expertId),
  };
}

export const NO_WORDS: Words = wordsOf(new Map());
