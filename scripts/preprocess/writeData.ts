/**
 * The data folder the app reads (public/data by default): evidence shards first, then the core,
 * each written atomically. Shard names carry a hash of their words, so a page that loaded the old
 * core still finds the old shards while the new ones are written; shards the new core does not
 * name are removed last.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_FILE, CORE_SCHEMA_FILE, EVIDENCE_FOLDER, EVIDENCE_SCHEMA_FILE, MAP_FILE, MAP_SCHEMA_FILE } from '../../src/model/dataFiles';
import type { CoreFile } from '../../src/model/coreSchema';
import { mapFileOfCore, mapJsonSchema } from './mapFileOutput';
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

export interface DataFolderWriter {
  /** A shard as text (JSON.stringify of the shard); skipped when the folder has it already. */
  writeShard: (file: string, text: string) => void;
  /** The core, last: it names the shards written before it (its tables may be StreamedLists). Then the old shards go. */
  finish: (core: CoreFile | Record<string, unknown>) => WrittenData;
}

/** Writes a data folder shard by shard: the CLI streams them from its spool, one in memory at a time. */
export function openDataFolder(outDir: string): DataFolderWriter {
  const evidenceDir = join(outDir, EVIDENCE_FOLDER);
  mkdirSync(evidenceDir, { recursive: true });
  const existing = new Set(readdirSync(evidenceDir));
  const wanted = new Set<string>();
  let written = 0;
  return {
    writeShard(file, text) {
      const name = file.slice(EVIDENCE_FOLDER.length + 1);
      wanted.add(name);
      // Same name, same words: a shard from an earlier run of the same corpus is already right.
      if (existing.has(name)) return;
      writeFileAtomically(join(outDir, file), `${text}\n`);
      written++;
    },
    finish(core) {
      const coreFile = join(outDir, CORE_FILE);
      writeJsonAtomically(coreFile, core);
      // What the map draws before the core is in; it names the core it was made from.
      writeJsonAtomically(join(outDir, MAP_FILE), mapFileOfCore(core));
      writeFileAtomically(join(outDir, MAP_SCHEMA_FILE), `${JSON.stringify(mapJsonSchema(), null, 2)}\n`);
      writeFileAtomically(join(outDir, CORE_SCHEMA_FILE), `${JSON.stringify(coreJsonSchema(), null, 2)}\n`);
      writeFileAtomically(join(outDir, EVIDENCE_SCHEMA_FILE), `${JSON.stringify(evidenceJsonSchema(), null, 2)}\n`);
      let removed = 0;
      for (const name of existing) {
        if (SHARD_NAME.test(name) && !wanted.has(name)) {
          rmSync(join(evidenceDir, name), { force: true });
          removed++;
        }
      }
      for (const name of OLD_FILES) if (existsSync(join(outDir, name))) rmSync(join(outDir, name), { force: true });
      return { coreFile, shardsWritten: written, shardsKept: wanted.size - written, shardsRemoved: removed };
    },
  };
}

/** A split held in memory, written as the CLI writes it. */
export function writeAtlasData(outDir: string, { core, shards }: SplitData): WrittenData {
  const writer = openDataFolder(outDir);
  for (const { file, shard } of shards) writer.writeShard(file, JSON.stringify(shard));
  return writer.finish(core);
}
