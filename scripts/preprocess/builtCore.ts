/**
 * What the core builder hands over: the core's head, and its tables as row makers, so that a core
 * of millions of rows is written without holding them all; and the two ways to lay it out: field
 * by field in the file's order (streamed and checked as it is written), or whole in memory.
 */
import type { CoreFile, ShardRef } from '../../src/model/coreSchema';

/** One row of a link table: [expert, target, article, weight]. */
export type LinkRow = CoreFile['links']['expert-theme'][number];

/** The core but its tables. */
export type CoreHead = Omit<CoreFile, 'quotes' | 'candidates' | 'themeWeights' | 'links' | 'evidence'>;

/** The core's tables, each row made when asked for, in the file's order. */
export interface CoreTables {
  quotes: () => Iterable<CoreFile['quotes'][number]>;
  candidates: () => Iterable<CoreFile['candidates'][number]>;
  themeWeights: () => Iterable<CoreFile['themeWeights'][number]>;
  links: Record<keyof CoreFile['links'], () => Iterable<LinkRow>>;
}

export interface BuiltCore {
  head: CoreHead;
  tables: CoreTables;
  /** The articles' ids in the core's order: the evidence shards follow it. */
  articleIds: string[];
}

/** The core's fields in the order the file has them (encodeCore's), tables as the rows' maker. */
export function coreFields(built: Pick<BuiltCore, 'head' | 'tables'>, evidence: readonly ShardRef[]) {
  const { head, tables } = built;
  return {
    schemaVersion: head.schemaVersion,
    generatedAt: head.generatedAt,
    referenceAsOf: head.referenceAsOf,
    articles: head.articles,
    countries: head.countries,
    experts: head.experts,
    themes: head.themes,
    quotes: tables.quotes,
    candidates: tables.candidates,
    themeWeights: tables.themeWeights,
    links: tables.links,
    summits: head.summits,
    sources: head.sources,
    evidence: [...evidence],
  };
}

/** The whole core in memory: for a data set of the size a browser can build. */
export function materializeCore(built: Pick<BuiltCore, 'head' | 'tables'>, evidence: readonly ShardRef[]): CoreFile {
  const fields = coreFields(built, evidence);
  const links = fields.links;
  return {
    ...fields,
    quotes: [...fields.quotes()],
    candidates: [...fields.candidates()],
    themeWeights: [...fields.themeWeights()],
    links: { 'expert-theme': [...links['expert-theme']()], 'expert-country': [...links['expert-country']()], 'expert-expert': [...links['expert-expert']()] },
  };
}
