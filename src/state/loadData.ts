/**
 * Loading a data set: its core read from a source (files or memory), checked, decoded into the
 * objects the views use, with the evidence store that reads its shards later. Every failure is a
 * readable problem, never an exception.
 */
import { decodeCore, type ScoCore } from '../model/core';
import type { MapFile } from '../model/mapFile';
import { checkCore, checkMapFile, type Checked, type DataProblem } from '../model/parse';
import { createEvidenceStore, type EvidenceStore } from './evidence';
import type { DataSource } from './dataSource';

export type LoadResult = { ok: true; data: ScoCore; evidence: EvidenceStore } | { ok: false; problem: DataProblem };

export async function loadAtlas(source: DataSource): Promise<LoadResult> {
  const read = await source.core();
  if (!read.ok) return read;
  const checked = checkCore(read.data);
  if (!checked.ok) return checked;
  const data = decodeCore(checked.data);
  return { ok: true, data, evidence: createEvidenceStore(source, data) };
}

/** The source's map file, checked; null for a source without one (a data set in memory). */
export async function loadMapFile(source: DataSource): Promise<Checked<MapFile> | null> {
  if (source.mapFile === undefined) return null;
  const read = await source.mapFile();
  return read.ok ? checkMapFile(read.data) : read;
}
