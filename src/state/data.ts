import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ScoCore } from '../model/core';
import { dataClock, type DataClock } from '../model/dataClock';
import type { DataIndex } from '../model/dataIndex';
import { NO_WORDS, type Words } from '../model/evidence';
import type { MapData } from '../model/mapData';
import type { MapFile } from '../model/mapFile';
import type { DataProblem } from '../model/parse';
import type { EvidenceStore } from './evidence';

export interface LoadedData {
  data: ScoCore;
  index: DataIndex;
  /** Where panels and lists get the words (quotes, sentences) of the articles they show. */
  evidence: EvidenceStore;
}

export const DataContext = createContext<LoadedData | null>(null);

function useLoaded(): LoadedData {
  const loaded = useContext(DataContext);
  if (loaded === null) throw new Error('useData() used outside <DataContext.Provider>');
  return loaded;
}

/** The validated core; views render only inside the provider, once loading has succeeded. */
export function useData(): ScoCore {
  return useLoaded().data;
}

/** Lookup maps over the data (article by id, expert by id, …), built once at load. */
export function useDataIndex(): DataIndex {
  return useLoaded().index;
}

/** The data's clock (last year, as-of day) for this page load: the map, captions and exports share it. */
export function useDataClock(): DataClock {
  const referenceAsOf = useLoaded().data.referenceAsOf;
  return useMemo(() => dataClock(referenceAsOf), [referenceAsOf]);
}

/**
 * The map file, which the shell provides while the core is still loading. The map's details and
 * its tooltips' expert counts wait for the core (useDataIndexIfLoaded).
 */
export const MapFileContext = createContext<MapFile | null>(null);

/** What the map draws from: the core once it is in, the map file before. */
export function useMapData(): MapData {
  const core = useContext(DataContext)?.data ?? null;
  const map = useContext(MapFileContext);
  const data = core ?? map;
  if (data === null) throw new Error('useMapData() used outside <DataContext.Provider> and <MapFileContext.Provider>');
  return data;
}

/** useDataClock for the map, which may draw before the core is in. */
export function useMapClock(): DataClock {
  const referenceAsOf = useMapData().referenceAsOf;
  return useMemo(() => dataClock(referenceAsOf), [referenceAsOf]);
}

/** The core's lookups, or null while only the map file is in. */
export function useDataIndexIfLoaded(): DataIndex | null {
  return useContext(DataContext)?.index ?? null;
}

export function useEvidenceStore(): EvidenceStore {
  return useLoaded().evidence;
}

export interface EvidenceState {
  /** 'ready' once every asked-for article's words are in. */
  status: 'loading' | 'ready' | 'error';
  /** The words loaded so far: the last ready set while more load, so a list that grows keeps its text. */
  words: Words;
  problem: DataProblem | null;
  /** Asks again after an error. */
  retry: () => void;
}

/** The words of these articles, with loading and error states; articles already loaded answer at once. */
export function useEvidence(articleIds: readonly string[]): EvidenceState {
  const store = useEvidenceStore();
  const key = useMemo(() => [...new Set(articleIds)].sort().join('\n'), [articleIds]);
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<{ key: string; attempt: number; words: Words | null; problem: DataProblem | null } | null>(null);
  const [lastWords, setLastWords] = useState<Words>(NO_WORDS);
  const ids = useMemo(() => (key === '' ? [] : key.split('\n')), [key]);
  // Cheap (a map lookup per article), so asked on every render: a shard another panel loaded counts.
  const peeked = store.peek(ids);
  const loadedAlready = peeked !== null;

  useEffect(() => {
    if (loadedAlready) return;
    let live = true;
    void store.load(ids).then((result) => {
      if (!live) return;
      setSettled({ key, attempt, words: result.ok ? result.data : null, problem: result.ok ? null : result.problem });
      if (result.ok) setLastWords(result.data);
    });
    return () => {
      live = false;
    };
  }, [store, ids, key, attempt, loadedAlready]);

  const retry = useMemo(() => () => setAttempt((n) => n + 1), []);
  if (peeked !== null) return { status: 'ready', words: peeked, problem: null, retry };
  if (settled !== null && settled.key === key && settled.attempt === attempt) {
    if (settled.words !== null) return { status: 'ready', words: settled.words, problem: null, retry };
    return { status: 'error', words: lastWords, problem: settled.problem, retry };
  }
  return { status: 'loading', words: lastWords, problem: null, retry };
}
