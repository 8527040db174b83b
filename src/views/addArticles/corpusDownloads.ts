/**
 * "Download corpus": the kept articles as a zip of the Markdown files for data/articles/ (fflate,
 * loaded when first used). "Download data": the data the app shows, with the own articles in it,
 * as a zip of the folder `npm run preprocess` writes — the core and its evidence shards, cut as the
 * pipeline cuts them, and the map file — read through the same data source the app reads.
 */
import { DEFAULT_SHARD_BYTES, shardTexts } from '../../../scripts/preprocess/split';
import { downloadBlob } from '../../components/download';
import type { ArticleEvidence } from '../../model/coreSchema';
import { CORE_FILE, MAP_FILE } from '../../model/dataFiles';
import { mapFileOf } from '../../model/mapFile';
import { checkCore, checkShard, type Checked } from '../../model/parse';
import type { DataSource } from '../../state/dataSource';
import type { StoredArticle } from '../../state/ownArticlesStore';

export const CORPUS_ZIP_NAME = 'sco-atlas-articles.zip';
export const DATA_ZIP_NAME = 'sco-atlas-data.zip';

/** A fixed time: the same files give the same zip. */
const MTIME = new Date('2000-01-01T00:00:00Z');

async function zipOf(files: ReadonlyMap<string, string>): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import('fflate');
  return zipSync(Object.fromEntries([...files].map(([name, text]) => [name, [strToU8(text), { mtime: MTIME }]])), { level: 6 });
}

const zipBlob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });

/** The zip's bytes: one `<id>.md` per article at the top level, as data/articles/ holds them. */
export function corpusZip(articles: readonly StoredArticle[]): Promise<Uint8Array> {
  return zipOf(new Map(articles.map((a) => [a.fileName, a.markdown])));
}

export async function downloadCorpus(articles: readonly StoredArticle[]): Promise<void> {
  downloadBlob(zipBlob(await corpusZip(articles)), CORPUS_ZIP_NAME);
}

/** The data folder's files (name → text), as the pipeline writes them, or the first problem reading the data. */
export async function dataFolderFiles(source: DataSource): Promise<Checked<Map<string, string>>> {
  const read = await source.core();
  if (!read.ok) return read;
  const core = checkCore(read.data);
  if (!core.ok) return core;
  const evidence: ArticleEvidence[] = [];
  let first = 0;
  for (const ref of core.data.evidence) {
    const ids = core.data.articles.slice(first, first + ref.articles).map((a) => a.id);
    first += ref.articles;
    const shardJson = await source.shard(ref.file);
    const shard = shardJson.ok ? checkShard(shardJson.data, ref.file, ids) : shardJson;
    if (!shard.ok) return shard;
    evidence.push(...shard.data.articles);
  }
  const files = new Map<string, string>();
  const refs = [];
  for (const { text, ...ref } of shardTexts(
    evidence.map((entry) => ({ id: entry.id, text: JSON.stringify(entry) })),
    DEFAULT_SHARD_BYTES,
  )) {
    files.set(ref.file, `${text}\n`);
    refs.push(ref);
  }
  files.set(CORE_FILE, `${JSON.stringify({ ...core.data, evidence: refs })}\n`);
  files.set(MAP_FILE, `${JSON.stringify(mapFileOf(core.data))}\n`);
  return { ok: true, data: files };
}

/** Resolves with the problem's words when the data could not be read whole. */
export async function downloadData(source: DataSource): Promise<void> {
  const files = await dataFolderFiles(source);
  if (!files.ok) throw new Error([files.problem.title, ...files.problem.details].join(' '));
  downloadBlob(zipBlob(await zipOf(files.data)), DATA_ZIP_NAME);
}
