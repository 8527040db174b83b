/** Reference data from disk (Node only): each file read and parsed, then checked by parse.ts. */
import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { InputError } from '../inputError';
import { parseReference, parseReferenceData, referenceFile, type ReferenceData, type ReferenceJson } from './parse';

export { parseReference, type ReferenceData };

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(file, `cannot read reference file (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads and validates one JSON file; every problem names the file and the field. */
export function readReferenceFile<T>(file: string, schema: z.ZodType<T>): T {
  return parseReference(file, readJson(file), schema);
}

export function loadReferenceData(dir: string): ReferenceData {
  const summits = referenceFile(dir, 'summits');
  const officials = referenceFile(dir, 'officials');
  const json: ReferenceJson = {
    membership: readJson(referenceFile(dir, 'membership')),
    themes: readJson(referenceFile(dir, 'themes')),
    gazetteer: readJson(referenceFile(dir, 'gazetteer')),
    attribution: readJson(referenceFile(dir, 'attribution')),
    ...(existsSync(summits) ? { summits: readJson(summits) } : {}),
    ...(existsSync(officials) ? { officials: readJson(officials) } : {}),
  };
  return parseReferenceData(json, dir);
}
