/**
 * Reference data from already-read JSON values → checked ReferenceData. Pure: load.ts reads the
 * files from disk in Node; the browser worker gets the same JSON bundled and checks it here, with
 * the same schemas and the same messages.
 */
import type { z } from 'zod';
import { InputError } from '../inputError';
import { AttributionFile, GazetteerFile, MembershipFile, OfficialsFile, SummitsFile, ThemesFile } from './schemas';

export interface ReferenceData {
  membership: MembershipFile;
  themes: ThemesFile;
  gazetteer: GazetteerFile;
  summits: SummitsFile;
  /** The word lists of the attribution rules. */
  attribution: AttributionFile;
  /** Well-known officials: who a name or a lone surname is, and their country. */
  officials: OfficialsFile;
}

/** The reference files by name (without .json); summits and officials may be missing. */
export type ReferenceJson = Record<Exclude<keyof ReferenceData, 'summits' | 'officials'>, unknown> & { summits?: unknown; officials?: unknown };

const NO_SUMMITS: SummitsFile = { sources: [], summits: [] };
const NO_OFFICIALS: OfficialsFile = { officials: [], examples: [] };

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
    // A reference folder of one's own may have no list of officials: then nobody is known by name.
    officials: json.officials === undefined ? NO_OFFICIALS : parseReference(referenceFile(dir, 'officials'), json.officials, OfficialsFile),
  };
}
