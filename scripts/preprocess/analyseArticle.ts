/**
 * Stages 2–3 for one article: segment it, then extract people and quotes, country mentions,
 * candidate states and theme hits. Pure: the same article and reference data give the same result.
 */
import { candidatesInSentence } from './candidates';
import { extractExperts, nameContext, type PersonInArticle, type TextRange } from './experts/extractExperts';
import type { NameContext } from './experts/names';
import { findPlaces, type Gazetteer } from './gazetteer';
import type { ThemeMatcher } from './lexicon';
import { matchPhrases, type PhraseMatch } from './phraseIndex';
import type { CandidateKind } from './model';
import type { RawArticle } from './readArticle';
import { segmentParagraphs, splitSentences, type ParagraphKind } from './segment';
import { tokenize } from './tokens';

/** A quote's lexicon hits, read from its paragraphs' matches instead of matching the text again. */
function hitsInRanges(ranges: readonly TextRange[], matches: ReadonlyArray<ReadonlyArray<PhraseMatch<string[]>> | undefined>): Map<string, number> {
  const hits = new Map<string, number>();
  for (const range of ranges) {
    const list = matches[range.paragraph] ?? [];
    // Matches are in text order: find the first one inside the range, then walk to its end.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((list[mid]?.start ?? 0) < range.start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < list.length; i++) {
      const match = list[i];
      if (match === undefined || match.start >= range.end) break;
      if (match.end > range.end) continue;
      for (const id of match.value) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
  }
  return hits;
}

export interface AnalysisContext {
  gazetteer: Gazetteer;
  themes: ThemeMatcher;
  names: NameContext;
}

export function analysisContext(gazetteer: Gazetteer, themes: ThemeMatcher): AnalysisContext {
  return { gazetteer, themes, names: nameContext(gazetteer) };
}

export type ArticleMeta = Omit<RawArticle, 'body'> & { wordCount: number };

export interface ArticleAnalysis {
  article: ArticleMeta;
  people: PersonInArticle[];
  mentions: Array<{ iso3: string; sentence: string }>;
  candidates: Array<{ iso3: string; sentence: string; kind: CandidateKind }>;
  themeHits: Map<string, number>;
}

/** Paragraph kinds whose sentences count as the article's own text. */
const CONTENT: ReadonlySet<ParagraphKind> = new Set(['text', 'heading', 'editorial']);

export function analyseArticle(raw: RawArticle, context: AnalysisContext): ArticleAnalysis {
  const paragraphs = segmentParagraphs(raw.title, raw.body);
  const mentions: ArticleAnalysis['mentions'] = [];
  const candidates: ArticleAnalysis['candidates'] = [];
  const themeHits = new Map<string, number>();
  const mentioned = new Set<string>();
  let wordCount = 0;

  const themeMatchesByParagraph: Array<ReadonlyArray<PhraseMatch<string[]>> | undefined> = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    if (!CONTENT.has(paragraph.kind)) continue;
    // One tokenisation per paragraph serves the lexicon, the gazetteer and the word count.
    const tokens = tokenize(paragraph.text);
    wordCount += tokens.length;
    const themeMatches = matchPhrases(context.themes, tokens);
    themeMatchesByParagraph[index] = themeMatches;
    for (const match of themeMatches) {
      for (const id of match.value) themeHits.set(id, (themeHits.get(id) ?? 0) + 1);
    }
    const places = findPlaces(context.gazetteer, tokens).filter((p) => p.value.kind !== 'organisation');
    if (places.length === 0) continue;
    const spans = splitSentences(paragraph.text);
    let s = 0;
    let p = 0;
    while (p < places.length && s < spans.length) {
      const span = spans[s];
      if (span === undefined) break;
      // Places come in text order, sentences too: walk both once.
      const inSentence: typeof places = [];
      while (p < places.length && (places[p]?.start ?? 0) < span.end) {
        const place = places[p];
        if (place !== undefined && place.start >= span.start) inSentence.push(place);
        p++;
      }
      s++;
      if (inSentence.length === 0) continue;
      const sentence = paragraph.text.slice(span.start, span.end);
      for (const place of inSentence) {
        // One mention per country and article, with the first sentence naming it: the map counts
        // articles, and a country named twenty times in one story should not outweigh the rest.
        if (mentioned.has(place.value.iso3)) continue;
        mentioned.add(place.value.iso3);
        mentions.push({ iso3: place.value.iso3, sentence });
      }
      if (!inSentence.some((place) => place.value.kind === 'country')) continue;
      const kinds = new Set<string>();
      for (const hit of candidatesInSentence(sentence, inSentence.map((place) => ({ ...place, start: place.start - span.start, end: place.end - span.start })))) {
        if (kinds.has(hit.iso3)) continue;
        kinds.add(hit.iso3);
        candidates.push({ ...hit, sentence });
      }
    }
  }

  const people = extractExperts(paragraphs, context.gazetteer, context.names);
  for (const person of people) {
    for (const quote of person.quotes) quote.themeHits = hitsInRanges(quote.ranges, themeMatchesByParagraph);
  }
  const { body: _body, ...meta } = raw;
  return {
    article: { ...meta, wordCount },
    people,
    mentions,
    candidates,
    themeHits,
  };
}
