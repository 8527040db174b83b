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
  /**
   * The keys (first two letters, last letter, length) of every first word, in an open-addressing
   * table (a power of two, at most a quarter full): most words of a text start no phrase, and the
   * empty slot their key lands on turns them away with one load, without a map lookup.
   */
  keySlots: Int32Array;
  /** For each filled slot, the phrases under that key, grouped by first word (several words may share a key), longest first. */
  groupsAt: Array<Array<FirstWordGroup<T>> | undefined>;
}

type Phrase<T> = { words: string[]; value: T };

interface FirstWordGroup<T> {
  first: string;
  /** Every phrase that opens with `first`, longest first (the first word included in `words`). */
  phrases: Array<Phrase<T>>;
  /**
   * For a first word that opens many phrases ("to" opens hundreds of cues: "to say", "to point
   * out", …): the longer ones by their second word, so each "to" of a text tries a few, not all.
   */
  bySecondWord?: Map<string, Array<Phrase<T>>>;
  /** With bySecondWord: the phrase of the first word alone, if there is one. */
  alone?: Array<Phrase<T>>;
}

/** Above this many phrases under one first word, the group is split by the second word. */
const SPLIT_ABOVE = 8;

function firstWordGroup<T>(first: string, phrases: Array<Phrase<T>>): FirstWordGroup<T> {
  if (phrases.length <= SPLIT_ABOVE) return { first, phrases };
  const bySecondWord = new Map<string, Array<Phrase<T>>>();
  const alone: Array<Phrase<T>> = [];
  // Filtering keeps the longest-first order inside each list, so the first match is the one the whole list would give.
  for (const phrase of phrases) {
    const second = phrase.words[1];
    if (second === undefined) alone.push(phrase);
    else {
      const list = bySecondWord.get(second);
      if (list === undefined) bySecondWord.set(second, [phrase]);
      else list.push(phrase);
    }
  }
  return { first, phrases, bySecondWord, alone };
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
/** No key is 0 (a word's first letter is never NUL): it marks an empty slot. */
const EMPTY_SLOT = 0;
/** A key's first slot: a multiplicative hash spreads keys that differ only in the length. */
const slotOf = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 12) & mask;

