/** Cross-checks between reference files that their schemas alone cannot express. */
import type { Gazetteer } from '../gazetteer';
import { InputError } from '../inputError';
import { expandPhrase } from '../lexicon';
import { fold } from '../tokens';
import { referenceFile, type ReferenceData } from './parse';

export function checkReferenceData(reference: ReferenceData, gazetteer: Gazetteer, dir: string): void {
  const membershipFile = referenceFile(dir, 'membership');
  const summitsFile = referenceFile(dir, 'summits');
  const themesFile = referenceFile(dir, 'themes');

  const sourceFile = new Map<string, string>();
  for (const [file, sources] of [[membershipFile, reference.membership.sources], [summitsFile, reference.summits.sources]] as const) {
    for (const source of sources) {
      const other = sourceFile.get(source.id);
      if (other !== undefined) throw new InputError(file, `source id "${source.id}" is already used in ${other}; ids must be unique across reference files`);
      sourceFile.set(source.id, file);
    }
  }

  const seenCountries = new Set<string>();
  for (const country of reference.membership.countries) {
    const where = `countries.${country.iso3}`;
    if (!gazetteer.isCountryCode(country.iso3)) throw new InputError(membershipFile, `${where}: "${country.iso3}" is not an ISO 3166-1 alpha-3 code`);
    if (seenCountries.has(country.iso3)) throw new InputError(membershipFile, `${where}: the country is listed twice`);
    seenCountries.add(country.iso3);
    country.statuses.forEach((period, i) => {
      for (const id of period.sources) {
        if (!sourceFile.has(id)) throw new InputError(membershipFile, `${where}.statuses.${i}: unknown source "${id}"`);
      }
      // Notes cite sources by id too; the app shows the source's name there, so the id must resolve.
      for (const [id] of (period.note ?? '').matchAll(/\b[SM]\d+[a-z]?\b/g)) {
        if (!sourceFile.has(id)) throw new InputError(membershipFile, `${where}.statuses.${i}.note: unknown source "${id}"`);
      }
      if (period.to !== undefined && period.to < period.from) {
        throw new InputError(membershipFile, `${where}.statuses.${i}: ends (${period.to}) before it starts (${period.from})`);
      }
    });
  }

  reference.summits.summits.forEach((summit, i) => {
    for (const id of summit.sources) if (!sourceFile.has(id)) throw new InputError(summitsFile, `summits.${i}: unknown source "${id}"`);
    if (!gazetteer.isCountryCode(summit.country)) throw new InputError(summitsFile, `summits.${i}: "${summit.country}" is not an ISO 3166-1 alpha-3 code`);
  });

  checkOfficials(reference, gazetteer, referenceFile(dir, 'officials'));

  const themeIds = new Set<string>();
  reference.themes.themes.forEach((theme, i) => {
    if (themeIds.has(theme.id)) throw new InputError(themesFile, `themes.${i}: theme id "${theme.id}" is used twice`);
    themeIds.add(theme.id);
    theme.phrases.forEach((phrase, k) => {
      try {
        expandPhrase(phrase);
      } catch (error) {
        throw new InputError(themesFile, `themes.${i}.phrases.${k}: ${(error as Error).message}`);
      }
    });
  });
}

/** Every official's country is a real code, and no spelling (full or lone) points to two people. */
function checkOfficials(reference: ReferenceData, gazetteer: Gazetteer, file: string): void {
  const owner = new Map<string, string>();
  reference.officials.officials.forEach((official, i) => {
    if (!gazetteer.isCountryCode(official.iso3)) throw new InputError(file, `officials.${i}: "${official.iso3}" is not an ISO 3166-1 alpha-3 code`);
    for (const spelling of [official.name, ...official.aliases, ...official.alone]) {
      const key = fold(spelling);
      const other = owner.get(key);
      if (other !== undefined && other !== official.name) throw new InputError(file, `officials.${i}: "${spelling}" already names ${other}`);
      owner.set(key, official.name);
    }
  });
}
