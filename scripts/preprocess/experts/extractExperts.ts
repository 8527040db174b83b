/**
 * Stage 3, extract (people): the experts and officials an article quotes, each with what they
 * said and the sentence that introduced them. Mentions of one person inside the article are merged
 * here (surname, "he/she said"); merging across articles happens in mergeExperts.
 */
import type { Gazetteer } from '../gazetteer';
import { findQuotes, splitSentences, type Paragraph, type Span } from '../segment';
import { fold, slugify } from '../tokens';
import { findAttribution, hasAttributionCue, hasSpeechVerb, type SpeakerRef } from './attribution';
import { FINITE_VERB, ROLE_WORDS, isFullName, nameAtStart, surnameOf, type NameContext } from './names';
import { describeSpeaker, type Profile } from './profile';

/** Where a quote sits: a stretch of one paragraph (a block quote has one range per paragraph). */
export interface TextRange {
  paragraph: number;
  start: number;
  end: number;
}

export interface QuoteInArticle {
  text: string;
  kind: 'direct' | 'reported';
  ranges: TextRange[];
  /** Lexicon hits inside the quote, filled in by analyseArticle from the paragraphs' matches. */
  themeHits?: Map<string, number>;
}

export interface PersonInArticle {
  id: string;
  name: string;
  profile: Profile;
  /** The sentence (or name heading) that introduced the person. */
  evidence: string;
  quotes: QuoteInArticle[];
}

const MAX_HEADING_WORDS = 45;

export function nameContext(gazetteer: Gazetteer): NameContext {
  const placeWords = new Set<string>();
  for (const list of gazetteer.index.byFirstWord.values()) {
    // Countries and demonyms only: cities are too often given names ("Milan", "Sofia", "Santiago").
    for (const entry of list) {
      const word = entry.words[0];
      if (entry.words.length === 1 && word !== undefined && (entry.value.kind === 'country' || entry.value.kind === 'demonym')) placeWords.add(word);
    }
  }
  return { isPlaceWord: (word) => placeWords.has(word) };
}

/**
 * "Anton Bugayenko, chief expert of … in Kazakhstan": a paragraph that is only a name and a job,
 * with no verb, followed by what the person wrote or said.
 */
export function nameHeading(text: string, context: NameContext): { words: string[]; appositive: string } | null {
  // Cheap checks first: this runs on every paragraph.
  const comma = text.indexOf(',');
  if (comma < 0 || comma > 80 || text.length > MAX_HEADING_WORDS * 12) return null;
  const words = nameAtStart(text, context);
  if (words === null) return null;
  if ((text.match(/\S+/g) ?? []).length > MAX_HEADING_WORDS) return null;
  const appositive = text.slice(comma + 1).trim();
  if (!ROLE_WORDS.test(appositive) || hasSpeechVerb(appositive) || FINITE_VERB.test(appositive)) return null;
  if (splitSentences(text).length > 1) return null;
  return { words, appositive };
}

