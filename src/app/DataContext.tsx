import { createContext, useContext } from 'react';
import type { ScoData } from '../model/schema';

export const DataContext = createContext<ScoData | null>(null);

/** The validated data set; views render only inside the provider, once loading has succeeded. */
export function useData(): ScoData {
  const data = useContext(DataContext);
  if (data === null) throw new Error('useData() used outside <DataContext.Provider>');
  return data;
}
