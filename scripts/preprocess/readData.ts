/**
 * A data folder read back from disk and checked the way the app checks it (core, then every shard
 * it names), for the tools that want the whole data again: the fuzzer, the bench, the eval.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreFile, EvidenceShard } from '../../src/model/coreSchema';
import { CORE_FILE } from '../../src/model/dataFiles';
import { checkCore, checkShard, parseJsonText, type Checked } from '../../src/model/parse';
import type { ScoData } from './model';
import { joinScoData, type SplitData } from './split';

export interface DataFiles {
  core: CoreFile;
  shards: Map<string, EvidenceShard>;
}

const problemText = ({ problem }: { problem: { title: string; details: string[] } }) => [problem.title, ...problem.details].join(' ');

/** The core and shards as the app would accept them, or the first problem it would show. */
export function checkDataFiles(readText: (file: string) => string): Checked<DataFiles> {
  const json = parseJsonText(readText(CORE_FILE), 'The data file');
  if (!json.ok) return json;
  const core = checkCore(json.data);
  if (!core.ok) return core;
  const shards = new Map<string, EvidenceShard>();
  let first = 0;
  for (const ref of core.data.evidence) {
    const ids = core.data.articles.slice(first, first + ref.articles).map((a) => a.id);
    first += ref.articles;
    const shardJson = parseJsonText(readText(ref.file), `The evidence file ${ref.file}`);
    if (!shardJson.ok) return shardJson;
    const shard = checkShard(shardJson.data, ref.file, ids);
    if (!shard.ok) return shard;
    shards.set(ref.file, shard.data);
  }
  return { ok: true, data: { core: core.data, shards } };
}

/** A split in memory, checked as if it had been written and read back. */
export function checkSplit(split: SplitData): Checked<DataFiles> {
  const texts = new Map<string, string>([[CORE_FILE, JSON.stringify(split.core)], ...split.shards.map(({ file, shard }): [string, string] => [file, JSON.stringify(shard)])]);
  return checkDataFiles((file) => texts.get(file) ?? '');
}

/** The folder's data joined back into one ScoData; throws with the app's words when a file is wrong. */
export function readAtlasData(dir: string): ScoData {
  const checked = checkDataFiles((file) => readFileSync(join(dir, file), 'utf8'));
  if (!checked.ok) throw new Error(`${dir}: ${problemText(checked)}`);
  return joinScoData(checked.data.core, checked.data.shards);
}

export { problemText };
