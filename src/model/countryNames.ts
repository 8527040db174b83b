/**
 * Every country's English names, from i18n-iso-countries (official names, short names, aliases:
 * "Türkiye" and "Turkey", "Lao People's Democratic Republic"), for the search to find a country
 * by whatever name a person types. Only the search chunk imports this: the names stay out of the
 * first load.
 */
// Default import: the package is CommonJS, and Node's ESM loader cannot name its exports.
import isoCountries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import type { CountryNames } from './searchIndex';

/**
 * The name to show for a country outside the data: the shortest of its names (four letters or
 * more) that is part of the first one ("Russia" in "Russian Federation", "Iran" in "Islamic Republic
 * of Iran") and names no other country ("Congo" names two); else the first name.
 */
export function preferredName(names: readonly string[], shared: ReadonlySet<string>): string {
  const first = names[0] ?? '';
  let best = first;
  for (const name of names.slice(1)) {
    if (name.length >= 4 && name.length < best.length && first.includes(name) && !shared.has(name)) best = name;
  }
  return best;
}

export function englishCountryNames(): CountryNames[] {
  isoCountries.registerLocale(english);
  const byAlpha2 = isoCountries.getNames('en', { select: 'all' });
  const seen = new Map<string, number>();
  for (const names of Object.values(byAlpha2)) for (const name of names) seen.set(name, (seen.get(name) ?? 0) + 1);
  const shared = new Set([...seen].filter(([, count]) => count > 1).map(([name]) => name));
  const result: CountryNames[] = [];
  for (const [alpha2, names] of Object.entries(byAlpha2)) {
    const iso3 = isoCountries.alpha2ToAlpha3(alpha2);
    if (iso3 === undefined || names.length === 0) continue;
    result.push({ iso3, title: preferredName(names, shared), names });
  }
  return result;
}

/** Every English name of each country, by ISO3: the names the map's country finder matches too. */
export function englishNamesByIso3(): Map<string, readonly string[]> {
  return new Map(englishCountryNames().map((c) => [c.iso3, c.names]));
}
