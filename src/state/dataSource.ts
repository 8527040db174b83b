/**
 * Where the app's data comes from: files the pipeline wrote, fetched beside the page, or a data set
 * held in memory (built in the browser from the user's own articles). Both give the same two
 * things — the core, and an evidence shard by the name the core gives it — as parsed JSON or a
 * readable problem, and everything after (checks, decoding, the views) is the same for both.
 */
import { CORE_URL, MAP_FILE } from '../model/dataFiles';
import { shardOfPart, type EvidencePart } from '../model/evidenceParts';
import { parseJsonText, type Checked, type DataProblem } from '../model/parse';

export interface DataSource {
  /** What messages call the data: its address, or "your articles". */
  readonly label: string;
  /** The core, parsed but not yet checked. */
  core(): Promise<Checked<unknown>>;
  /** An evidence shard, by its `file` in the core, parsed but not yet checked. */
  shard(file: string): Promise<Checked<unknown>>;
  /** The map file (mapFile.ts), parsed but not yet checked: files have it, a data set in memory does not need it. */
  mapFile?(): Promise<Checked<unknown>>;
}

const failed = (title: string, details: string[] = []): { ok: false; problem: DataProblem } => ({ ok: false, problem: { title, details } });

async function fetchJson(url: string, what: string, fetchImpl: typeof fetch): Promise<Checked<unknown>> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-cache' });
  } catch (error) {
    return failed(`Could not fetch ${url}.`, [error instanceof Error ? error.message : String(error)]);
  }
  if (!response.ok) return failed(response.status === 404 ? `${what} ${url} is missing.` : `${what} ${url} could not be read (HTTP ${response.status}).`);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return failed(`${what} ${url} stopped arriving.`, [error instanceof Error ? error.message : String(error)]);
  }
  return parseJsonText(text, `${what} ${url}`);
}

/**
 * The pipeline's files, fetched: the core from `coreUrl`, each shard and the map file relative to
 * it. The page's `<link rel="preload">` of the core and the map file and these fetches share one
 * download each (same URL, same mode).
 */
export function fetchSource(coreUrl: string = CORE_URL, fetchImpl: typeof fetch = (input, init) => fetch(input, init)): DataSource {
  const folder = coreUrl.slice(0, coreUrl.lastIndexOf('/') + 1);
  return {
    label: coreUrl,
    core: () => fetchJson(coreUrl, 'The data file', fetchImpl),
    shard: (file) => fetchJson(folder + file, 'The evidence file', fetchImpl),
    mapFile: () => fetchJson(folder + MAP_FILE, 'The map file', fetchImpl),
  };
}

/** A core and its shards held in memory, as `splitScoData` gives them (objects or JSON text). */
export interface InMemoryDataset {
  core: unknown;
  shards: ReadonlyMap<string, unknown>;
}

/** A data set in memory: the same checks as files get, without the network. */
export function memorySource(dataset: InMemoryDataset, label = 'the data in memory'): DataSource {
  const read = (value: unknown, what: string): Checked<unknown> => (typeof value === 'string' ? parseJsonText(value, what) : { ok: true, data: value });
  return {
    label,
    core: () => Promise.resolve(read(dataset.core, 'The data')),
    shard: (file) => {
      const shard = dataset.shards.get(file);
      return Promise.resolve(shard === undefined ? failed(`The evidence ${file} is not in ${label}.`) : read(shard, `The evidence ${file}`));
    },
  };
}

/**
 * The shipped data with the person's own articles (built in the pipeline worker): the core from
 * memory; each shard the core names is an own shard, from memory, or a run of a shipped shard,
 * read from `shipped` (the pipeline's files) and cut to its run. The evidence store checks it as
 * it checks any shard.
 */
export function withOwnSource(core: unknown, parts: readonly EvidencePart[], shipped: DataSource): DataSource {
  const byFile = new Map(parts.map((part) => [part.file, part]));
  return {
    label: 'your articles with the shipped data',
    core: () => Promise.resolve({ ok: true, data: core }),
    shard: async (file) => {
      const part = byFile.get(file);
      if (part === undefined) return failed(`The evidence ${file} is not in the data built with your articles.`);
      if ('own' in part) return { ok: true, data: shardOfPart(part) };
      const read = await shipped.shard(part.shipped.file);
      return read.ok ? { ok: true, data: shardOfPart(part, read.data) } : read;
    },
  };
}