/** The slot that holds `key`, or the empty slot where it would go. */
function findSlot(slots: Int32Array, key: number): number {
  const mask = slots.length - 1;
  let slot = slotOf(key, mask);
  while (slots[slot] !== EMPTY_SLOT && slots[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

/** ASCII as it is compared: as written, or with capitals folded to lower case. */
const AS_WRITTEN = Uint8Array.from({ length: 128 }, (_, code) => code);
const FOLDED = Uint8Array.from({ length: 128 }, (_, code) => (code >= 65 && code <= 90 ? code + 32 : code));

/**
 * A cheap fingerprint of a word, read from the source text without copying it: its first two
 * characters, its last and its length (a possessive "'s" not counted). NON_ASCII means "cannot tell".
 * Small on purpose (a table folds the case): it runs for every word of the corpus with each index,
 * and V8 inlines it only while it stays small.
 */
function wordKey(source: string, start: number, end: number, fold: Uint8Array): number {
  let length = end - start;
  if (length >= 3 && source.charCodeAt(end - 1) === 115 && isApostrophe(source.charCodeAt(end - 2))) length -= 2;
  const c0 = source.charCodeAt(start);
  const c1 = length > 1 ? source.charCodeAt(start + 1) : 0;
  // The last letter too: with thousands of first words (places, speech verbs, job nouns) two
  // letters and a length let too many common words through to the string lookup.
  const cLast = length > 2 ? source.charCodeAt(start + length - 1) : 0;
  if ((c0 | c1 | cLast) >= 128) return NON_ASCII;
  return (fold[c0]! << 21) | (fold[c1]! << 14) | (fold[cLast]! << 7) | Math.min(length, 127);
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
  let size = 64;
  while (size < byFirstWord.size * 4) size *= 2;
  const keySlots = new Int32Array(size);
  const groupsAt: Array<Array<FirstWordGroup<T>> | undefined> = new Array<Array<FirstWordGroup<T>> | undefined>(size).fill(undefined);
  for (const [word, list] of byFirstWord) {
    list.sort((a, b) => b.words.length - a.words.length);
    const key = wordKey(word, 0, word.length, ignoreCase ? FOLDED : AS_WRITTEN);
    if (key === NON_ASCII) continue; // found through byFirstWord
    const slot = findSlot(keySlots, key);
    keySlots[slot] = key;
    (groupsAt[slot] ??= []).push(firstWordGroup(word, list));
  }
  return { byFirstWord, normalise, ignoreCase, stripPossessive, keySlots, groupsAt };
}

/**
 * Whether the word of `source` from `start` to `end` is `word` (already normalised), read in place:
 * ASCII is folded here; null when a character beyond ASCII needs the full normalisation. Plain
 * arguments rather than the token and the index: it runs for most phrase candidates of the corpus.
 */
function sameWordAt(source: string, start: number, end: number, word: string, ignoreCase: boolean, stripPossessive: boolean): boolean | null {
  let stop = end;
  if (stripPossessive && stop - start >= 3 && source.charCodeAt(stop - 1) === 115 && isApostrophe(source.charCodeAt(stop - 2))) stop -= 2;
  const n = word.length;
  if (stop - start !== n) return false;
  for (let i = 0; i < n; i++) {
    let code = source.charCodeAt(start + i);
    if (code >= 128) return null;
    if (ignoreCase && code >= 65 && code <= 90) code += 32;
    if (code !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** The longest phrase of `phrases` (longest first, first word already matched) that the tokens from `i` spell, or undefined. */
function longestFrom<T>(phrases: ReadonlyArray<{ words: string[]; value: T }>, tokens: readonly Token[], i: number, ignoreCase: boolean, stripPossessive: boolean) {
  const count = tokens.length;
  for (let c = 0; c < phrases.length; c++) {
    const phrase = phrases[c]!;
    const words = phrase.words;
    const n = words.length;
    if (i + n > count) continue;
    let k = 1;
    for (; k < n; k++) {
      const next = tokens[i + k]!;
      const word = words[k]!;
      const same = sameWordAt(next.source, next.start, next.end, word, ignoreCase, stripPossessive);
      if (same === false || (same === null && normaliseWord(next.text, ignoreCase, stripPossessive) !== word)) break;
    }
    if (k === n) return phrase;
  }
  return undefined;
}

/** The longest phrase of the group that the tokens from `i` spell (its first word already matched). */
function longestInGroup<T>(group: FirstWordGroup<T>, tokens: readonly Token[], i: number, ignoreCase: boolean, stripPossessive: boolean) {
  const { bySecondWord, alone } = group;
  if (bySecondWord === undefined || alone === undefined) return longestFrom(group.phrases, tokens, i, ignoreCase, stripPossessive);
  const next = tokens[i + 1];
  const longer = next === undefined ? undefined : bySecondWord.get(normaliseWord(next.text, ignoreCase, stripPossessive));
  return (longer === undefined ? undefined : longestFrom(longer, tokens, i, ignoreCase, stripPossessive)) ?? alone[0];
}

/** Greedy longest match, left to right, without overlaps. */
export function matchPhrases<T>(index: PhraseIndex<T>, tokens: readonly Token[]): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  const { byFirstWord, ignoreCase, stripPossessive, keySlots, groupsAt } = index;
  const fold = ignoreCase ? FOLDED : AS_WRITTEN;
  const count = tokens.length;
  let i = 0;
  while (i < count) {
    const token = tokens[i]!;
    const key = wordKey(token.source, token.start, token.end, fold);
    let found: { words: string[]; value: T } | undefined;
    if (key === NON_ASCII) {
      // A word beyond ASCII is looked up by its normalised text.
      const phrases = byFirstWord.get(normaliseWord(token.text, ignoreCase, stripPossessive));
      if (phrases !== undefined) found = longestFrom(phrases, tokens, i, ignoreCase, stripPossessive);
    } else {
      const groups = groupsAt[findSlot(keySlots, key)];
      if (groups !== undefined) {
        for (let g = 0; g < groups.length; g++) {
          const group = groups[g]!;
          const same = sameWordAt(token.source, token.start, token.end, group.first, ignoreCase, stripPossessive);
          if (same === false || (same === null && normaliseWord(token.text, ignoreCase, stripPossessive) !== group.first)) continue;
          found = longestInGroup(group, tokens, i, ignoreCase, stripPossessive);
          break;
        }
      }
    }
    if (found === undefined) {
      i++;
      continue;
    }
    const n = found.words.length;
    matches.push({ value: found.value, first: i, last: i + n, start: token.start, end: tokens[i + n - 1]!.end });
    i += n;
  }
  return matches;
}
