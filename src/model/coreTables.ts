/**
 * The core's big lists are tables of rows (JSON arrays), their columns named here once: an index
 * into another list (an article, an expert…), a list of indices, a count, a weight or a word from
 * a fixed set. Rows of numbers keep the core small (article ids are long and repeat hundreds of
 * thousands of times), and one spec gives both the zod schema (for the pipeline and the JSON
 * Schema) and a plain loop that checks 10,000 articles' tables far faster than zod does.
 */
import { z } from 'zod';

/** The lists a column can point into. */
export type RefList = 'articles' | 'experts' | 'themes' | 'countries';

export type ColumnKind =
  | { ref: RefList }
  | { refs: RefList }
  | 'count'
  | 'positive-int'
  | 'positive'
  | { oneOf: readonly [string, ...string[]] };

export type TableSpec = ReadonlyArray<readonly [name: string, kind: ColumnKind]>;

/** How many entries each list has: what an index must stay below. */
export type ListSizes = Record<RefList, number>;

const index = z.number().int().nonnegative();

function columnSchema(kind: ColumnKind): z.ZodType {
  if (kind === 'count') return index;
  if (kind === 'positive-int') return z.number().int().positive();
  if (kind === 'positive') return z.number().positive();
  if ('ref' in kind) return index;
  if ('refs' in kind) return z.array(index);
  return z.enum(kind.oneOf);
}

type ColumnType<K> = K extends 'count' | 'positive-int' | 'positive'
  ? number
  : K extends { ref: RefList }
    ? number
    : K extends { refs: RefList }
      ? number[]
      : K extends { oneOf: ReadonlyArray<infer S> }
        ? S
        : never;

/** A row of a table, as TypeScript sees it: [number, number, 'direct' | 'reported', number[]…]. */
export type RowOf<S extends TableSpec> = { -readonly [I in keyof S]: S[I] extends readonly [string, infer K] ? ColumnType<K> : never };

/** The zod schema of a table: an array of rows, each row a tuple in the spec's column order. */
export function tableSchema<S extends TableSpec>(spec: S): z.ZodType<Array<RowOf<S>>> {
  const [first, ...rest] = spec.map(([, kind]) => columnSchema(kind));
  if (first === undefined) throw new Error('a table needs at least one column');
  return z.array(z.tuple([first, ...rest])) as unknown as z.ZodType<Array<RowOf<S>>>;
}

const isIndexBelow = (value: unknown, size: number): boolean => Number.isInteger(value) && (value as number) >= 0 && (value as number) < size;

/** A cell's check: why the value is wrong, or undefined when it is right. */
type CellCheck = (value: unknown) => string | undefined;

/** One check per column, made once per table: the loop over hundreds of thousands of rows only calls them. */
function cellCheck(kind: ColumnKind, sizes: ListSizes): CellCheck {
  if (kind === 'count') return (v) => (Number.isInteger(v) && (v as number) >= 0 ? undefined : 'expected a whole number ≥ 0');
  if (kind === 'positive-int') return (v) => (Number.isInteger(v) && (v as number) > 0 ? undefined : 'expected a whole number > 0');
  if (kind === 'positive') return (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? undefined : 'expected a number > 0');
  if ('ref' in kind) {
    const size = sizes[kind.ref];
    const message = `expected an index into ${kind.ref} (0–${size - 1})`;
    return (v) => (isIndexBelow(v, size) ? undefined : message);
  }
  if ('refs' in kind) {
    const size = sizes[kind.refs];
    return (v) => {
      if (!Array.isArray(v)) return `expected a list of indices into ${kind.refs}`;
      for (const item of v) if (!isIndexBelow(item, size)) return `expected indices into ${kind.refs} (0–${size - 1}), got ${JSON.stringify(item)}`;
      return undefined;
    };
  }
  const allowed = new Set<unknown>(kind.oneOf);
  const message = `expected one of ${kind.oneOf.join(', ')}`;
  return (v) => (allowed.has(v) ? undefined : message);
}

/** One row's check, made once per table: why row `i` is wrong, or undefined when it is right. */
export function rowChecker(name: string, spec: TableSpec, sizes: ListSizes): (row: unknown, i: number) => string | undefined {
  const checks = spec.map(([, kind]) => cellCheck(kind, sizes));
  const width = spec.length;
  return (row, i) => {
    if (!Array.isArray(row) || row.length !== width) return `${name}.${i}: expected a row of ${width} values (${spec.map(([column]) => column).join(', ')})`;
    for (let c = 0; c < width; c++) {
      const problem = (checks[c] as CellCheck)(row[c]);
      if (problem !== undefined) return `${name}.${i}.${spec[c]?.[0] ?? c}: ${problem}`;
    }
    return undefined;
  };
}

/**
 * Checks a table's rows against its spec, indices against the lists they point into: the same
 * rules as `tableSchema` plus the bounds zod cannot know. One line per problem, at most `limit`.
 */
export function tableProblems(name: string, spec: TableSpec, rows: unknown, sizes: ListSizes, limit = 8): string[] {
  if (!Array.isArray(rows)) return [`${name}: expected a list of rows`];
  const check = rowChecker(name, spec, sizes);
  const problems: string[] = [];
  for (let i = 0; i < rows.length && problems.length < limit; i++) {
    const problem = check(rows[i], i);
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}

/** An index list (a country's mentions, an expert's articles): the loop's check, for lists zod would take element by element. */
export function indexListProblem(list: unknown, size: number, what: string, minLength = 0): string | undefined {
  if (!Array.isArray(list)) return `${what}: expected a list of indices`;
  if (list.length < minLength) return `${what}: expected at least ${minLength}`;
  for (const item of list) if (!isIndexBelow(item, size)) return `${what}: expected indices below ${size}, got ${JSON.stringify(item)}`;
  return undefined;
}
