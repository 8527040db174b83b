import { createContext, useContext, useMemo } from 'react';
import { dataClock, type DataClock } from '../model/dataClock';
import type { DataIndex } from '../model/dataIndex';
import type { ScoData } from '../model/schema';

export interface LoadedData {
  data: ScoData;
  index: DataIndex;
}

export const DataContext = createContext<LoadedData | null>(null);

function useLoaded(): LoadedData {
  const loaded = useContext(DataContext);
  if (loaded === null) throw new Error('useData() used outside <DataContext.Provider>');
  return loaded;
}

/** The validated data set; views render only inside the provider, once loading has succeeded. */
export function useData(): ScoData {
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
