import { useMemo } from 'react';
import type { DataClock } from '../../model/dataClock';
import { membershipInYear, openCandidates } from '../../model/membershipInYear';
import { articlesPerYear, isCore, type MapData } from '../../model/mapData';
import { statusChanges } from '../../model/statusChanges';
import { FIRST_YEAR } from '../../model/years';
import { countryDirectory } from './countryDirectory';
import { useCountryNames } from './useCountryNames';
import { countryRelations, NO_RELATIONS, type CountryRelations, type RelationScope } from '../../model/countryRelations';
import { sourceLookup } from '../../model/sourceReliability';
import { legendCounts, summarySentence } from './legendCounts';
import { membershipChanges, yearMarks } from './mapYears';
import { smallStateMarkers } from './smallStates';
import { mapClassOf, type MapClass } from './statusScale';
import type { WorldShape } from './worldShapes';

/**
 * Everything the map derives from the data for a year: statuses, counts, slider marks, names,
 * markers. From the map file until the core is in; the experts and articles behind a country
 * (relationsOf) are null until then.
 */
export function useMapModel(data: MapData, shapes: readonly WorldShape[], year: number, clock: DataClock, scope: RelationScope) {
  const { asOf, lastYear } = clock;
  const membership = useMemo(() => membershipInYear(data, year, asOf), [data, year, asOf]);
  const counts = useMemo(() => legendCounts(membership), [membership]);
  const changes = useMemo(() => statusChanges(data, year, asOf), [data, year, asOf]);
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
  // A year that changes nobody's class or marks keeps the same map and sets (keyed by their
  // content), so the layers memoised on them are not drawn again and the step commits less.
  const keys = useMemo(() => contentKeys(membership), [membership]);
  const classes = useMemo(() => new Map(splitKey(keys.classes).map((entry) => entry.split(':') as [string, MapClass])), [keys.classes]);
  const candidates = useMemo(() => new Set(splitKey(keys.candidates)), [keys.candidates]);
  // Candidates that one of the person's own articles names: outlined in the "yours" colour.
  const ownCandidates = useMemo(() => new Set(splitKey(keys.ownCandidates)), [keys.ownCandidates]);
  // Drawn dashed: the status shown rests on weak sources only.
  const unverified = useMemo(() => new Set(splitKey(keys.unverified)), [keys.unverified]);
  return { membership, counts, changes, sentence, marks, relationsOf, sources, directory, nameOf, markers, classes, candidates, ownCandidates, unverified };
}

/** What the map draws from a year's statuses, each as one comma-joined string: equal strings, same drawing. */
function contentKeys(membership: ReturnType<typeof membershipInYear>) {
  const all = [...membership.values()];
  const open = openCandidates(membership);
  return {
    classes: all.map((c) => `${c.iso3}:${mapClassOf(c.status)}`).join(','),
    candidates: open.map((c) => c.iso3).join(','),
    ownCandidates: open
      .filter((c) => c.ownCandidacyArticles > 0)
      .map((c) => c.iso3)
      .join(','),
    unverified: all
      .filter((c) => !c.verified)
      .map((c) => c.iso3)
      .join(','),
  };
}

/** The items of a comma-joined key ("" is none). */
export function splitKey(key: string): string[] {
  return key === '' ? [] : key.split(',');
}
