/**
 * The theme lexicon as a matcher. A phrase such as "terroris(m|ts?)" stands for a few literal
 * phrases ("terrorism", "terrorist", "terrorists"); we expand them once and then match words,
 * so a user-edited lexicon can never produce a slow regular expression.
 */
import { buildPhraseIndex, lowerCase, matchPhrases, type PhraseIndex } from './phraseIndex';
import { tokenize, withoutPossessive } from './tokens';

const PHRASE_CHAR = /[\p{L}\p{N} '’-]/u;

/**
 * Letters, digits, spaces, hyphens, apostrophes; flat groups "(a|b|)"; "?" after a letter or a
 * group makes it optional. Returns why a phrase is not valid, or null when it is.
 */
export function phraseSyntaxProblem(pattern: string): string | null {
  if (pattern.trim() === '') return 'a phrase cannot be empty';
  let inGroup = false;
  let previous = '';
  for (const ch of pattern) {
    if (ch === '(') {
      if (inGroup) return 'groups cannot be nested';
      inGroup = true;
    } else if (ch === ')') {
      if (!inGroup) return 'a ")" without its "("';
      inGroup = false;
    } else if (ch === '|') {
      if (!inGroup) return '"|" is only allowed inside a group, as in terroris(m|t)';
    } else if (ch === '?') {
      if (previous === '' || previous === '(' || previous === '|' || previous === '?') return '"?" must follow a letter or a group';
    } else if (!PHRASE_CHAR.test(ch)) {
      return `"${ch}" is not allowed: use letters, digits, spaces, hyphens, apostrophes and groups like terroris(m|ts?)`;
    }
    previous = ch;
  }
  return inGroup ? 'a "(" is never closed' : null;
}

const MAX_VARIANTS = 256;

/** Expands a pattern without groups: "ts?" → ["ts", "t"]. */
function expandSimple(pattern: string): string[] {
  let variants = [''];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    const optional = pattern[i + 1] === '?';
    variants = variants.flatMap((v) => (optional ? [v + ch, v] : [v + ch]));
    if (optional) i++;
  }
  return variants;
}

/** All literal phrases one pattern stands for: "terroris(m|ts?)" → terrorism, terrorists, terrorist. */
export function expandPhrase(pattern: string): string[] {
  const problem = phraseSyntaxProblem(pattern);
  if (problem !== null) throw new Error(`phrase "${pattern}": ${problem}`);
  let variants = [''];
  let i = 0;
  while (i < pattern.length) {
    let options: string[];
    if (pattern[i] === '(') {
      const close = pattern.indexOf(')', i);
      options = pattern.slice(i + 1, close).split('|').flatMap(expandSimple);
      i = close + 1;
    } else {
      options = [pattern[i] ?? ''];
      i += 1;
    }
    if (pattern[i] === '?') {
      options = [...options, ''];
      i += 1;
    }
    const next = new Set<string>();
    for (const v of variants) for (const o of options) next.add(v + o);
    variants = [...next];
    if (variants.length > MAX_VARIANTS) throw new Error(`phrase "${pattern}" expands to more than ${MAX_VARIANTS} forms`);
  }
  return variants.map((v) => v.replace(/\s+/g, ' ').trim()).filter((v) => v !== '');
}

export interface LexiconTheme {
  id: string;
  phrases: string[];
}

/** A phrase listed under several themes counts for each of them. */
export type ThemeMatcher = PhraseIndex<string[]>;

const lexiconWord = (word: string) => lowerCase(withoutPossessive(word));

export function buildThemeMatcher(themes: readonly LexiconTheme[]): ThemeMatcher {
  const byPhrase = new Map<string, { words: string[]; value: string[] }>();
  for (const theme of themes) {
    for (const pattern of theme.phrases) {
      for (const phrase of expandPhrase(pattern)) {
        const words = tokenize(phrase).map((t) => lexiconWord(t.text));
        if (words.length === 0) continue;
        const key = words.join(' ');
        const entry = byPhrase.get(key) ?? { words, value: [] };
        if (!entry.value.includes(theme.id)) entry.value.push(theme.id);
        byPhrase.set(key, entry);
      }
    }
  }
  return buildPhraseIndex(byPhrase.values(), { ignoreCase: true, stripPossessive: true });
}

/** Lexicon hits per theme id in one text. */
export function countThemeHits(matcher: ThemeMatcher, text: string): Map<string, number> {
  const hits = new Map<string, number>();
  for (const match of matchPhrases(matcher, tokenize(text))) {
    for (const id of match.value) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  return hits;
}
