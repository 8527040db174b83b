/**
 * The data set the app shows. main.tsx opens the pipeline's files before the first render; a data
 * set built in the browser from the user's own articles replaces them with
 * `openDataset(memorySource(…))`, and the views render it through the same checks, index and
 * evidence store. Files come with a map file, which the map draws from until the core is in.
 */
import { create } from 'zustand';
import type { MapFile } from '../model/mapFile';
import type { Checked } from '../model/parse';
import type { DataSource } from './dataSource';
import { loadAtlas, loadMapFile, type LoadResult } from './loadData';

export interface DatasetState {
  /** What the source is called in messages; '' before one is opened. */
  label: string;
  /** The load in progress or done (never rejects: a failure is a LoadResult with its problem); null before one is opened. */
  load: Promise<LoadResult> | null;
  /** The map file, loading beside the core (the map draws from it until the core is in); null when the source has none. */
  mapFirst: Promise<Checked<MapFile> | null> | null;
}

export const useDataset = create<DatasetState>(() => ({ label: '', load: null, mapFirst: null }));

/** Starts loading `source` (its map file and its core, side by side) and makes it the data set the app shows. */
export function openDataset(source: DataSource): Promise<LoadResult> {
  const mapFirst = loadMapFile(source);
  const load = loadAtlas(source);
  useDataset.setState({ label: source.label, load, mapFirst });
  return load;
}
