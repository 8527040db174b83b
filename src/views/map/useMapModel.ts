import { useEffect, useMemo } from 'react';
import type { DataClock } from '../../model/dataClock';
import { articlesPerYear, isCore, type MapData } from '../../model/mapData';
import { FIRST_YEAR } from '../../model/years';
import { countryDirectory } from './countryDirectory';
import { useCountryNames } from './useCountryNames';
import { countryRelations, NO_RELATIONS, type CountryRelations, type RelationScope } from '../../model/countryRelations';
import { sourceLookup } from '../../model/sourceReliability';
import { summarySentence } from './legendCounts';
import { mapYear, warmMapYears } from './mapYearTable';
import { membershipChanges, yearMarks } from './mapYears';
import { smallStateMarkers } from './smallStates';
import type { WorldShape } from './worldShapes';

/**
 * Everything the map derives from the data for a year: statuses, counts, slider marks, names,
 * markers. From the map file until the core is in; the experts and articles behind a country
 * (relationsOf) are null until then.
 */
export function useMapModel(data: MapData, shapes: readonly WorldShape[], year: number, clock: DataClock, scope: RelationScope) {
  const { asOf, lastYear } = clock;
  // From the data set's table of years (mapYearTable.ts), filled ahead while the browser is idle.
  const { membership, counts, changes, classes, candidates, ownCandidates, unverified } = useMemo(() => mapYear(data, year, asOf), [data, year, asOf]);
  useEffect(() => warmMapYears(data, FIRST_YEAR, lastYear, asOf), [data, lastYear, asOf]);
  const sentence = summarySentence(year, counts);
  const marks = useMemo(
    () =>
      yearMarks(
        membershipChanges(data, FIRST_YEAR, lastYear, asOf),
        articlesPerYear(data),
        FIRST_YEAR,
        lastYear,
      ),
    [data, lastYear, asOf],
  );
  // Only a tooltip or the details panel needs them: computed on first use, not before the first paint.
  const relationsOf = useMemo(() => {
    let all: Map<string, CountryRelations> | undefined;
    return (iso3: string): CountryRelations | null => (isCore(data) ? ((all ??= countryRelations(data, scope)).get(iso3) ?? NO_RELATIONS) : null);
  }, [data, scope]);
  const sources = useMemo(() => sourceLookup(data.sources), [data.sources]);
  const otherNames = useCountryNames();
  const directory = useMemo(() => countryDirectory(data.countries, shapes, otherNames), [data.countries, shapes, otherNames]);
  const nameOf = useMemo(() => new Map(directory.map((e) => [e.iso3, e.name])), [directory]);
  const markers = useMemo(() => smallStateMarkers(data.countries.map((c) => c.iso3), shapes), [data.countries, shapes]);
  return { membership, counts, changes, sentence, marks, relationsOf, sources, directory, nameOf, markers, classes, candidates, ownCandidates, unverified };
}

/** The items of a comma-joined key ("" is none). */
export function splitKey(key: string): string[] {
  return key === '' ? [] : key.split(',');
}
