import type { Gazetteer } from '../gazetteer';
import { isSpace } from './chars';
import { textMemo } from './textMemo';
import type { AttributionWords } from './words';

/**
 * What a person's name looks like in English news text: two or three capitalised Latin-script
 * words (an initial or a particle such as "van" or "bin" may join them), none of which is a
 * title, an organisation word, a place or a common sentence opener.
 */

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ben', 'ter', 'dos', 'das']);

const INITIAL = /^\p{Lu}\.$/u;
/** The Arabic article written lower case and joined to the name: "al-Hefny", "el-Sheikh". */
const JOINED_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et)-(?=\p{Lu})/u;
/** Lower-case words inside organisation names: a capitalised word after one belongs to the organisation. */
const ORG_LINKS = new Set(['of', 'for', 'and', 'the', 'de', 'on', 'at', 'in', 'with', 'from', 'under']);
/** Prepositions that take a place ("ambassador to Tehran"): a capitalised word after one is no given name. */
const AFTER_PREPOSITION = new Set(['to', 'by', 'near', 'into', 'across']);
/**
 * A capitalised word in Latin script, possibly hyphenated or with an apostrophe ("Jean-Pierre",
 * "O'Neill"), or with a second capital after a short prefix ("McCormack", "MacLean", "DiMaio").
 */
