/**
 * The data folder the app reads (public/data by default): evidence shards first, then the core,
 * each written atomically. Shard names carry a hash of their words, so a page that loaded the old
 * core still finds the old shards while the new ones are written; shards the new core does not
 * name are removed last.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_FILE, CORE_SCHEMA_FILE, EVIDENCE_FOLDER, EVIDENCE_SCHEMA_FILE } from '../../src/model/dataFiles';
import type { SplitData } from './split';
import { coreJsonSchema, evidenceJsonSchema } from './validate';
import { writeFileAtomically, writeJsonAtomically } from './writeOutput';

/** The names splitScoData gives shards; nothing else in the folder is ever removed. */
const SHARD_NAME = /^\d{5}-[0-9a-f]{8}\.json$/;

/** Files of the single-file format (schema version 2 and before): a build would copy them along for nothing. */
const OLD_FILES = ['sco.json', 'sco.schema.json'];

export interface WrittenData {
  coreFile: string;
  shardsWritten: number;
  shardsKept: number;
  shardsRemoved: number;
}

export function writeAtlasData(outDir: string, { core, shards }: SplitData): WrittenData {
  const evidenceDir = join(outDir, EVIDENCE_FOLDER);
  mkdirSync(evidenceDir, { recursive: true });
  const existing = new Set(readdirSync(evidenceDir));
  let written = 0;
  for (const { file, shard } of shards) {
    // Same name, same words: a shard from an earlier run of the same corpus is already right.
    if (existing.has(file.slice(EVIDENCE_FOLDER.length + 1))) continue;
    writeJsonAtomically(join(outDir, file), shard);
    written++;
  }
  const coreFile = join(outDir, CORE_FILE);
  writeJsonAtomically(coreFile, core);
  writeFileAtomically(join(outDir, CORE_SCHEMA_FILE), `${JSON.stringify(coreJsonSchema(), null, 2)}\n`);
  writeFileAtomically(join(outDir, EVIDENCE_SCHEMA_FILE), `${JSON.stringify(evidenceJsonSchema(), null, 2)}\n`);
  const wanted = new Set(shards.map(({ file }) => file.slice(EVIDENCE_FOLDER.length + 1)));
  let removed = 0;
  for (const name of existing) {
    if (SHARD_NAME.test(name) && !wanted.has(name)) {
      rmSync(join(evidenceDir, name), { force: true });
      removed++;
    }
  }
  for (const name of OLD_FILES) if (existsSync(join(outDir, name))) rmSync(join(outDir, name), { force: true });
  return { coreFile, shardsWritten: written, shardsKept: shards.length - written, shardsRemoved: removed };
}
