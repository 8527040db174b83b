import { useEffect, useState } from 'react';
import type { ScoCore } from '../model/core';
import type { DataClock } from '../model/dataClock';
import type { Words } from '../model/evidence';
import type { SearchIndex } from '../model/searchIndex';
import type { SearchGroup, SearchOptions } from '../model/searchQuery';
import { useData, useDataClock, useEvidenceStore } from './data';
import type { EvidenceStore } from './evidence';

/** A built index with its queries: what a search box holds once the search chunk has loaded. */
export interface Searcher {
  index: SearchIndex;
  search: (query: string, options?: SearchOptions) => SearchGroup[];
  /** Ids of the experts a query finds (by name, role, organisation, country or quote). */
  experts: (query: string) => Set<string>;
  /** Whether the quotes' words are searched yet: they come from every evidence file, after the rest. */
  quotes: 'loading' | 'ready' | 'error';
}

interface Searchers {
  /** Everything but the quotes' words: ready as soon as the search chunk is. */
  first: Promise<Searcher>;
  /** With the quotes' words, once every evidence file has been read. */
  full: Promise<Searcher>;
}

/** One pair per data set, shared by every search box that asks for it. */
const built = new WeakMap<ScoCore, Searchers>();

/**
 * The search for a data set, its index built once. Its code and the country names come as their own
 * chunk, fetched when a search box is first used, so neither weighs on the first load; the quotes'
 * words follow from the evidence files.
 */
export function loadSearchers(data: ScoCore, clock: DataClock, evidence: EvidenceStore): Searchers {
  let searchers = built.get(data);
  if (searchers === undefined) {
    const modules = Promise.all([import('../model/searchIndex'), import('../model/searchQuery'), import('../model/countryNames')]);
    const make = ([build, search, names]: Awaited<typeof modules>, words: Words | undefined, quotes: Searcher['quotes']): Searcher => {
      const index = build.buildSearchIndex(data, { countryNames: names.englishCountryNames(), lastYear: clock.lastYear, asOf: clock.asOf, ...(words === undefined ? {} : { words }) });
      return { index, search: (query, options) => search.searchAll(index, query, options), experts: (query) => search.matchingExperts(index, query), quotes };
    };
    const first = modules.then((m) => make(m, undefined, 'loading'));
    const full = Promise.all([modules, evidence.readAll(), first]).then(([m, words, without]) => (words.ok ? make(m, words.data, 'ready') : { ...without, quotes: 'error' as const }));
    searchers = { first, full };
    built.set(data, searchers);
  }
  return searchers;
}

/** The loaded data's searcher once `wanted` (a box focused or typed in), null until it is ready; it gains the quotes later. */
export function useSearcher(wanted: boolean): Searcher | null {
  const data = useData();
  const clock = useDataClock();
  const evidence = useEvidenceStore();
  const [ready, setReady] = useState<{ data: ScoCore; searcher: Searcher } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const { first, full } = loadSearchers(data, clock, evidence);
    void first.then((searcher) => {
      if (live) setReady((current) => (current?.data === data && current.searcher.quotes !== 'loading' ? current : { data, searcher }));
    });
    void full.then((searcher) => {
      if (live) setReady({ data, searcher });
    });
    return () => {
      live = false;
    };
  }, [wanted, data, clock, evidence]);
  return ready?.data === data ? ready.searcher : null;
}
