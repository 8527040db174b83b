import type { z } from 'zod';
import { SCHEMA_VERSION, ScoData } from './schema';
import { findBrokenReferences } from './integrity';

export interface DataProblem {
  /** One line a person can act on. */
  title: string;
  /** The specifics: which field, which value. */
  details: string[];
}

export type ParseResult = { ok: true; data: ScoData } | { ok: false; problem: DataProblem };

const MAX_DETAILS = 8;

function describeIssues(issues: z.core.$ZodIssue[]): string[] {
  const lines = issues.slice(0, MAX_DETAILS).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
  if (issues.length > MAX_DETAILS) lines.push(`… and ${issues.length - MAX_DETAILS} more`);
  return lines;
}

/** Parses and validates the text of sco.json; every failure comes back as a readable problem. */
export function parseScoData(text: string): ParseResult {
  if (text.trim() === '') {
    return { ok: false, problem: { title: 'The data file is empty.', details: [] } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { title: 'The data file is not valid JSON (truncated or corrupt?).', details: [reason] } };
  }
  const version = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).schemaVersion : undefined;
  if (version !== SCHEMA_VERSION) {
    return {
      ok: false,
      problem: {
        title: `The data file has schema version ${JSON.stringify(version ?? null)}; this app reads version ${SCHEMA_VERSION}.`,
        details: ['It was written by an older or newer pipeline.'],
      },
    };
  }
  const parsed = ScoData.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problem: { title: 'The data file does not match the expected shape.', details: describeIssues(parsed.error.issues) } };
  }
  const broken = findBrokenReferences(parsed.data);
  if (broken.length > 0) {
    return {
      ok: false,
      problem: { title: 'The data file refers to things it does not contain.', details: broken.slice(0, MAX_DETAILS) },
    };
  }
  return { ok: true, data: parsed.data };
}
