/**
 * The countries a story step is about: the stage lists them under the caption, and the store
 * carries their codes to the map, which frames, outlines and names them (a view never imports another).
 */
import { useEffect } from 'react';
import { joinWithAnd } from '../../model/englishList';
import type { StatusKind } from '../../model/schema';
import { statusPlural } from '../../model/statusLabels';
import { useAtlasStore } from '../../state/store';
import type { SpotlightCountry } from './captionFacts';

export const NO_SPOTLIGHT: readonly SpotlightCountry[] = [];

/** Puts the step's countries (and the year they are about) in the store while the step is shown; takes them away after. */
export function useSpotlight(countries: readonly SpotlightCountry[], year: number): void {
  const key = countries.map((c) => c.iso3).join(',');
  useEffect(() => {
    const { setSpotlight } = useAtlasStore.getState();
    setSpotlight(key === '' ? null : { year, countries: key.split(',') });
    return () => setSpotlight(null);
  }, [key, year]);
}

/** "New members: India and Pakistan", one line a status, in the map's outline colour. */
export function SpotlightList({ countries }: { countries: readonly SpotlightCountry[] }) {
  if (countries.length === 0) return null;
  const byStatus = new Map<StatusKind, string[]>();
  for (const c of countries) byStatus.set(c.status, [...(byStatus.get(c.status) ?? []), c.name]);
  return (
    <ul className="present-stage__spotlight" aria-label="Marked on the map">
      {[...byStatus].map(([status, names]) => (
        <li key={status}>
          <span className="present-stage__spotlight-swatch" aria-hidden="true" />
          New {statusPlural(status, names.length)}: <strong>{joinWithAnd(names)}</strong>
        </li>
      ))}
    </ul>
  );
}
