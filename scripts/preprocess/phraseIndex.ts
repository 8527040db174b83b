import type { Token } from './tokens';

/**
 * Finds known multi-word phrases in a token list: a map from first word to the phrases starting
 * with it, longest first. One pass over the tokens, so the cost grows with the text, not with the
 * number of phrases (a regex alternation of a thousand country names would not).
 */
export interface PhraseIndex<T> {
  byFirstWord: Map<string, Array<{ words: string[]; value: T }>>;
  normalise: (word: string) => string;
  /** Matching ignores case (the lexicon) or not (names of places). */
  ignoreCase: boolean;
  /** Keys (first two letters + length) of every first word: a word whose key is absent starts no phrase. */
  firstWordKeys: Set<number>;
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

function foldCode(code: number, ignoreCase: boolean): number {
  if (code >= 128) return NON_ASCII;
  return ignoreCase && code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * A cheap fingerprint of a word, read from the source text without copying it: its first two
 * characters and its length (a possessive "'s" not counted). NON_ASCII means "cannot tell".
 */
function wordKey(source: string, start: number, end: number, ignoreCase: boolean): number {
  let length = end - start;
  if (length >= 3 && source.charCodeAt(end - 1) === 115 && isApostrophe(source.charCodeAt(end - 2))) length -= 2;
  const c0 = foldCode(source.charCodeAt(start), ignoreCase);
  const c1 = length > 1 ? foldCode(source.charCodeAt(start + 1), ignoreCase) : 0;
  if (c0 === NON_ASCII || c1 === NON_ASCII) return NON_ASCII;
  return (c0 << 14) | (c1 << 7) | Math.min(length, 127);
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

export function buildPhraseIndex<T>(
  entries: Iterable<{ words: string[]; value: T }>,
  normalise: (word: string) => string,
  ignoreCase = false,
): PhraseIndex<T> {
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
  for (const [word, list] of byFirstWord) {
    list.sort((a, b) => b.words.length - a.words.length);
    firstWordKeys.add(wordKey(word, 0, word.length, ignoreCase));
  }
  return { byFirstWord, normalise, ignoreCase, firstWordKeys };
}

/** Greedy longest match, left to right, without overlaps. */
export function matchPhrases<T>(index: PhraseIndex<T>, tokens: readonly Token[]): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  const { byFirstWord, normalise, ignoreCase, firstWordKeys } = index;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined) break;
    const key = wordKey(token.source, token.start, token.end, ignoreCase);
    const candidates = key === NON_ASCII || firstWordKeys.has(key) ? byFirstWord.get(normalise(token.text)) : undefined;
    let matched = 0;
    if (candidates !== undefined) {
      for (const candidate of candidates) {
        const n = candidate.words.length;
        if (i + n > tokens.length) continue;
        let k = 1;
        while (k < n && normalise(tokens[i + k]?.text ?? '') === candidate.words[k]) k++;
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
