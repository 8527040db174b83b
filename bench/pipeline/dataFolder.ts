/** What a data folder the pipeline wrote weighs: the core (raw and gzip, field by field) and its evidence shards. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CORE_FILE, EVIDENCE_FOLDER } from '../../src/model/dataFiles';

const MB = 1e6;

export interface DataFolderSize {
  coreMb: number;
  /** gzip level 6, what a static server sends. */
  coreGzipMb: number;
  evidenceMb: number;
  shards: number;
}

export interface CoreField {
  field: string;
  items: number | null;
  mb: number;
}

export function dataFolderSize(dir: string): DataFolderSize {
  const core = readFileSync(join(dir, CORE_FILE));
  const shards = readdirSync(join(dir, EVIDENCE_FOLDER));
  const evidenceBytes = shards.reduce((sum, name) => sum + statSync(join(dir, EVIDENCE_FOLDER, name)).size, 0);
  return { coreMb: core.length / MB, coreGzipMb: gzipSync(core, { level: 6 }).length / MB, evidenceMb: evidenceBytes / MB, shards: shards.length };
}

/** The core's top-level fields by compact JSON size, largest first (tables of links count their rows). */
export function coreComposition(dir: string): CoreField[] {
  const parsed = JSON.parse(readFileSync(join(dir, CORE_FILE), 'utf8')) as Record<string, unknown>;
  const items = (value: unknown): number | null => {
    if (Array.isArray(value)) return value.length;
    if (typeof value === 'object' && value !== null) return Object.values(value).reduce<number>((sum, v) => sum + (Array.isArray(v) ? v.length : 0), 0);
    return null;
  };
  return Object.entries(parsed)
    .map(([field, value]) => ({ field, items: items(value), mb: Buffer.byteLength(JSON.stringify(value)) / MB }))
    .sort((a, b) => b.mb - a.mb);
}
