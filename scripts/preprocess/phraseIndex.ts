import type { Token } from './tokens';

/**
 * Finds known multi-word phrases in a token list: a map from first word to the phrases starting
 * with it, longest first. One pass over the tokens, so the cost grows with the text, not with the
 * number of phrases (a regex alternation of a thousand country names would not).
 */
export interface PhraseIndex<T> {
  byFirstWord: Map<string, Array<{ words: string[]; value: T }>>;
  normalise: (word: string) => string;
}

export interface PhraseMatch<T> {
  value: T;
  /** Token indexes, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

export function buildPhraseIndex<T>(
  entries: Iterable<{ words: string[]; value: T }>,
  normalise: (word: string) => string,
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
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, normalise };
}

/** Greedy longest match, left to right, without overlaps. */
export function matchPhrases<T>(index: PhraseIndex<T>, tokens: readonly Token[]): PhraseMatch<T>[] {
  const matches: PhraseMatch<T>[] = [];
  const { byFirstWord, normalise } = index;
  const wordAt = (k: number) => normalise(tokens[k]?.text ?? '');
  let i = 0;
  while (i < tokens.length) {
    const candidates = byFirstWord.get(wordAt(i));
    let matched = 0;
    if (candidates !== undefined) {
      for (const candidate of candidates) {
        const n = candidate.words.length;
        if (i + n > tokens.length) continue;
        let k = 1;
        while (k < n && wordAt(i + k) === candidate.words[k]) k++;
        if (k < n) continue;
        const firstToken = tokens[i];
        const lastToken = tokens[i + n - 1];
        if (firstToken === undefined || lastToken === undefined) continue;
        matches.push({ value: candidate.value, first: i, last: i + n, start: firstToken.start, end: lastToken.end });
        matched = n;
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return matches;
}
