/**
 * Stages 2–3 for one article: segment it, then extract people and quotes, country mentions,
 * candidate states and theme hits. Pure: the same article and reference data give the same result.
 */
import { candidatesInSentence } from './candidates';
import { extractExperts, nameContext, type PersonInArticle } from './experts/extractExperts';
import type { NameContext } from './experts/names';
import { findPlaces, type Gazetteer } from './gazetteer';
import { countThemeHits, type ThemeMatcher } from './lexicon';
import type { CandidateKind } from './model';
import type { RawArticle } from './readArticle';
import { segmentParagraphs, splitSentences, type ParagraphKind } from './segment';
import { tokenize } from './tokens';

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
  const mentionKeys = new Set<string>();
  const candidateKeys = new Set<string>();
  const themeHits = new Map<string, number>();
  let wordCount = 0;

  for (const paragraph of paragraphs) {
    if (!CONTENT.has(paragraph.kind)) continue;
    for (const [theme, n] of countThemeHits(context.themes, paragraph.text)) themeHits.set(theme, (themeHits.get(theme) ?? 0) + n);
    for (const span of splitSentences(paragraph.text)) {
      const sentence = paragraph.text.slice(span.start, span.end);
      const tokens = tokenize(sentence);
      wordCount += tokens.length;
      const places = findPlaces(context.gazetteer, tokens).filter((p) => p.value.kind !== 'organisation');
      for (const place of places) {
        const key = `${place.value.iso3}\u0000${sentence}`;
        if (mentionKeys.has(key)) continue;
        mentionKeys.add(key);
        mentions.push({ iso3: place.value.iso3, sentence });
      }
      for (const hit of candidatesInSentence(sentence, places)) {
        const key = `${hit.iso3}\u0000${hit.kind}\u0000${sentence}`;
        if (candidateKeys.has(key)) continue;
        candidateKeys.add(key);
        candidates.push({ ...hit, sentence });
      }
    }
  }

  const { body: _body, ...meta } = raw;
  return {
    article: { ...meta, wordCount },
    people: extractExperts(paragraphs, context.gazetteer, context.names),
    mentions,
    candidates,
    themeHits,
  };
}
