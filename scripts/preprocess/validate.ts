/** Stage 5, validate: what we write must pass the same checks the app runs when it loads the file. */
import { z } from 'zod';
import { CORE_TABLES, CoreFile, EvidenceShard, LINK_TABLES, type ShardRef } from '../../src/model/coreSchema';
import { listSizes } from '../../src/model/coreIntegrity';
import { rowChecker, type TableSpec } from '../../src/model/coreTables';
import { coreFields, type BuiltCore } from './builtCore';
import { StreamedList } from './streamedJson';
import { findBrokenReferences } from '../../src/model/integrity';
import { checkCore } from '../../src/model/parse';
import { ScoDataSchema, type ScoData } from './model';

export class OutputInvalidError extends Error {
  constructor(readonly problems: string[]) {
    super(`the pipeline produced data that fails its own contract:\n  ${problems.slice(0, 10).join('\n  ')}`);
    this.name = 'OutputInvalidError';
  }
}

const LIST_FIELDS = ['articles', 'countries', 'candidates', 'experts', 'themes', 'themeWeights', 'links', 'summits', 'sources'] as const;

const describe = (issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[]) =>
  issues.map((i) => `${[...prefix, ...i.path].map(String).join('.') || '(top level)'}: ${i.message}`);

/**
 * Checks data against ScoData and its cross-references. The lists are checked one element at a
 * time with ScoData's own element schemas: the same rules as one `ScoData.safeParse`, without
 * zod building a second copy of a corpus-sized object (10,000 articles would pass 1 GB).
 */
export function validateScoData(data: ScoData): ScoData {
  const problems: string[] = [];
  const emptyLists = Object.fromEntries(LIST_FIELDS.map((field) => [field, []]));
  const top = ScoDataSchema.safeParse({ ...data, ...emptyLists });
  if (!top.success) problems.push(...describe(top.error.issues, []));
  for (const field of LIST_FIELDS) {
    const list: unknown = data[field];
    if (!Array.isArray(list)) continue;
    const element: z.ZodType = ScoDataSchema.shape[field].element;
    list.forEach((item: unknown, i) => {
      const result = element.safeParse(item);
      if (!result.success) problems.push(...describe(result.error.issues, [field, i]));
    });
    if (problems.length > 50) break;
  }
  if (problems.length > 0) throw new OutputInvalidError(problems);
  const broken = findBrokenReferences(data);
  if (broken.length > 0) throw new OutputInvalidError(broken);
  return data;
}

/** The split's core, checked as the app checks it when it loads the file. */
export function validateCore(core: CoreFile): CoreFile {
  const checked = checkCore(core);
  if (!checked.ok) throw new OutputInvalidError([checked.problem.title, ...checked.problem.details]);
  return core;
}

const NO_TABLES = { quotes: [], candidates: [], themeWeights: [], links: { 'expert-theme': [], 'expert-country': [], 'expert-expert': [] } };

/**
 * The core as the CLI writes it: its head (everything but the tables) checked now with the app's
 * own check, and each table's rows checked as they are written — the same rules, without the
 * tables ever being whole in memory. A bad row stops the write (the old core stays).
 */
export function checkedCoreFields(built: Pick<BuiltCore, 'head' | 'tables'>, evidence: readonly ShardRef[]): Record<string, unknown> {
  const fields = coreFields(built, evidence);
  validateCore({ ...fields, ...NO_TABLES });
  const sizes = listSizes(fields);
  const checked = <T>(name: string, spec: TableSpec, rows: () => Iterable<T>, also?: (row: T) => string | undefined) =>
    new StreamedList(function* () {
      const check = rowChecker(name, spec, sizes);
      let i = 0;
      for (const row of rows()) {
        const problem = check(row, i) ?? also?.(row);
        if (problem !== undefined) throw new OutputInvalidError([problem]);
        i += 1;
        yield row;
      }
    });
  const seen = new Set<string>();
  const unique = ([, article, number]: CoreFile['quotes'][number]) => {
    const key = `${article}#${number}`;
    if (seen.has(key)) return `quotes: duplicate quote ${fields.articles[article]?.id ?? article}#${number}`;
    seen.add(key);
    return undefined;
  };
  return {
    ...fields,
    quotes: checked('quotes', CORE_TABLES.quotes, fields.quotes, unique),
    candidates: checked('candidates', CORE_TABLES.candidates, fields.candidates),
    themeWeights: checked('themeWeights', CORE_TABLES.themeWeights, fields.themeWeights),
    links: Object.fromEntries(Object.entries(LINK_TABLES).map(([kind, spec]) => [kind, checked(`links.${kind}`, spec, fields.links[kind as keyof typeof LINK_TABLES])])),
  };
}

/** The contract as JSON Schema, written beside the data for anyone reading it without TypeScript. */
export function coreJsonSchema(): unknown {
  return z.toJSONSchema(CoreFile, { target: 'draft-2020-12', unrepresentable: 'any' });
}

export function evidenceJsonSchema(): unknown {
  return z.toJSONSchema(EvidenceShard, { target: 'draft-2020-12', unrepresentable: 'any' });
}
