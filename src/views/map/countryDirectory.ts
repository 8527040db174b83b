import { englishCountryNames, foldForSearch, matchName } from '../../model/countryNames';
import type { WorldShape } from './worldShapes';

export interface DirectoryEntry {
  iso3: string;
  name: string;
  /** Other names it is found by: every English name i18n-iso-countries has for it. */
  aliases?: readonly string[];
}

/**
 * One collator for all name sorting: `localeCompare(…, 'en')` builds a new one per comparison,
 * which made sorting the 177 names a noticeable part of the map's first paint.
 */
export const byName = new Intl.Collator('en').compare;

/** People by name, for the details panel's lists of experts. */
export function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => byName(a.name, b.name));
}

/**
 * Every country a keyboard user can pick: the data's countries (with the data's names) and every
 * outline on the map, once each, sorted by name.
 */
export function countryDirectory(dataCountries: readonly DirectoryEntry[], shapes: readonly WorldShape[]): DirectoryEntry[] {
  const names = new Map<string, string>();
  for (const shape of shapes) if (shape.iso3 !== null) names.set(shape.iso3, shape.name);
  for (const country of dataCountries) names.set(country.iso3, country.name);
  return [...names]
    .map(([iso3, name]) => ({ iso3, name, aliases: englishCountryNames(iso3).filter((alias) => alias !== name) }))
    .sort((a, b) => byName(a.name, b.name));
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
