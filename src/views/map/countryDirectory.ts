import { nextTask } from '../../state/nextTask';
import { compareNames, warmNameOrder } from '../../model/compareNames';
import { acronymsOf, foldForSearch, queryWords } from '../../model/textSearch';
import type { WorldShape } from './worldShapes';

export interface DirectoryEntry {
  iso3: string;
  name: string;
  /** Other names it is found by: every English name i18n-iso-countries has for it. */
  aliases?: readonly string[];
}

/** The atlas's one English name order (src/model/compareNames.ts: one collator, made once). */
export const byName = compareNames;

// Made in a task of its own once this chunk has run: the page's first collator loads the browser's
// locale data, 10-30 ms that were part of the map chunk's evaluation (a long task on a phone).
if (typeof window !== 'undefined') void nextTask().then(warmNameOrder);

/** People by name, for the details panel's lists of experts. */
export function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => byName(a.name, b.name));
}

/**
 * Every country a keyboard user can pick: the data's countries (with the data's names) and every
 * outline on the map, once each, sorted by name; with `otherNames` (every English name
 * i18n-iso-countries has, loaded with the search chunk) each is found by those names too.
 */
export function countryDirectory(
  dataCountries: readonly DirectoryEntry[],
  shapes: readonly WorldShape[],
  otherNames: ReadonlyMap<string, readonly string[]> = new Map(),
): DirectoryEntry[] {
  const names = new Map<string, string>();
  for (const shape of shapes) if (shape.iso3 !== null) names.set(shape.iso3, shape.name);
  for (const country of dataCountries) names.set(country.iso3, country.name);
  return [...names]
    .map(([iso3, name]) => ({ iso3, name, aliases: (otherNames.get(iso3) ?? []).filter((alias) => alias !== name) }))
    .sort((a, b) => byName(a.name, b.name));
}

type NameMatch = 'words' | 'inside' | null;

/**
 * How a typed query matches a name: 'words' when every typed word starts a word of the name or is
 * the initials of a run of its words ("lao pdr"), 'inside' when the name merely contains it.
 */
function matchName(name: string, query: string): NameMatch {
  const folded = foldForSearch(name);
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const typed = queryWords(query);
  const initials = new Set(acronymsOf(name));
  if (typed.length > 0 && typed.every((t) => words.some((w) => w.startsWith(t)) || initials.has(t))) return 'words';
  return folded.includes(foldForSearch(query.trim())) ? 'inside' : null;
}

/**
 * Countries matching what was typed, by their name or any alias: the exact code first, then names
 * whose words start with the typed words (or whose initials they spell: "Lao PDR"), then names
 * containing it. An empty query lists everything.
 */
export function matchCountries(entries: readonly DirectoryEntry[], query: string): DirectoryEntry[] {
  const q = foldForSearch(query.trim());
  if (q === '') return [...entries];
  const code: DirectoryEntry[] = [];
  const wordStart: DirectoryEntry[] = [];
  const inside: DirectoryEntry[] = [];
  for (const entry of entries) {
    const matches = [entry.name, ...(entry.aliases ?? [])].map((name) => matchName(name, q));
    if (entry.iso3.toLowerCase() === q) code.push(entry);
    else if (matches.includes('words')) wordStart.push(entry);
    else if (matches.includes('inside')) inside.push(entry);
  }
  return [...code, ...wordStart, ...inside];
}
