/**
 * Where else an article names a person, and how it describes them there: "Orlov said" looks back
 * (and ahead) for "Russian President Ivan Orlov"; a transcript label "Anna Kim:" for "Anna
 * Kim, a fellow at …". Searched only when a rule needs it, so the cost is paid by the few
 * surnames and labels that are not already known.
 */
import type { Paragraph } from '../segment';
import { isNameWord, nameAtEnd, type NameContext } from './names';
import { isAppositive } from './appositive';
import type { SpeakerRef } from './speaker';
import { titleBefore } from './titleBefore';

export interface Mention {
  words: string[];
  before: string;
  after: string;
  /** The sentence the mention is in. */
  sentence: string;
}

/** ", a fellow at …" or " of Russia" / " of the Asia Centre" right after a name. */
function appositiveAfter(text: string, context: NameContext): string {
  const of = /^\s+((?:of|from|with|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|for|and|on|the|de)\s+)*\p{Lu}[\p{L}\p{M}'’.-]*)*)/u.exec(text);
  if (of?.[1] !== undefined) return of[1].trim();
  const m = /^,\s*([^,;.!?“”"()]{1,200})/.exec(text);
  return m?.[1] !== undefined && isAppositive(m[1], context) ? m[1].trim() : '';
}

function mentionAt(paragraph: Paragraph, words: string[], start: number, end: number, context: NameContext): Mention {
  const { text } = paragraph;
  // The title is read within the sentence: "… and Kazakhstan. Trade economist Name" is not a Kazakh title.
  const span = paragraph.sentences.find((s) => s.start <= start && s.end >= end);
  return {
    words,
    before: titleBefore(text.slice(span?.start ?? 0, start), context),
    after: appositiveAfter(text.slice(end), context),
    sentence: span === undefined ? text : text.slice(span.start, span.end),
  };
}

/** Whole-word places of `word` in `text`. */
function* occurrences(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{M}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after)) yield at;
  }
}

/** The name ending at `at` + `surname`: up to two name words before it ("Vice President Paul Dorman" → Paul Dorman). */
function westernName(text: string, at: number, surname: string, context: NameContext): { words: string[]; start: number; end?: number } | null {
  const lead = text.slice(Math.max(0, at - 80), at);
  if (!/\s$/.test(lead)) return null;
  const words = lead.trimEnd().split(/\s+/);
  const given: string[] = [];
  while (given.length < 2 && words.length > 0 && isNameWord(words[words.length - 1] ?? '', context)) given.unshift(words.pop() ?? '');
  if (given.length === 0) return null;
  return { words: [...given, surname], start: at - (lead.length - lead.lastIndexOf(given[0] ?? '')) };
}

/** East Asian order: the surname first ("Zhou Minghai"), one given name after it and no third name word. */
function easternName(text: string, at: number, surname: string, context: NameContext): { words: string[]; start: number; end?: number } | null {
  // "Zhou Minghai’s visit": a possessive still names the person.
  const m = /^\s+(\p{Lu}[\p{Ll}\p{M}]+)(?:['’]s)?(?![\p{L}\p{M}'’-])(?!\s+\p{Lu}[\p{Ll}])/u.exec(text.slice(at + surname.length));
  if (m?.[1] === undefined || !isNameWord(m[1], context)) return null;
  return { words: [surname, m[1]], start: at, end: at + surname.length + m[0].length };
}

/**
 * The person a lone surname stands for, from the article's other mentions: a given name before it
 * ("Paul Dorman") or, in East Asian order, after it ("Zhou Minghai"). The first mention with a
 * description wins; null when the article never gives the surname a given name.
 */
export function findBySurname(paragraphs: readonly Paragraph[], surname: string, context: NameContext): Mention | null {
  let first: Mention | null = null;
  for (const order of ['western', 'eastern'] as const) {
    for (const paragraph of paragraphs) {
      const { text } = paragraph;
      for (const at of occurrences(text, surname)) {
        const found = order === 'western' ? westernName(text, at, surname, context) : easternName(text, at, surname, context);
        if (found === null) continue;
        const end = found.end ?? at + surname.length;
        const mention = mentionAt(paragraph, found.words, found.start, end, context);
        if (mention.before !== '' || mention.after !== '') return mention;
        first ??= mention;
      }
    }
    if (first !== null) return first;
  }
  return null;
}

/**
 * The one person the article names with `title` right before their full name ("Prime Minister
 * Anna Kim") in its paragraphs up to `upTo`: what "the Prime Minister said" points back to. Null
 * when no one, or more than one person, is named so.
 */
