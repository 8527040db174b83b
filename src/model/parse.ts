/**
 * The app's checks on what it loads: the core (sco-core.json) and each evidence shard. Every
 * failure comes back as a readable problem, never an exception.
 */
import { z } from 'zod';
import { CoreCountryRow, CoreExpertRow, CoreFile, EvidenceShard } from './coreSchema';
import { indexListProblem } from './coreTables';
import { coreReferenceProblems, coreTableProblems, listSizes } from './coreIntegrity';
import { MAP_VERSION, MapFile } from './mapFile';
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

/**
 * What zod checks in the fast way: everything but the big lists of numbers — the tables and the
 * index lists of mentions and articles — which a plain loop checks against the same rules.
 */
const CoreShape = CoreFile.omit({ quotes: true, candidates: true, themeWeights: true, links: true }).extend({
  countries: z.array(CoreCountryRow.omit({ mentions: true })),
  experts: z.array(CoreExpertRow.omit({ articles: true })),
});

/**
 * How the core is checked. 'fast' (the app's): zod on the objects, a plain loop on the big lists
 * of numbers (coreTables.ts); 'zod': one CoreFile.safeParse of the whole, the reference the fast
 * check must agree with (the bench times both).
 */
export type CoreCheck = 'fast' | 'zod';

type Record_ = Record<string, unknown>;
const recordsOf = (value: unknown): Record_[] => (Array.isArray(value) ? (value as Record_[]) : []);

/** The index lists zod was not given, checked by the loop; one line per problem. */
function indexListProblems(record: Record_, articleCount: number): string[] {
  const problems: string[] = [];
  recordsOf(record.countries).forEach((c, i) => {
    const problem = indexListProblem(c.mentions, articleCount, `countries.${i}.mentions`);
    if (problem !== undefined) problems.push(problem);
  });
  recordsOf(record.experts).forEach((e, i) => {
    const problem = indexListProblem(e.articles, articleCount, `experts.${i}.articles`, 1);
    if (problem !== undefined) problems.push(problem);
  });
  return problems.slice(0, MAX_DETAILS);
}

/** A parsed core file → the checked file, with its cross-references checked too. */
export function checkCore(json: unknown, how: CoreCheck = 'fast'): Checked<CoreFile> {
  const what = 'The data file';
  const wrongVersion = versionProblem(json, what);
  if (wrongVersion !== null) return { ok: false, problem: wrongVersion };
  const record = json as Record_;
  const shapeless = (details: string[]): Checked<CoreFile> => ({ ok: false, problem: { title: `${what} does not match the expected shape.`, details } });
  let core: CoreFile;
  if (how === 'zod') {
    const parsed = CoreFile.safeParse(json);
    if (!parsed.success) return shapeless(describeIssues(parsed.error.issues));
    core = parsed.data;
  } else {
    const shape = CoreShape.safeParse(json);
    if (!shape.success) return shapeless(describeIssues(shape.error.issues));
    const lists = indexListProblems(record, shape.data.articles.length);
    if (lists.length > 0) return shapeless(lists);
    // zod gave back copies without the lists it was not asked about: put the checked ones back.
    const countries = recordsOf(record.countries);
    const experts = recordsOf(record.experts);
    core = {
      ...shape.data,
      countries: shape.data.countries.map((c, i) => ({ ...c, mentions: countries[i]?.mentions as number[] })),
      experts: shape.data.experts.map((e, i) => ({ ...e, articles: experts[i]?.articles as number[] })),
      ...(pickTables(record) as Pick<CoreFile, 'quotes' | 'candidates' | 'themeWeights' | 'links'>),
    };
  }
  const tables = coreTableProblems(record as Pick<CoreFile, 'quotes' | 'candidates' | 'themeWeights' | 'links'>, listSizes(core));
  if (tables.length > 0) return shapeless(tables.slice(0, MAX_DETAILS));
  const broken = coreReferenceProblems(core);
  if (broken.length > 0) return { ok: false, problem: { title: `${what} refers to things it does not contain.`, details: broken.slice(0, MAX_DETAILS) } };
  return { ok: true, data: core };
}

function pickTables(record: Record_): Record_ {
  return { quotes: record.quotes, candidates: record.candidates, themeWeights: record.themeWeights, links: record.links };
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

/** A parsed map file → the checked file: its version, its shape, the sources its statuses cite. */
export function checkMapFile(json: unknown): Checked<MapFile> {
  const what = 'The map file';
  const version = typeof json === 'object' && json !== null ? (json as Record_).mapVersion : undefined;
  if (version !== MAP_VERSION) {
    return {
      ok: false,
      problem: {
        title: `${what} has map version ${JSON.stringify(version ?? null)}; this app reads version ${MAP_VERSION}.`,
        details: ['It was written by an older or newer pipeline: run `npm run preprocess` again.'],
      },
    };
  }
  const parsed = MapFile.safeParse(json);
  if (!parsed.success) return { ok: false, problem: { title: `${what} does not match the expected shape.`, details: describeIssues(parsed.error.issues) } };
  const sources = new Set(parsed.data.sources.map((s) => s.id));
  const unknown = parsed.data.countries.flatMap((c) => c.statuses.flatMap((s, i) => s.sources.filter((id) => !sources.has(id)).map((id) => `countries.${c.iso3}.statuses.${i}: unknown source "${id}"`)));
  if (unknown.length > 0) return { ok: false, problem: { title: `${what} refers to things it does not contain.`, details: unknown.slice(0, MAX_DETAILS) } };
  return { ok: true, data: parsed.data };
}
