/**
 * Every English name i18n-iso-countries knows for a country (its official name and its aliases:
 * "Türkiye" and "Turkey", "Lao People's Democratic Republic"), and matching what a person types
 * against them, so a finder accepts the names people actually use.
 */
// Default import: the package is CommonJS, and Node's ESM loader cannot name its exports.
import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

// The browser build of the package ships without languages: register the one the app speaks.
isoCountries.registerLocale(english);

/** All English names of the country (official first), or none for a code the package does not know. */
export function englishCountryNames(iso3: string): string[] {
  const names = isoCountries.getName(iso3, 'en', { select: 'all' });
  return Array.isArray(names) ? names : [];
}

/** Folds case and accents so "turkiye" finds "Türkiye". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** A name's words, folded; "People's" stays one word so initials read "pdr", not "psdr". */
function wordsOf(name: string): string[] {
  return foldForSearch(name)
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Initials of every run of two or more consecutive words: "people's democratic republic" → "pdr". */
function initialisms(words: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    let initials = words[start]?.[0] ?? '';
    for (let end = start + 1; end < words.length; end++) {
      initials += words[end]?.[0] ?? '';
      result.add(initials);
    }
  }
  return result;
}

export type NameMatch = 'words' | 'inside' | null;

/**
 * How well a typed query matches a name: 'words' when every typed word starts a word of the name or
 * spells the initials of a run of its words ("lao pdr"), 'inside' when the name merely contains it.
 */
export function matchName(name: string, query: string): NameMatch {
  const q = foldForSearch(query.trim());
  if (q === '') return 'words';
  const words = wordsOf(name);
  const initials = initialisms(words);
  const typed = wordsOf(q);
  if (typed.length > 0 && typed.every((t) => words.some((w) => w.startsWith(t)) || initials.has(t))) return 'words';
  return foldForSearch(name).includes(q) ? 'inside' : null;
}
