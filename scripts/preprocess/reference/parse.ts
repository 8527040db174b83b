/**
 * Reference data from already-read JSON values → checked ReferenceData. Pure: load.ts reads the
 * files from disk in Node; the browser worker gets the same JSON bundled and checks it here, with
 * the same schemas and the same messages.
 */
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

/** The reference files by name (without .json); summits may be missing. */
export type ReferenceJson = Record<Exclude<keyof ReferenceData, 'summits'>, unknown> & { summits?: unknown };

const NO_SUMMITS: SummitsFile = { sources: [], summits: [] };

/** `dir/name.json`, by string alone: no node:path here. */
export const referenceFile = (dir: string, name: keyof ReferenceData) => `${dir.replace(/[/\\]+$/, '')}/${name}.json`;

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

export function parseReferenceData(json: ReferenceJson, dir = 'data/reference'): ReferenceData {
  return {
    membership: parseReference(referenceFile(dir, 'membership'), json.membership, MembershipFile),
    themes: parseReference(referenceFile(dir, 'themes'), json.themes, ThemesFile),
    gazetteer: parseReference(referenceFile(dir, 'gazetteer'), json.gazetteer, GazetteerFile),
    // The timeline work writes summits.json; until it exists there are simply no summits.
    summits: json.summits === undefined ? NO_SUMMITS : parseReference(referenceFile(dir, 'summits'), json.summits, SummitsFile),
    attribution: parseReference(referenceFile(dir, 'attribution'), json.attribution, AttributionFile),
  };
}