const CAPITALISED = /^\p{Lu}(?:\p{Ll}{1,2}\p{Lu})?[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const LATIN = /^[\p{Script=Latin}\p{M}'’.-]+$/u;

export interface NameContext {
  /** True for country names and demonyms: "Kazakh" or "Russia" is never part of a name. */
  isPlaceWord: (word: string) => boolean;
  /** True for a whole gazetteer entry of several words: "White House" or "Hong Kong" is not a person. */
  isPlaceName: (name: string) => boolean;
  words: AttributionWords;
}

/** Words repeat (the same names and title words in every article): each is judged once per name context. */
const nameWordMemo = textMemo((context: NameContext, word: string) => judgeNameWord(word, context));

export function isNameWord(word: string, context: NameContext): boolean {
  return nameWordMemo(context, word);
}

function judgeNameWord(word: string, context: NameContext): boolean {
  if (INITIAL.test(word)) return true;
  const joined = JOINED_ARTICLE.exec(word);
  if (joined !== null) {
    // "el-Sheikh", "Al-Amir": after a joined article an honorific's word is a family name.
    const stem = word.slice(joined[0].length);
    return context.words.honorifics.has(stem) ? CAPITALISED.test(stem) : judgeNameWord(stem, context);
  }
  if (!CAPITALISED.test(word) || !LATIN.test(word)) return false;
  const stop = context.words.notNameWords;
  if (stop.has(word)) return false;
  for (const part of word.split(/[-’']/)) if (stop.has(part)) return false;
  return !context.isPlaceWord(word.replace(/['’]s$/u, ''));
}

/** Lower case only: a capitalised "Ter" or "Van" starting a name is a given name, not a particle. */
const isParticle = (word: string) => PARTICLES.has(word.endsWith('-') ? word.slice(0, -1) : word);

export interface NameAtEnd {
  /** The name's words, e.g. ["Rizat", "Tasym"]; a single word is a surname only. */
  words: string[];
  /** What came before the name in the segment, e.g. "Kazakh political scientist". */
  before: string;
}

/**
 * The person's name that ends a stretch of text ("… Kazakh political scientist Rizat Tasym"), or null.
 * Takes the surname, any particles before it and one given name (plus a middle initial); earlier
 * capitalised words ("… Institute of Parliamentarism Zhanar Tulindinova") are left to the descriptor.
 */
export function nameAtEnd(segment: string, context: NameContext): NameAtEnd | null {
  let end = segment.length;
  while (end > 0 && (segment.charCodeAt(end - 1) === 44 || isSpace(segment.charCodeAt(end - 1)))) end--;
  // The surname must be capitalised: look at its first letter before splitting anything.
  let wordStart = end;
  while (wordStart > 0 && !isSpace(segment.charCodeAt(wordStart - 1))) wordStart--;
  let capital = wordStart;
  if (segment.charCodeAt(wordStart + 2) === 45 || segment.charCodeAt(wordStart + 3) === 45) {
    const joined = JOINED_ARTICLE.exec(segment.slice(wordStart, wordStart + 5));
    if (joined !== null) capital += joined[0].length;
  }
  const initial = segment.charCodeAt(capital);
  if (!(initial >= 65 && initial <= 90) && !(initial >= 128 && /\p{Lu}/u.test(segment[capital] ?? ''))) return null;
  // A name and its title are at most a few words: the start of a long clause never matters.
  const start = Math.max(0, end - 240);
  const words = segment.slice(start, end).split(/\s+/).filter((w) => w !== '');
  if (start > 0) words.shift();
  let i = words.length - 1;
  const surname = words[i];
  if (surname === undefined || !isNameWord(surname, context) || INITIAL.test(surname)) return null;
  i--;
  while (i >= 0 && isParticle(words[i] ?? '')) i--;
  const given = words[i];
  if (given !== undefined && isNameWord(given, context)) {
    i--;
    // "John F. Kennedy", "J. Robert Oppenheimer"
    const prev = words[i];
    if (prev !== undefined && (INITIAL.test(given) || INITIAL.test(prev)) && isNameWord(prev, context)) i--;
  } else {
    // A lone capitalised word: only a surname (resolved later against people already named).
    i = words.length - 2;
  }
  // "Ali Reza Tabrizi said", "asked Anna Marie Keller", "President Asif Ali Zardari": a third name
  // word counts when it opens the clause, follows a lower-case word or follows a job word; after a
  // description ("… Institute of Parliamentarism Zhanar Tulindinova") it is part of the
  // organisation's name.
  const third = words[i];
  if (i >= 0 && i === words.length - 3 && third !== undefined && isNameWord(third, context) && !INITIAL.test(third)) {
    const lead = words[i - 1];
    // After a preposition it is a place: "Ambassador to Tehran Nizomuddin Zohidi".
    if (lead === undefined || (/^\p{Ll}/u.test(lead) && !ORG_LINKS.has(lead) && !AFTER_PREPOSITION.has(lead)) || context.words.jobWords.has(lead.toLowerCase())) i--;
  }
  const nameWords = words.slice(i + 1);
  if (nameWords.every((w) => INITIAL.test(w) || isParticle(w))) return null;
  if (nameWords.length > 1 && context.isPlaceName(nameWords.join(' '))) return null;
  return { words: nameWords, before: words.slice(0, i + 1).join(' ') };
}

/** The name that opens a paragraph, up to its first comma ("Anton Bugayenko, chief expert of …"). */
export function nameAtStart(text: string, context: NameContext): string[] | null {
  const comma = text.indexOf(',');
  if (comma < 0) return null;
  const words = text.slice(0, comma).trim().split(/\s+/);
  if (words.length < 2 || words.length > 4) return null;
  if (!words.every((w) => isNameWord(w, context) || isParticle(w))) return null;
  const surname = words[words.length - 1] ?? '';
  if (isParticle(surname) || INITIAL.test(surname)) return null;
  return words;
}

export const isFullName = (words: readonly string[]) => words.filter((w) => !isParticle(w)).length >= 2;

export const surnameOf = (words: readonly string[]) => words[words.length - 1] ?? '';

export function buildNameContext(gazetteer: Gazetteer, words: AttributionWords): NameContext {
  const placeWords = new Set<string>();
  const placeNames = new Set<string>();
  for (const list of gazetteer.index.byFirstWord.values()) {
    for (const entry of list) {
      const word = entry.words[0];
      // Countries and demonyms only: cities are too often given names ("Milan", "Sofia", "Santiago").
      const countryLike = entry.value.kind === 'country' || entry.value.kind === 'demonym';
      if (entry.words.length === 1 && word !== undefined && countryLike) placeWords.add(word);
      // "Emirates", "Lanka", "Arabia": the end of a country's name is not a surname either.
      const tail = entry.words[entry.words.length - 1];
      if (entry.words.length > 1 && tail !== undefined && countryLike && /^\p{Lu}/u.test(tail)) placeWords.add(tail);
      if (entry.words.length > 1) placeNames.add(entry.words.join(' '));
    }
  }
  return { isPlaceWord: (word) => placeWords.has(word), isPlaceName: (name) => placeNames.has(name), words };
}
