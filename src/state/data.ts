import { createContext, useContext } from 'react';
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
