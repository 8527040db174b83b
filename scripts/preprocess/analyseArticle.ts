/**
 * Stages 2–3 for one article: segment it (paragraphs and their sentences, split once), then
 * extract people and the ranges of their quotes, country mentions, candidate states and theme
 * hits, and score every quote once (its themes and the countries it names). Pure: the same
 * article and reference data give the same result.
 */
import { CANDIDATE_TRIGGERS, candidatesInSentence, kindOnDate, mayStandIn, opensWithCountry, pronounStandIn, stillSought } from './candidates';
import { extractExperts, type PersonInArticle, type QuoteInArticle } from './experts/extractExperts';
import { buildKnownOfficials, type KnownOfficials } from './experts/knownOfficials';
import { buildNameContext, type NameContext } from './experts/names';
import { cuesFromMatches, type ParagraphCues } from './experts/units';
import { buildAttributionWords, type AttributionWords, type Cue } from './experts/words';
import { findPlaces, type Gazetteer, type PlaceRef } from './gazetteer';
import type { ThemeMatcher } from './lexicon';
import { buildPhraseIndex, matchPhrases, mergedPhrases, type PhraseIndex, type PhraseMatch } from './phraseIndex';
import type { CandidateKind } from './model';
import type { RawArticle } from './readArticle';
import type { AttributionFile, MembershipFile, OfficialsFile } from './reference/schemas';
import { segmentParagraphs, type ParagraphKind } from './segment';
import { tokenize } from './tokens';

type Matches<T> = ReadonlyArray<ReadonlyArray<PhraseMatch<T>> | undefined>;

/** The index of the first match that starts at or after `start` (matches are in text order). */
function firstFrom<T>(list: ReadonlyArray<PhraseMatch<T>>, start: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid]?.start ?? 0) < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

export interface ScoredQuote {
  text: string;
  kind: QuoteInArticle['kind'];
  /** Lexicon hits inside the quote, read from its paragraphs' matches instead of matching the text again. */
  themeHits: Map<string, number>;
  /** The countries the quote names, by name, demonym or city (ISO3, sorted). */
  countries: string[];
}

/** What the later stages need of a person: the working state of extraction (descriptions seen, ranges) is left behind. */
export type ScoredPerson = Pick<PersonInArticle, 'id' | 'name' | 'profile' | 'evidence' | 'forms' | 'aliases'> & { quotes: ScoredQuote[] };

const NO_ASIDE: ReadonlyArray<{ start: number; end: number }> = [];

/** The one step that scores quotes: their themes and the countries they mention. */
function scoreQuote(quote: QuoteInArticle, themes: Matches<string[]>, places: Matches<PlaceRef>): ScoredQuote {
  const themeHits = new Map<string, number>();
  const countries = new Set<string>();
  for (const range of quote.ranges) {
    const themesHere = themes[range.paragraph] ?? [];
    for (let i = firstFrom(themesHere, range.start); i < themesHere.length; i++) {
      const match = themesHere[i];
      if (match === undefined || match.start >= range.end) break;
      if (match.end <= range.end) for (const id of match.value) themeHits.set(id, (themeHits.get(id) ?? 0) + 1);
    }
    const placesHere = places[range.paragraph] ?? [];
    // A place in the speaker's own description is where they work, not what they spoke about.
    const aside = quote.speaker === undefined ? NO_ASIDE : quote.speaker.filter((s) => s.paragraph === range.paragraph);
    for (let i = firstFrom(placesHere, range.start); i < placesHere.length; i++) {
      const match = placesHere[i];
      if (match === undefined || match.start >= range.end) break;
      if (match.end <= range.end && !aside.some((s) => match.start >= s.start && match.end <= s.end)) countries.add(match.value.iso3);
    }
  }
  return { text: quote.text, kind: quote.kind, themeHits, countries: [...countries].sort() };
}

export interface AnalysisContext {
  gazetteer: Gazetteer;
  themes: ThemeMatcher;
  names: NameContext;
  officials: KnownOfficials;
  /** Places and attribution cues in one index, so each paragraph's tokens are read once for both. */
  placesAndCues: PhraseIndex<PlaceOrCue>;
  /** Who held which status when: a country is not a candidate for what it already has. */
  membership: MembershipFile;
}

interface PlaceOrCue {
  place?: PlaceRef;
  cue?: Cue;
  /** A word membership predicates are built on (a bit per predicate): a sentence without one has no candidate. */
  trigger?: number;
}

