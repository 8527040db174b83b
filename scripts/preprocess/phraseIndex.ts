import { withoutPossessive, type Token } from './tokens';

/**
 * Finds known multi-word phrases in a token list: a map from first word to the phrases starting
 * with it, longest first. One pass over the tokens, so the cost grows with the text, not with the
 * number of phrases (a regex alternation of a thousand country names would not).
 */
export interface PhraseIndex<T> {
  byFirstWord: Map<string, Array<{ words: string[]; value: T }>>;
  /** How a word of text or of a phrase is compared: `stripPossessive` and `ignoreCase` applied. */
  normalise: (word: string) => string;
  /** Matching ignores case (the lexicon) or not (names of places). */
  ignoreCase: boolean;
  /** "Azerbaijan’s" is compared as "Azerbaijan" (places, the lexicon) or as written (speech verbs). */
  stripPossessive: boolean;
  /** Keys (first two letters, last letter, length) of every first word: a word whose key is absent starts no phrase. */
  firstWordKeys: Set<number>;
  /**
   * The same keys as bits of a small table (a few keys share a bit): most words of a text start no
   * phrase, and a bit test turns them away before the map lookup.
   */
  firstWordBits: Uint8Array;
  /** The phrases by the key of their first word, longest first: compared with the text in place, without copying it. */
  byKey: Map<number, Array<{ words: string[]; value: T }>>;
}

export interface PhraseMatch<T> {
  value: T;
  /** Token indexes, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

const isApostrophe = (code: number) => code === 39 || code === 8217;
const NON_ASCII = -1;
const KEY_BITS = 1 << 18;
/** A key's bit in `firstWordBits`: a multiplicative hash spreads keys that differ only in the length. */
const keyBit = (key: number) => Math.imul(key, 0x9e3779b1) >>> 14;

function foldCode(code: number, ignoreCase: boolean): number {
  if (code >= 128) return NON_ASCII;
  return ignoreCase && code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * A cheap fingerprint of a word, read from the source text without copying it: its first two
 * characters, its last and its length (a possessive "'s" not counted). NON_ASCII means "cannot tell".
 */
function wordKey(source: string, start: number, end: number, ignoreCase: boolean): number {
  let length = end - start;
  if (length >= 3 && source.charCodeAt(end - 1) === 115 && isApostrophe(source.charCodeAt(end - 2))) length -= 2;
  const c0 = foldCode(source.charCodeAt(start), ignoreCase);
  const c1 = length > 1 ? foldCode(source.charCodeAt(start + 1), ignoreCase) : 0;
  // The last letter too: with thousands of first words (places, speech verbs, job nouns) two
  // letters and a length let too many common words through to the string lookup.
  const cLast = length > 2 ? foldCode(source.charCodeAt(start + length - 1), ignoreCase) : 0;
  if (c0 === NON_ASCII || c1 === NON_ASCII || cLast === NON_ASCII) return NON_ASCII;
  return (c0 << 21) | (c1 << 14) | (cLast << 7) | Math.min(length, 127);
}

/** Phrases gathered from several lists: the same words added twice make one entry with both values merged. */
export function mergedPhrases<T extends object>(): { add: (words: string[], value: T) => void; entries: () => Iterable<{ words: string[]; value: T }> } {
  const byKey = new Map<string, { words: string[]; value: T }>();
  return {
    add: (words, value) => {
      const key = words.join(' ');
      const entry = byKey.get(key);
      if (entry === undefined) byKey.set(key, { words, value: { ...value } });
      else Object.assign(entry.value, value);
    },
    entries: () => byKey.values(),
  };
}

export interface PhraseIndexOptions {
  ignoreCase?: boolean;
  stripPossessive?: boolean;
}

/** Lower case without allocating when the word already is (most words are). */
export function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 128) return word.toLowerCase();
  }
  return word;
}

/**
 * The one normalisation of every index, chosen by flags rather than passed as a function: the
 * matcher runs over every word of the corpus with several indexes, and a call through a different
 * function per index kept V8 from inlining it.
 */
function normaliseWord(word: string, ignoreCase: boolean, stripPossessive: boolean): string {
  const bare = stripPossessive ? withoutPossessive(word) : word;
  return ignoreCase ? lowerCase(bare) : bare;
}

export function buildPhraseIndex<T>(entries: Iterable<{ words: string[]; value: T }>, { ignoreCase = false, stripPossessive = false }: PhraseIndexOptions = {}): PhraseIndex<T> {
  const normalise = (word: string) => normaliseWord(word, ignoreCase, stripPossessive);
  const byFirstWord = new Map<string, Array<{ words: string[]; value: T }>>();
  for (const entry of entries) {
    const words = entry.words.map(normalise).filter((w) => w !== '');
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push({ words, value: entry.value });
    byFirstWord.set(first, list);
  }
  const firstWordKeys = new Set<number>();
  const firstWordBits = new Uint8Array(KEY_BITS >> 3);
  const byKey = new Map<number, Array<{ words: string[]; value: T }>>();
  for (const [word, list] of byFirstWord) {
    list.sort((a, b) => b.words.length - a.words.length);
    const key = wordKey(word, 0, word.length, ignoreCase);
    firstWordKeys.add(key);
    const bit = keyBit(key);
    firstWordBits[bit >> 3]! |= 1 << (bit & 7);
    byKey.set(key, [...(byKey.get(key) ?? []), ...list].sort((a, b) => b.words.length - a.words.length));
  }
  return { byFirstWord, normalise, ignoreCase, stripPossessive, firstWordKeys, firstWordBits, byKey };
}

/**
 * Whether the token is `word` (already normalised), read from the source text in place: ASCII is
 * folded here; a token with other letters goes the slow way, through its normalised text.
 */
function sameWord<T>(index: PhraseIndex<T>, token: Token, word: string): boolean {
  const { source, start } = token;
  let end = token.end;
  if (index.stripPossessive && end - start >= 3 && source.charCodeAt(end - 1) === 115 && isApostrophe(source.charCodeAt(end - 2))) end -= 2;
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    let code = source.charCodeAt(start + i);
    if (code >= 128) return normaliseWord(token.text, index.ignoreCase, index.stripPossessive) === word;
    if (index.ignoreCase && code >= 65 && code <= 90) code += 32;
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Greedy longest match, left to right, without overlaps. */
export function matchPhrases<T>(index: PhraseIndex<T>, tokens: readonly Token[]): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  const { byFirstWord, ignoreCase, stripPossessive, byKey, firstWordBits } = index;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined) break;
    const key = wordKey(token.source, token.start, token.end, ignoreCase);
    if (key !== NON_ASCII) {
      const bit = keyBit(key);
      if ((firstWordBits[bit >> 3]! & (1 << (bit & 7))) === 0) {
        i++;
        continue;
      }
    }
    // An ASCII word is looked up by its key and compared in place; any other by its text.
    const candidates = key === NON_ASCII ? byFirstWord.get(normaliseWord(token.text, ignoreCase, stripPossessive)) : byKey.get(key);
    let matched = 0;
    if (candidates !== undefined) {
      for (const candidate of candidates) {
        const n = candidate.words.length;
        if (i + n > tokens.length) continue;
        let k = key === NON_ASCII ? 1 : 0;
        while (k < n) {
          const next = tokens[i + k];
          if (next === undefined || !sameWord(index, next, candidate.words[k] ?? '')) break;
          k++;
        }
        if (k < n) continue;
        const lastToken = tokens[i + n - 1];
        if (lastToken === undefined) continue;
        matches.push({ value: candidate.value, first: i, last: i + n, start: token.start, end: lastToken.end });
        matched = n;
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return matches;
}
