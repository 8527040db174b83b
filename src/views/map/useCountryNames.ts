import { useEffect, useState } from 'react';

let loading: Promise<Map<string, readonly string[]>> | null = null;

/**
 * Every English name of each country (i18n-iso-countries), for the country finder. They come with
 * the search's chunk, after the map is up: the finder matches the map's names until then.
 */
export function useCountryNames(): ReadonlyMap<string, readonly string[]> {
  const [names, setNames] = useState<ReadonlyMap<string, readonly string[]>>(EMPTY);
  useEffect(() => {
    let live = true;
    loading ??= import('../../model/countryNames').then((m) => m.englishNamesByIso3());
    void loading.then((loaded) => {
      if (live) setNames(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return names;
}

const EMPTY: ReadonlyMap<string, readonly string[]> = new Map();
