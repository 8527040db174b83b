import { useEffect, useState } from 'react';
import type { DataClock } from '../model/dataClock';
import type { ScoData } from '../model/schema';
import type { SearchGroup, SearchIndex, SearchOptions } from '../model/searchIndex';
import { useData, useDataClock } from './data';

/** A built index with its queries: what a search box holds once the search chunk has loaded. */
export interface Searcher {
  index: SearchIndex;
  search: (query: string, options?: SearchOptions) => SearchGroup[];
  /** Ids of the experts a query finds (by name, role, organisation, country or quote). */
  experts: (query: string) => Set<string>;
}

/** One index per data set, shared by every search box that asks for it. */
const built = new WeakMap<ScoData, Promise<Searcher>>();

/**
 * The search for a data set, its index built once. Its code and the country names come as their own
 * chunk, fetched when a search box is first used, so neither weighs on the first load.
 */
export function loadSearcher(data: ScoData, clock: DataClock): Promise<Searcher> {
  let searcher = built.get(data);
  if (searcher === undefined) {
    searcher = Promise.all([import('../model/searchIndex'), import('../model/countryNames')]).then(([search, names]) => {
      const index = search.buildSearchIndex(data, { countryNames: names.englishCountryNames(), lastYear: clock.lastYear, asOf: clock.asOf });
      return { index, search: (query, options) => search.searchAll(index, query, options), experts: (query) => search.matchingExperts(index, query) };
    });
    built.set(data, searcher);
  }
  return searcher;
}

/** The loaded data's searcher once `wanted` (a box focused or typed in), null until it is ready. */
export function useSearcher(wanted: boolean): Searcher | null {
  const data = useData();
  const clock = useDataClock();
  const [ready, setReady] = useState<{ data: ScoData; searcher: Searcher } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadSearcher(data, clock).then((searcher) => {
      if (live) setReady({ data, searcher });
    });
    return () => {
      live = false;
    };
  }, [wanted, data, clock]);
  return ready?.data === data ? ready.searcher : null;
}
