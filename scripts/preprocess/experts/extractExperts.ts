/**
 * Stage 3, extract (people): the experts and officials an article quotes, each with what they
 * said and the sentence that introduced them. Mentions of one person inside the article are merged
 * here (surname, "he/she said"); merging across articles happens in mergeExperts.
 */
import type { Gazetteer } from '../gazetteer';
import { findQuotes, maskQuotes, splitSentences, type Paragraph, type Span } from '../segment';
import { fold, slugify } from '../tokens';
import { findAttribution, hasSpeechVerb, type SpeakerRef } from './attribution';
import { isFullName, nameAtStart, surnameOf, type NameContext } from './names';
import { describeSpeaker, type Profile } from './profile';

export interface QuoteInArticle {
  text: string;
  kind: 'direct' | 'reported';
}

export interface PersonInArticle {
  id: string;
  name: string;
  profile: Profile;
  /** The sentence (or name heading) that introduced the person. */
  evidence: string;
  quotes: QuoteInArticle[];
}

/** Words that make a name heading's appositive a description of a person's job. */
const ROLE_WORDS = /\b(?:expert|head|analyst|director|professor|researcher|scientist|scholar|fellow|chair(?:man|woman|person)?|president|dean|lecturer|editor|journalist|commentator|economist|specialist|sinologist|orientalist|advis[eo]r|consultant|founder|member|secretary|ambassador|minister|official|diplomat|rector|manager|coordinator|leader|chief|deputy|historian|political|correspondent)\b/i;
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)\b/i;
const MAX_HEADING_WORDS = 45;

export function nameContext(gazetteer: Gazetteer): NameContext {
  const placeWords = new Set<string>();
  for (const list of gazetteer.index.byFirstWord.values()) {
    for (const entry of list) if (entry.words.length === 1 && entry.words[0] !== undefined) placeWords.add(entry.words[0]);
  }
  return { isPlaceWord: (word) => placeWords.has(word) };
}

/**
 * "Anton Bugayenko, chief expert of … in Kazakhstan": a paragraph that is only a name and a job,
 * with no verb, followed by what the person wrote or said.
 */
export function nameHeading(text: string, context: NameContext): { words: string[]; appositive: string } | null {
  if ((text.match(/\S+/g) ?? []).length > MAX_HEADING_WORDS) return null;
  const words = nameAtStart(text, context);
  if (words === null) return null;
  const appositive = text.slice(text.indexOf(',') + 1).trim();
  if (!ROLE_WORDS.test(appositive) || hasSpeechVerb(appositive) || FINITE_VERB.test(appositive)) return null;
  if (splitSentences(text).length > 1) return null;
  return { words, appositive };
}

const quoteText = (paragraph: string, q: Span) =>
  paragraph
    .slice(q.start + 1, q.end)
    .replace(/["”»“]$/u, '')
    .replace(/[\s,]+$/u, '')
    .trim();

/** Keeps the quote marks so sentences still split around a quote, but hides the words inside. */
function hideQuotedWords(text: string, quotes: readonly Span[]): string {
  const masked = maskQuotes(text, quotes);
  let out = '';
  let last = 0;
  for (const q of quotes) {
    out += masked.slice(last, q.start) + (text[q.start] ?? '') + '_'.repeat(Math.max(0, q.end - q.start - 2)) + (q.end - q.start >= 2 ? text[q.end - 1] ?? '' : '');
    last = q.end;
  }
  return out + masked.slice(last);
}

export function extractExperts(paragraphs: readonly Paragraph[], gazetteer: Gazetteer, context = nameContext(gazetteer)): PersonInArticle[] {
  const people = new Map<string, PersonInArticle>();
  let lastSpeaker: PersonInArticle | null = null;
  let block: { owner: PersonInArticle; paragraphs: string[] } | null = null;

  const closeBlock = () => {
    if (block !== null && block.paragraphs.length > 0) block.owner.quotes.push({ text: block.paragraphs.join('\n\n'), kind: 'direct' });
    block = null;
  };

  const upsert = (words: string[], descriptor: string, evidence: string): PersonInArticle | null => {
    const name = words.join(' ');
    const id = slugify(name);
    if (id === '') return null;
    const profile = describeSpeaker(descriptor, gazetteer);
    const existing = people.get(id);
    if (existing !== undefined) {
      existing.profile = mergeProfiles(existing.profile, profile);
      return existing;
    }
    const person: PersonInArticle = { id, name, profile, evidence, quotes: [] };
    people.set(id, person);
    return person;
  };

  const resolve = (speaker: SpeakerRef, sentence: string): PersonInArticle | null => {
    if (speaker.kind === 'pronoun') return lastSpeaker;
    if (isFullName(speaker.words)) return upsert(speaker.words, speaker.descriptor, sentence);
    // A surname alone refers to someone already named in this article, the most recent first.
    const surname = fold(surnameOf(speaker.words));
    const named = [...people.values()].reverse().find((p) => fold(surnameOf(p.name.split(' '))) === surname);
    if (named !== undefined && speaker.descriptor !== '') named.profile = mergeProfiles(named.profile, describeSpeaker(speaker.descriptor, gazetteer));
    return named ?? null;
  };

  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'text' && paragraph.kind !== 'heading') {
      closeBlock();
      continue;
    }
    const heading = nameHeading(paragraph.text, context);
    if (heading !== null) {
      closeBlock();
      const owner = upsert(heading.words, heading.appositive, paragraph.text);
      if (owner !== null) {
        block = { owner, paragraphs: [] };
        lastSpeaker = owner;
      }
      continue;
    }
    if (paragraph.kind === 'heading') {
      closeBlock();
      continue;
    }
    if (block !== null) (block as { paragraphs: string[] }).paragraphs.push(paragraph.text);

    const quotes = findQuotes(paragraph.text);
    const masked = hideQuotedWords(paragraph.text, quotes);
    for (const span of splitSentences(masked)) {
      const sentence = paragraph.text.slice(span.start, span.end);
      const attribution = findAttribution(masked.slice(span.start, span.end), context);
      if (attribution === null) continue;
      const person = resolve(attribution.speaker, sentence);
      if (person === null) continue;
      lastSpeaker = person;
      // Inside a name heading's block the whole text is already that person's quote.
      if (block !== null && (block as { owner: PersonInArticle }).owner === person) continue;
      const inside = quotes.filter((q) => q.start < span.end && q.end > span.start);
      if (inside.length > 0) {
        for (const q of inside) {
          const text = quoteText(paragraph.text, q);
          if (text !== '') person.quotes.push({ text, kind: 'direct' });
        }
      } else {
        person.quotes.push({ text: sentence, kind: 'reported' });
      }
    }
  }
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