export function findByTitle(paragraphs: readonly Paragraph[], upTo: number, title: string, context: NameContext): Mention | null {
  let found: Mention | null = null;
  for (const paragraph of paragraphs.slice(0, upTo + 1)) {
    const { text } = paragraph;
    for (const at of occurrences(text, title)) {
      const start = at + title.length + 1;
      const words = /^ (\S+(?: \S+){1,2})/u.exec(text.slice(at + title.length))?.[1]?.split(' ') ?? [];
      const name: string[] = [];
      for (const word of words) {
        const bare = word.replace(/[,.;:!?)’'”"]+$/u, '').replace(/['’]s$/u, '');
        if (!isNameWord(bare, context)) break;
        name.push(bare);
        if (bare !== word) break;
      }
      if (name.length < 2) continue;
      if (found !== null && found.words.join(' ') !== name.join(' ')) return null;
      found ??= mentionAt(paragraph, name, start, start + name.join(' ').length, context);
    }
  }
  return found;
}

/** Words that open a sentence before its subject: "But Iranian President …". */
const SUBJECT_LINKS = new Set(['of', 'for', 'the', 'and', 'de']);
const SENTENCE_OPENER = /^(?:(?:But|And|Yet|So|Still|Meanwhile|However|Now|Then|Also),?\s+)/u;

/**
 * The person named in full as the subject of the sentence before `at` (in this paragraph, or the
 * last sentence of the paragraph before): "Iranian President Ivan Orlov tried to calm fears …" —
 * whom a "he said" right after it points to, even when that sentence had no speech verb.
 */
export function subjectOfSentenceBefore(paragraphs: readonly Paragraph[], index: number, at: number, context: NameContext): Mention | null {
  const paragraph = paragraphs[index];
  if (paragraph === undefined) return null;
  const here = paragraph.sentences.findIndex((s) => s.start <= at && at < s.end);
  let source: Paragraph | undefined = paragraph;
  let span = here > 0 ? paragraph.sentences[here - 1] : undefined;
  if (here <= 0) {
    source = paragraphs[index - 1];
    span = source?.kind === 'text' ? source.sentences.at(-1) : undefined;
  }
  if (source === undefined || span === undefined) return null;
  const sentence = source.text.slice(span.start, span.end);
  const opener = SENTENCE_OPENER.exec(sentence)?.[0].length ?? 0;
  // The subject: the words up to the first lower-case word that is neither a job word nor a link
  // of a title ("Pakistani president Asif Ali Zardari is …", "the Minister of Trade Anna Kim said").
  const words = sentence.slice(opener).split(' ');
  let taken = 0;
  while (taken < Math.min(words.length, 10)) {
    const word = words[taken] ?? '';
    if (/^\p{Ll}/u.test(word) && !SUBJECT_LINKS.has(word) && !context.words.jobWords.has(word)) break;
    if (/[,;:.!?]$/u.test(word)) return null;
    taken++;
  }
  if (taken === 0 || taken === words.length) return null;
  const subject = words.slice(0, taken).join(' ');
  const named = nameAtEnd(subject, context);
  if (named === null || named.words.length < 2) return null;
  const start = span.start + opener + subject.lastIndexOf(named.words[0] ?? '');
  return mentionAt(source, named.words, start, start + named.words.join(' ').length, context);
}

/** Descriptions of a full name anywhere in the article ("Ivan Orlov:" → "Russian President Ivan Orlov"). */
export function describedElsewhere(paragraphs: readonly Paragraph[], words: readonly string[], context: NameContext): Mention | null {
  const name = words.join(' ');
  for (const paragraph of paragraphs) {
    for (const at of occurrences(paragraph.text, name)) {
      const mention = mentionAt(paragraph, [...words], at, at + name.length, context);
      if (mention.before !== '' || mention.after !== '') return mention;
    }
  }
  return null;
}

export const asRef = (mention: Mention): SpeakerRef => ({ kind: 'name', words: mention.words, before: mention.before, after: mention.after });

const CAPTION_TAIL = /,\s*([\p{Lu}][\p{L}\p{M}.' -]{1,40}),\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\.?\s*$/u;

/**
 * "Anna Kim, a fellow at …, talks to the host, Washington, February 7, 2020": a caption that
 * names the person and ends with where and when it was taken. The place, or null.
 */
export function captionPlace(paragraphs: readonly Paragraph[], name: string): string | null {
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'caption' || !paragraph.text.includes(name)) continue;
    const place = CAPTION_TAIL.exec(paragraph.text)?.[1];
    if (place !== undefined) return place;
  }
  return null;
}
