import type { WorldShape } from './worldShapes';

export interface DirectoryEntry {
  iso3: string;
  name: string;
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
  const byIso3 = new Map<string, DirectoryEntry>();
  for (const shape of shapes) if (shape.iso3 !== null) byIso3.set(shape.iso3, { iso3: shape.iso3, name: shape.name });
  for (const country of dataCountries) byIso3.set(country.iso3, { iso3: country.iso3, name: country.name });
  return [...byIso3.values()].sort((a, b) => byName(a.name, b.name));
}

/** Folds case and accents so "turkiye" finds "Türkiye". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/**
 * Countries matching what was typed: the exact code first, then names whose words start with it,
 * then names containing it. An empty query lists everything.
 */
export function matchCountries(entries: readonly DirectoryEntry[], query: string): DirectoryEntry[] {
  const q = foldForSearch(query.trim());
  if (q === '') return [...entries];
  const code: DirectoryEntry[] = [];
  const wordStart: DirectoryEntry[] = [];
  const inside: DirectoryEntry[] = [];
  for (const entry of entries) {
    const name = foldForSearch(entry.name);
    if (entry.iso3.toLowerCase() === q) code.push(entry);
    else if (name.split(/[\s.,'’()-]+/).some((word) => word.startsWith(q)) || name.startsWith(q)) wordStart.push(entry);
    else if (name.includes(q)) inside.push(entry);
  }
  return [...code, ...wordStart, ...inside];
}
