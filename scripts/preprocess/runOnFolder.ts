/**
 * The CLI's pipeline: a folder of articles → the app's data folder, the per-article stages on
 * worker threads. Memory holds findings, not texts: each article's evidence goes to a spool file
 * as its findings arrive, and the shards are cut from the spool in publication order, one at a
 * time; only the facts (the core's material) stay in memory. The output is byte for byte the same
 * for any number of jobs, and the same as assembleAtlas on the same articles.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreBuilder } from './coreBuilder';
import { prepare } from './pipeline';
import { listArticles, type SkippedFile } from './readCorpus';
import { loadReferenceData } from './reference/load';
import { checkDuplicates } from './sameArticle';
import { DEFAULT_SHARD_BYTES, shardTexts, type EvidenceText } from './split';
import { checkedCoreFields } from './validate';
import { analyseFiles } from './workers/analysePool';
import { openDataFolder, type WrittenData } from './writeData';

export interface FolderRunOptions {
  articlesDir: string;
  referenceDir: string;
  outDir: string;
  /** Threads for the per-article stages, this one and jobs - 1 worker threads; 1 runs them all in this thread. */
  jobs: number;
  generatedAt: string;
  shardBytes?: number;
  onProgress?: (done: number, total: number) => void;
  onSkip?: (skipped: SkippedFile) => void;
  /** The worker threads' entry; tests start one that dies. */
  workerEntry?: URL;
  /** This thread analyses files only once the workers are up (tests: so that the workers certainly get some). */
  waitForWorkers?: boolean;
}

export interface FolderRunResult extends WrittenData {
  articles: number;
  experts: number;
  countries: number;
  candidates: number;
  themes: number;
  shards: number;
}

/** Spool writes gathered to about this many bytes: one write per article cost a system call each. */
const SPOOL_BATCH = 1 << 20;

/** Evidence texts appended to a file as they come, read back by article in any order. */
function openSpool() {
  const dir = mkdtempSync(join(tmpdir(), 'sco-evidence-'));
  const fd = openSync(join(dir, 'evidence.spool'), 'w+');
  const places: Array<{ at: number; bytes: number }> = [];
  /** Texts added since the last write, and where in the file they start. */
  let pending: Buffer[] = [];
  let pendingAt = 0;
  let end = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const bytes = Buffer.concat(pending);
    writeSync(fd, bytes, 0, bytes.length, pendingAt);
    pending = [];
    pendingAt = end;
  };
  return {
    /** The evidence entry's JSON as UTF-8; kept as it is until the next write, so it must not change. */
    add(index: number, bytes: Buffer) {
      pending.push(bytes);
      places[index] = { at: end, bytes: bytes.length };
      end += bytes.length;
      if (end - pendingAt >= SPOOL_BATCH) flush();
    },
    read(index: number): string {
      flush();
      const place = places[index];
      if (place === undefined) throw new Error(`the spool has no evidence for file ${index}`);
      const buffer = Buffer.allocUnsafe(place.bytes);
      readSync(fd, buffer, 0, place.bytes, place.at);
      return buffer.toString('utf8');
    },
    close() {
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function runOnFolder(options: FolderRunOptions): Promise<FolderRunResult> {
  const prepared = prepare(loadReferenceData(options.referenceDir), options.referenceDir);
  const { files, skipped } = listArticles(options.articlesDir);
  for (const skip of skipped) options.onSkip?.(skip);
  const builder = new CoreBuilder(prepared.reference, prepared.context.gazetteer);
  const spool = openSpool();
  try {
    let done = 0;
    await analyseFiles(files, {
      jobs: options.jobs,
      referenceDir: options.referenceDir,
      prepared,
      ...(options.workerEntry === undefined ? {} : { workerEntry: options.workerEntry }),
      ...(options.waitForWorkers === undefined ? {} : { waitForWorkers: options.waitForWorkers }),
      onFindings: (index, found) => {
        // Into the core's tables at once: the facts are not kept.
        builder.add(index, found.facts);
        spool.add(index, found.evidence);
        options.onProgress?.((done += 1), files.length);
      },
    });
    const metas = builder.articleMetas;
    checkDuplicates(metas);
    const built = builder.finish(options.generatedAt);
    const { head, articleIds } = built;
    const fileIndex = new Map(metas.map((meta, i) => [meta.id, i]));
    // Nothing is written before here: every file has been read and the data assembled.
    const writer = openDataFolder(options.outDir);
    const entries = function* (): Generator<EvidenceText> {
      for (const id of articleIds) yield { id, text: spool.read(fileIndex.get(id) ?? -1) };
    };
    const refs = [];
    for (const { text, ...ref } of shardTexts(entries(), options.shardBytes ?? DEFAULT_SHARD_BYTES)) {
      writer.writeShard(ref.file, text);
      refs.push(ref);
    }
    const written = writer.finish(checkedCoreFields(built, refs));
    let candidates = 0;
    for (const _ of built.tables.candidates()) candidates += 1;
    return {
      ...written,
      articles: head.articles.length,
      experts: head.experts.length,
      countries: head.countries.length,
      candidates,
      themes: head.themes.length,
      shards: refs.length,
    };
  } finally {
    spool.close();
  }
}
