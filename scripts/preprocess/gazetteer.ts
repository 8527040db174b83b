/**
 * Everything that points to a country in text: its names (from i18n-iso-countries, never typed by
 * hand), a few common short forms, demonyms, capitals and cities, and organisations.
 */
// The library's plain entry point plus English only: its Node entry loads every language it has,
// which cost more start-up time than reading a small corpus.
import countries from 'i18n-iso-countries/index.js';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { buildPhraseIndex, matchPhrases, type PhraseIndex, type PhraseMatch } from './phraseIndex';
import type { GazetteerFile } from './reference/schemas';
import { tokenize, type Token } from './tokens';

countries.registerLocale(english);

/** 'none': a name that holds a place's name but points to no country; it only shadows the place. */
export type PlaceKind = 'country' | 'demonym' | 'city' | 'organisation' | 'none';

export interface PlaceRef {
  iso3: string;
  kind: PlaceKind;
  /** The gazetteer form that matched (e.g. "Brussels"). */
  name: string;
}

export interface Gazetteer {
  index: PhraseIndex<PlaceRef>;
  /** The short common English name, e.g. "Russia" rather than "Russian Federation". */
  countryName(iso3: string): string;
  isCountryCode(iso3: string): boolean;
}

/** Names written "Korea, Republic of" or "Netherlands (Kingdom of the)" never appear like that in prose. */
const isProseName = (name: string) => !/[,()]/.test(name);
/** "UAE", "US": acronyms are kept for matching but never shown as a name. */
const hasLowerCase = (name: string) => /\p{Ll}/u.test(name);

export function buildGazetteer(file: GazetteerFile): Gazetteer {
  const ignored = new Set(file.ignore);
  const names = new Map<string, string[]>();
  const officialNames = new Map<string, string[]>();
  const preferred = new Map<string, string>();
  for (const [alpha2, list] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const iso3 = countries.alpha2ToAlpha3(alpha2);
    if (iso3 === undefined) continue;
    names.set(iso3, list.filter(isProseName));
    officialNames.set(iso3, list.filter(isProseName));
  }
  for (const alias of file.aliases) {
    names.set(alias.iso3, [...(names.get(alias.iso3) ?? []), alias.name]);
    if (alias.preferredName === true) preferred.set(alias.iso3, alias.name);
  }

  const entries: Array<{ words: string[]; value: PlaceRef }> = [];
  const add = (name: string, iso3: string, kind: PlaceKind) => {
    if (ignored.has(name)) return;
    entries.push({ words: tokenize(name).map((t) => t.text), value: { iso3, kind, name } });
  };
  for (const [iso3, list] of names) for (const name of list) add(name, iso3, 'country');
  for (const d of file.demonyms) add(d.name, d.iso3, 'demonym');
  for (const p of file.places) add(p.name, p.iso3, 'city');
  for (const o of file.organisations) {
    add(o.name, o.iso3, 'organisation');
    // "the Hindu", "the Diplomat": in running text the article of a name that holds one is in lower case.
    if (o.name.startsWith('The ')) add(`the ${o.name.slice(4)}`, o.iso3, 'organisation');
  }
  for (const name of file.countryless) add(name, '', 'none');

  const displayName = (iso3: string): string => {
    const chosen = preferred.get(iso3);
    if (chosen !== undefined) return chosen;
    // Only the library's names compete: aliases such as "Britain" are for matching, not for display.
    const candidates = (officialNames.get(iso3) ?? []).filter(hasLowerCase);
    candidates.sort((a, b) => a.length - b.length || a.localeCompare(b));
    return candidates[0] ?? countries.getName(iso3, 'en') ?? iso3;
  };

  return {
    // Case-sensitive: "US" is a country, "us" is not; proper nouns are capitalised in news text.
    index: buildPhraseIndex(entries, { stripPossessive: true }),
    countryName: displayName,
    isCountryCode: (iso3) => names.has(iso3),
  };
}

const isCountryless = (match: { value: PlaceRef }): boolean => match.value.kind === 'none';

export function findPlaces(gazetteer: Gazetteer, tokens: readonly Token[]): PhraseMatch<PlaceRef>[] {
  const found = matchPhrases(gazetteer.index, tokens);
  return found.some(isCountryless) ? found.filter((p) => !isCountryless(p)) : found;
}
