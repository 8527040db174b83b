/**
 * The app's checks on what it loads: the core (sco-core.json) and each evidence shard. Every
 * failure comes back as a readable problem, never an exception.
 */
import type { z } from 'zod';
import { CoreFile, EvidenceShard } from './coreSchema';
import { coreReferenceProblems, coreTableProblems, listSizes } from './coreIntegrity';
import { SCHEMA_VERSION } from './schema';

export interface DataProblem {
  /** One line a person can act on. */
  title: string;
  /** The specifics: which field, which value. */
  details: string[];
}

export type Checked<T> = { ok: true; data: T } | { ok: false; problem: DataProblem };

const MAX_DETAILS = 8;

function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines = issues.slice(0, MAX_DETAILS).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
  if (issues.length > MAX_DETAILS) lines.push(`… and ${issues.length - MAX_DETAILS} more`);
  return lines;
}

/** JSON text → value, or the problem a person reads ("truncated or corrupt?"). */
export function parseJsonText(text: string, what: string): Checked<unknown> {
  if (text.trim() === '') return { ok: false, problem: { title: `${what} is empty.`, details: [] } };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { title: `${what} is not valid JSON (truncated or corrupt?).`, details: [reason] } };
  }
}

function versionProblem(json: unknown, what: string): DataProblem | null {
  const version = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).schemaVersion : undefined;
  if (version === SCHEMA_VERSION) return null;
  return {
    title: `${what} has schema version ${JSON.stringify(version ?? null)}; this app reads version ${SCHEMA_VERSION}.`,
    details: ['It was written by an older or newer pipeline: run `npm run preprocess` again.'],
  };
}

const EMPTY_TABLES = { quotes: [], candidates: [], themeWeights: [], links: { 'expert-theme': [], 'expert-country': [], 'expert-expert': [] } };

/**
 * How the core is checked. 'fast' (the app's): zod on everything but the tables, which a plain
 * loop checks against the same column specs; 'zod': one CoreFile.safeParse of the whole, the
 * reference the fast check must agree with (the bench times both).
 */
export type CoreCheck = 'fast' | 'zod';

/** A parsed core file → the checked file, with its cross-references checked too. */
export function checkCore(json: unknown, how: CoreCheck = 'fast'): Checked<CoreFile> {
  const what = 'The data file';
  const wrongVersion = versionProblem(json, what);
  if (wrongVersion !== null) return { ok: false, problem: wrongVersion };
  const record = json as Record<string, unknown>;
  const shape = how === 'zod' ? CoreFile.safeParse(json) : CoreFile.safeParse({ ...record, ...EMPTY_TABLES });
  if (!shape.success) return { ok: false, problem: { title: `${what} does not match the expected shape.`, details: describeIssues(shape.error.issues) } };
  const tables = coreTableProblems(record as Pick<CoreFile, 'quotes' | 'candidates' | 'themeWeights' | 'links'>, listSizes(shape.data));
  if (tables.length > 0) return { ok: false, problem: { title: `${what} does not match the expected shape.`, details: tables.slice(0, MAX_DETAILS) } };
  // The fast check replaced the tables with empty ones for zod; put the checked ones back.
  const core = how === 'zod' ? shape.data : ({ ...shape.data, ...pickTables(record) } as CoreFile);
  const broken = coreReferenceProblems(core);
  if (broken.length > 0) return { ok: false, problem: { title: `${what} refers to things it does not contain.`, details: broken.slice(0, MAX_DETAILS) } };
  return { ok: true, data: core };
}

function pickTables(record: Record<string, unknown>): Pick<CoreFile, 'quotes' | 'candidates' | 'themeWeights' | 'links'> {
  return { quotes: record.quotes, candidates: record.candidates, themeWeights: record.themeWeights, links: record.links } as Pick<CoreFile, 'quotes' | 'candidates' | 'themeWeights' | 'links'>;
}

/** A parsed evidence shard → the checked shard: its schema, and that it holds the articles the core says. */
export function checkShard(json: unknown, file: string, expectedArticleIds: readonly string[]): Checked<EvidenceShard> {
  const what = `The evidence file ${file}`;
  const wrongVersion = versionProblem(json, what);
  if (wrongVersion !== null) return { ok: false, problem: wrongVersion };
  const parsed = EvidenceShard.safeParse(json);
  if (!parsed.success) return { ok: false, problem: { title: `${what} does not match the expected shape.`, details: describeIssues(parsed.error.issues) } };
  const ids = parsed.data.articles.map((a) => a.id);
  if (ids.length !== expectedArticleIds.length || ids.some((id, i) => id !== expectedArticleIds[i])) {
    return {
      ok: false,
      problem: {
        title: `${what} holds other articles than the data file expects.`,
        details: ['The data was written again since this page loaded, or the files come from different runs: reload the page.'],
      },
    };
  }
  return { ok: true, data: parsed.data };
}