/** The gazetteer's phrases and the cue phrases together; both are matched case-sensitively. */
function placesAndCues(gazetteer: Gazetteer, words: AttributionWords): PhraseIndex<PlaceOrCue> {
  const phrases = mergedPhrases<PlaceOrCue>();
  for (const list of gazetteer.index.byFirstWord.values()) for (const entry of list) phrases.add(entry.words, { place: entry.value });
  for (const list of words.cues.byFirstWord.values()) {
    for (const entry of list) {
      phrases.add(entry.words, { cue: entry.value });
      // A cue of several words ("to admit") hides the trigger word inside it from the match: it carries the trigger too.
      const mask = entry.words.length > 1 ? entry.words.reduce((m, w) => m | (CANDIDATE_TRIGGERS.get(w.toLowerCase()) ?? 0), 0) : 0;
      if (mask !== 0) phrases.add(entry.words, { trigger: mask });
    }
  }
  for (const [word, mask] of CANDIDATE_TRIGGERS) for (const variant of [word, word[0]!.toUpperCase() + word.slice(1)]) phrases.add([variant], { trigger: mask });
  return buildPhraseIndex(phrases.entries(), { stripPossessive: true });
}

export function analysisContext(gazetteer: Gazetteer, themes: ThemeMatcher, attribution: AttributionFile, membership: MembershipFile, officials: OfficialsFile): AnalysisContext {
  const words = buildAttributionWords(attribution);
  return { gazetteer, themes, names: buildNameContext(gazetteer, words), officials: buildKnownOfficials(officials), placesAndCues: placesAndCues(gazetteer, words), membership };
}

const SCO = /\bSCO\b|Shanghai (?:Cooperation|Five)/;

export type ArticleMeta = Omit<RawArticle, 'body'> & { wordCount: number };

export interface ArticleAnalysis {
  article: ArticleMeta;
  people: ScoredPerson[];
  mentions: Array<{ iso3: string; sentence: string }>;
  candidates: Array<{ iso3: string; sentence: string; kind: CandidateKind }>;
  themeHits: Map<string, number>;
}

/** Paragraph kinds whose sentences count as the article's own text. */
const CONTENT: ReadonlySet<ParagraphKind> = new Set(['text', 'heading', 'editorial', 'caption']);

/** The country an outlet is from, when the gazetteer knows the outlet ("Voice of America" → USA). */
function outletCountry(gazetteer: Gazetteer, outlet: string): string | null {
  return findPlaces(gazetteer, tokenize(outlet)).find((p) => p.value.kind === 'organisation')?.value.iso3 ?? null;
}

