/**
 * The data set the app shows. main.tsx opens the pipeline's files before the first render; a data
 * set built in the browser from the user's own articles replaces them with
 * `openDataset(memorySource(…))`, and the views render it through the same checks, index and
 * evidence store.
 */
import { create } from 'zustand';
import type { DataSource } from './dataSource';
import { loadAtlas, type LoadResult } from './loadData';

interface DatasetState {
  /** What the source is called in messages; '' before one is opened. */
  label: string;
  /** The load in progress or done (never rejects: a failure is a LoadResult with its problem); null before one is opened. */
  load: Promise<LoadResult> | null;
}

export const useDataset = create<DatasetState>(() => ({ label: '', load: null }));

/** Starts loading `source` and makes it the data set the app shows. */
export function openDataset(source: DataSource): Promise<LoadResult> {
  const load = loadAtlas(source);
  useDataset.setState({ label: source.label, load });
  return load;
}
