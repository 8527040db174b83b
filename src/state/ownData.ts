/**
 * Which data set the app shows: the shipped one (main.tsx opens it), or the one built in the
 * browser with the person's own articles added ("Add articles"), read through the same loader,
 * checks and evidence store (dataset.ts, dataSource.ts). The one place that swaps the two.
 */
import type { ScoCore } from '../model/core';
import type { EvidencePart } from '../model/evidenceParts';
import { useDataset, type DatasetState } from './dataset';
import { fetchSource, withOwnSource, type DataSource } from './dataSource';
import { loadAtlas, type LoadResult } from './loadData';

/** The shipped data set, kept from before the first own one was shown. */
let shipped: Pick<DatasetState, 'label' | 'load' | 'mapFirst'> | null = null;
/** The pipeline's files, for the shipped runs of an own data set's evidence. */
let shippedFiles: DataSource | null = null;
/** Where the data set shown comes from, when it is one with own articles. */
let ownShown: DataSource | null = null;

function rememberShipped() {
  if (shipped !== null) return;
  const { label, load, mapFirst } = useDataset.getState();
  if (load !== null) shipped = { label, load, mapFirst };
}

/** The shipped data as the page loaded it (own articles are built on it); null when it did not load. */
export async function shippedCore(): Promise<ScoCore | null> {
  rememberShipped();
  const result = await (shipped?.load ?? Promise.resolve(null));
  return result?.ok === true ? result.data : null;
}

export interface OwnLoad {
  result: LoadResult;
  /** Makes it the data set shown (a loaded one only). */
  show: () => void;
}

/** Loads the core built with own articles, its evidence in `parts`, without showing it yet. */
export async function loadWithOwn(core: unknown, parts: readonly EvidencePart[]): Promise<OwnLoad> {
  rememberShipped();
  shippedFiles ??= fetchSource();
  const source = withOwnSource(core, parts, shippedFiles);
  const load = loadAtlas(source);
  const result = await load;
  return {
    result,
    show: () => {
      if (!result.ok) return;
      ownShown = source;
      // Built from the core: no map file of its own, and the shipped one describes another core.
      useDataset.setState({ label: source.label, load, mapFirst: null });
    },
  };
}

/** The shipped data again. */
export function showShipped(): void {
  ownShown = null;
  if (shipped !== null) useDataset.setState(shipped);
}

/** Where the data set shown comes from: its core and shards, as "Download data" reads them. */
export function shownSource(): DataSource {
  return ownShown ?? (shippedFiles ??= fetchSource());
}

/** The articles of the data that a person added themselves. */
export const ownArticleCount = (data: Pick<ScoCore, 'articles'>) => data.articles.reduce((n, a) => n + (a.own === true ? 1 : 0), 0);