export function analyseArticle(raw: RawArticle, context: AnalysisContext): ArticleAnalysis {
  const paragraphs = segmentParagraphs(raw.title, raw.body);
  const mentions: ArticleAnalysis['mentions'] = [];
  const candidates: ArticleAnalysis['candidates'] = [];
  const themeHits = new Map<string, number>();
  const mentioned = new Set<string>();
  /** One candidate per country and kind in an article, with the first sentence that says it. */
  const candidateKeys = new Set<string>();
  const aboutSco = SCO.test(raw.title) || SCO.test(raw.body);
  /** The last sentence of the previous paragraph: a candidate sentence may lean on it for what is joined. */
  let lastSentence = '';
  /** The country the sentence before opened with: what an opening "it" or "the country" stands for. */
  let antecedent: PlaceRef | null = null;
  let wordCount = 0;

  /** One mention per country and article, with the first sentence naming it: the map counts
   * articles, and a country named twenty times in one story should not outweigh the rest. */
  const recordMentions = (inSentence: ReadonlyArray<PhraseMatch<PlaceRef>>, text: string, span: { start: number; end: number }) => {
    let sentence: string | undefined;
    for (const place of inSentence) {
      if (mentioned.has(place.value.iso3)) continue;
      mentioned.add(place.value.iso3);
      sentence ??= text.slice(span.start, span.end);
      mentions.push({ iso3: place.value.iso3, sentence });
    }
  };

  const cuesByParagraph: Array<ParagraphCues | undefined> = [];
  const themeMatches: Array<ReadonlyArray<PhraseMatch<string[]>> | undefined> = [];
  const placeMatches: Array<ReadonlyArray<PhraseMatch<PlaceRef>> | undefined> = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    if (!CONTENT.has(paragraph.kind)) continue;
    // One tokenisation per paragraph serves the lexicon, the gazetteer, the attribution cues and the word count.
    const tokens = tokenize(paragraph.text);
    wordCount += tokens.length;
    const themesHere = matchPhrases(context.themes, tokens);
    themeMatches[index] = themesHere;
    for (const match of themesHere) {
      for (const id of match.value) themeHits.set(id, (themeHits.get(id) ?? 0) + 1);
    }
    const places: Array<PhraseMatch<PlaceRef>> = [];
    const cues: Array<PhraseMatch<Cue>> = [];
    const triggers: Array<{ at: number; mask: number }> = [];
    for (const match of matchPhrases(context.placesAndCues, tokens)) {
      const { place, cue, trigger } = match.value;
      const { first, last, start, end } = match;
      if (place !== undefined && place.kind !== 'organisation' && place.kind !== 'none') places.push({ value: place, first, last, start, end });
      if (cue !== undefined) cues.push({ value: cue, first, last, start, end });
      if (trigger !== undefined) triggers.push({ at: start, mask: trigger });
    }
    cuesByParagraph[index] = cuesFromMatches(cues, paragraph.text, paragraph.quotes);
    placeMatches[index] = places;
    const lastOfParagraph = paragraph.sentences[paragraph.sentences.length - 1];
    const previousParagraph = lastSentence;
    lastSentence = lastOfParagraph === undefined ? '' : paragraph.text.slice(lastOfParagraph.start, lastOfParagraph.end);
    if (places.length === 0 && antecedent === null) continue;
    let p = 0;
    for (const [i, span] of paragraph.sentences.entries()) {
      // Past the last place, only a pending "it" can still name a candidate.
      if (p >= places.length && antecedent === null) break;
      // Places come in text order, sentences too: walk both once.
      const inSentence: typeof places = [];
      while (p < places.length && (places[p]?.start ?? 0) < span.end) {
        const place = places[p];
        if (place !== undefined && place.start >= span.start) inSentence.push(place);
        p++;
      }
      const standInFor = antecedent;
      antecedent = null;
      if (inSentence.length === 0 && standInFor === null) continue;
      if (paragraph.kind === 'caption') {
        recordMentions(inSentence, paragraph.text, span);
        continue;
      }
      if (inSentence.length > 0) {
        recordMentions(inSentence, paragraph.text, span);
        antecedent = opensWithCountry(paragraph.text, inSentence[0], span.start);
      }
      // A country of the sentence is a candidate's name; without one, only an "it" after a country can be.
      if (!inSentence.some((place) => place.value.kind === 'country') && (standInFor === null || !mayStandIn(paragraph.text, span))) continue;
      let predicates = 0;
      for (const t of triggers) if (t.at >= span.start && t.at < span.end) predicates |= t.mask;
      if (predicates === 0) continue;
      const sentence = paragraph.text.slice(span.start, span.end);
      const local = inSentence.map((place) => ({ value: place.value, first: place.first, last: place.last, start: place.start - span.start, end: place.end - span.start }));
      if (!local.some((place) => place.value.kind === 'country')) {
        // "Iran has been an observer since 2005. It is expected to become a full member."
        const standIn = standInFor === null ? null : pronounStandIn(sentence, standInFor);
        if (standIn === null) continue;
        local.unshift(standIn);
      }
      const before = paragraph.sentences[i - 1];
      const previous = before === undefined ? previousParagraph : paragraph.text.slice(before.start, before.end);
      for (const found of candidatesInSentence(sentence, local, { aboutSco, previous, predicates })) {
        const hit = { ...found, kind: kindOnDate(context.membership, found.kind, raw.published) };
        const key = `${hit.iso3}|${hit.kind}`;
        if (candidateKeys.has(key) || !stillSought(context.membership, hit, raw.published)) continue;
        candidateKeys.add(key);
        candidates.push({ ...hit, sentence });
      }
    }
  }

  const source = { outlet: raw.outlet, outletCountry: outletCountry(context.gazetteer, raw.outlet) };
  const people = extractExperts(paragraphs, context, source, (index) => cuesByParagraph[index] ?? { verbs: [], jobs: [] }).map(
    (person): ScoredPerson => ({
      id: person.id,
      name: person.name,
      profile: person.profile,
      evidence: person.evidence,
      forms: person.forms,
      aliases: person.aliases,
      quotes: person.quotes.map((quote) => scoreQuote(quote, themeMatches, placeMatches)),
    }),
  );
  const { body: _body, ...meta } = raw;
  return {
    article: { ...meta, wordCount },
    people,
    mentions,
    candidates,
    themeHits,
  };
}
