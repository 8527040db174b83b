/**
 * The map file (src/model/mapFile.ts) of a core as the CLI writes it: its tables may be
 * StreamedLists (rows made as they are written), which `mapFileOf` reads like any rows.
 */
import { z } from 'zod';
import { MapFile, mapFileOf, type MapFileInput } from '../../src/model/mapFile';
import { checkMapFile } from '../../src/model/parse';
import { OutputInvalidError } from './validate';
import { StreamedList } from './streamedJson';

/** Checked as the app checks it when it loads the file: what we write must pass. */
export function mapFileOfCore(core: Record<string, unknown>): MapFile {
  const candidates = core.candidates instanceof StreamedList ? core.candidates.elements() : core.candidates;
  const checked = checkMapFile(mapFileOf({ ...core, candidates } as MapFileInput));
  if (!checked.ok) throw new OutputInvalidError([checked.problem.title, ...checked.problem.details]);
  return checked.data;
}

/** The map file's contract as JSON Schema, written beside it. */
export function mapJsonSchema(): unknown {
  return z.toJSONSchema(MapFile, { target: 'draft-2020-12', unrepresentable: 'any' });
}
