import { useMemo } from 'react';
import type { DataClock } from '../../model/dataClock';
import { hasOpenCandidacy, membershipInYear } from '../../model/membershipInYear';
import type { ScoData } from '../../model/schema';
import { statusChanges } from '../../model/statusChanges';
import { FIRST_YEAR } from '../../model/years';
import { countryDirectory } from './countryDirectory';
import { countryRelations } from './countryRelations';
import { legendCounts, summarySentence } from './legendCounts';
import { membershipChanges, yearMarks } from './mapYears';
import { smallStateMarkers } from './smallStates';
import { mapClassOf, type MapClass } from './statusScale';
import type { WorldShape } from './worldShapes';

/** Everything the map derives from the data for a year: statuses, counts, slider marks, names, markers. */
export function useMapModel(data: ScoData, shapes: readonly WorldShape[], year: number, clock: DataClock) {
  const { asOf, lastYear } = clock;
  const membership = useMemo(() => membershipInYear(data, year, asOf), [data, year, asOf]);
  const counts = useMemo(() => legendCounts(membership), [membership]);
  const changes = useMemo(() => statusChanges(data, year, asOf), [data, year, asOf]);
  const sentence = summarySentence(year, counts);
  const marks = useMemo(
    () =>
      yearMarks(
        membershipChanges(data, FIRST_YEAR, lastYear, asOf),
        data.articles.map((a) => a.year),
        FIRST_YEAR,
        lastYear,
      ),
    [data, lastYear, asOf],
  );
  const relations = useMemo(() => countryRelations(data), [data]);
  const sources = useMemo(() => new Map(data.sources.map((s) => [s.id, s])), [data.sources]);
  const directory = useMemo(() => countryDirectory(data.countries, shapes), [data.countries, shapes]);
  const nameOf = useMemo(() => new Map(directory.map((e) => [e.iso3, e.name])), [directory]);
  const markers = useMemo(() => smallStateMarkers(data.countries.map((c) => c.iso3), shapes), [data.countries, shapes]);
  const classes = useMemo(() => {
    const map = new Map<string, MapClass>();
    for (const [iso3, c] of membership) map.set(iso3, mapClassOf(c.status));
    return map;
  }, [membership]);
  const candidates = useMemo(() => new Set([...membership.values()].filter(hasOpenCandidacy).map((c) => c.iso3)), [membership]);
  return { membership, counts, changes, sentence, marks, relations, sources, directory, nameOf, markers, classes, candidates };
}