/** The words inside a quote's marks, without the comma that leads into "he said". */
function quoteRange(paragraph: string, q: Span): { start: number; end: number } {
  let start = q.start + 1;
  let end = q.end;
  if (end > start && /["”»“]/u.test(paragraph[end - 1] ?? '')) end--;
  while (end > start && /[\s,]/u.test(paragraph[end - 1] ?? '')) end--;
  while (start < end && /\s/u.test(paragraph[start] ?? '')) start++;
  return { start, end };
}

/** Keeps the quote marks so sentences still split around a quote, but hides the words inside. */
function hideQuotedWords(text: string, quotes: readonly Span[]): string {
  if (quotes.length === 0) return text;
  const pieces: string[] = [];
  let last = 0;
  for (const q of quotes) {
    pieces.push(text.slice(last, q.start), text[q.start] ?? '');
    if (q.end - q.start >= 2) pieces.push('_'.repeat(q.end - q.start - 2), text[q.end - 1] ?? '');
    last = q.end;
  }
  pieces.push(text.slice(last));
  return pieces.join('');
}

export function extractExperts(paragraphs: readonly Paragraph[], gazetteer: Gazetteer, context = nameContext(gazetteer)): PersonInArticle[] {
  const people = new Map<string, PersonInArticle>();
  /** Folded surname → the people with it, most recent last: "Tasym said" finds Rizat Tasym. */
  const bySurname = new Map<string, PersonInArticle[]>();
  let lastSpeaker: PersonInArticle | null = null;
  const state: { block: { owner: PersonInArticle; paragraphs: number[] } | null } = { block: null };

  const closeBlock = () => {
    const block = state.block;
    if (block !== null && block.paragraphs.length > 0) {
      block.owner.quotes.push({
        text: block.paragraphs.map((i) => paragraphs[i]?.text ?? '').join('\n\n'),
        kind: 'direct',
        ranges: block.paragraphs.map((i) => ({ paragraph: i, start: 0, end: paragraphs[i]?.text.length ?? 0 })),
      });
    }
    state.block = null;
  };

  const upsert = (words: string[], descriptor: string, evidence: string): PersonInArticle | null => {
    const name = words.join(' ');
    const id = slugify(name);
    if (id === '') return null;
    const existing = people.get(id);
    if (existing !== undefined) {
      if (descriptor !== '') existing.profile = mergeProfiles(existing.profile, describeSpeaker(descriptor, gazetteer));
      return existing;
    }
    const profile = describeSpeaker(descriptor, gazetteer);
    const person: PersonInArticle = { id, name, profile, evidence, quotes: [] };
    people.set(id, person);
    const surname = fold(surnameOf(words));
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), person]);
    return person;
  };

  const resolve = (speaker: SpeakerRef, sentence: string): PersonInArticle | null => {
    if (speaker.kind === 'pronoun') return lastSpeaker;
    if (isFullName(speaker.words)) return upsert(speaker.words, speaker.descriptor, sentence);
    // A surname alone refers to someone already named in this article, the most recent first.
    const named = bySurname.get(fold(surnameOf(speaker.words)))?.at(-1);
    if (named !== undefined && speaker.descriptor !== '') named.profile = mergeProfiles(named.profile, describeSpeaker(speaker.descriptor, gazetteer));
    return named ?? null;
  };

  paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind !== 'text' && paragraph.kind !== 'heading') {
      closeBlock();
      return;
    }
    const heading = nameHeading(paragraph.text, context);
    if (heading !== null) {
      closeBlock();
      const owner = upsert(heading.words, heading.appositive, paragraph.text);
      if (owner !== null) {
        state.block = { owner, paragraphs: [] };
        lastSpeaker = owner;
      }
      return;
    }
    if (paragraph.kind === 'heading') {
      closeBlock();
      return;
    }
    state.block?.paragraphs.push(index);

    const quotes = findQuotes(paragraph.text);
    const masked = hideQuotedWords(paragraph.text, quotes);
    if (!hasAttributionCue(masked)) return;
    for (const span of splitSentences(masked)) {
      const attribution = findAttribution(masked.slice(span.start, span.end), context);
      if (attribution === null) continue;
      const sentence = paragraph.text.slice(span.start, span.end);
      const person = resolve(attribution.speaker, sentence);
      if (person === null) continue;
      lastSpeaker = person;
      // Inside a name heading's block the whole text is already that person's quote.
      if (state.block?.owner === person) continue;
      const inside = quotes.filter((q) => q.start < span.end && q.end > span.start);
      if (inside.length > 0) {
        for (const q of inside) {
          const range = quoteRange(paragraph.text, q);
          if (range.end <= range.start) continue;
          person.quotes.push({ text: paragraph.text.slice(range.start, range.end), kind: 'direct', ranges: [{ paragraph: index, ...range }] });
        }
      } else {
        person.quotes.push({ text: sentence, kind: 'reported', ranges: [{ paragraph: index, start: span.start, end: span.end }] });
      }
    }
  });
  closeBlock();
  return [...people.values()];
}

/** Keeps what is already known and fills the gaps from a later description. */
export function mergeProfiles(a: Profile, b: Profile): Profile {
  return {
    ...(a.title ?? b.title ? { title: a.title ?? b.title } : {}),
    ...(a.organisation ?? b.organisation ? { organisation: a.organisation ?? b.organisation } : {}),
    ...(a.city ?? b.city ? { city: a.city ?? b.city } : {}),
    country: a.country ?? b.country,
    // The first description that says anything decides the role.
    role: a.title === undefined && a.organisation === undefined ? b.role : a.role,
  };
}
