import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../inputError';
import { AttributionFile, GazetteerFile, MembershipFile, SummitsFile, ThemesFile } from './schemas';

export interface ReferenceData {
  membership: MembershipFile;
  themes: ThemesFile;
  gazetteer: GazetteerFile;
  summits: SummitsFile;
  /** The word lists of the attribution rules. */
  attribution: AttributionFile;
}

const NO_SUMMITS: SummitsFile = { sources: [], summits: [] };

/** Reads and validates one JSON file; every problem names the file and the field. */
export function readReferenceFile<T>(file: string, schema: z.ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(file, `cannot read reference file (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `not valid JSON: ${(error as Error).message}`);
  }
  return parseReference(file, json, schema);
}

export function parseReference<T>(file: string, json: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`);
    throw new InputError(file, `does not match its schema:\n  ${details.join('\n  ')}`);
  }
  return parsed.data;
}

export function loadReferenceData(dir: string): ReferenceData {
  const summitsFile = join(dir, 'summits.json');
  return {
    membership: readReferenceFile(join(dir, 'membership.json'), MembershipFile),
    themes: readReferenceFile(join(dir, 'themes.json'), ThemesFile),
    gazetteer: readReferenceFile(join(dir, 'gazetteer.json'), GazetteerFile),
    // The timeline work writes summits.json; until it exists there are simply no summits.
    summits: existsSync(summitsFile) ? readReferenceFile(summitsFile, SummitsFile) : NO_SUMMITS,
    attribution: readReferenceFile(join(dir, 'attribution.json'), AttributionFile),
  };
}
