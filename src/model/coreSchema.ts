/**
 * The two files the pipeline writes for the app, and their one version:
 *   - the core (sco-core.json): everything the first view counts and draws — the articles index,
 *     countries with their statuses, candidate summaries, themes and their weights by article,
 *     experts with their quotes' themes and countries, the network links, summits, sources;
 *   - evidence shards (evidence/*.json): the words — quote texts and the sentences behind every
 *     attribution, country mention and candidacy — for a run of consecutive articles each, loaded
 *     when a panel or a list shows them.
 * The core's big lists are tables of indices (coreTables.ts); `decodeCore` (core.ts) turns the
 * file into the objects the views use. Bump SCHEMA_VERSION (schema.ts) when a change would break an
 * older reader: the core and its shards always carry the same version.
 */
import { z } from 'zod';
import { tableSchema, type TableSpec } from './coreTables';
import { CANDIDATE_KINDS, Country, Expert, Iso3, SCHEMA_VERSION, ScoData, Slug } from './schema';

const articleIndex = z.number().int().nonnegative();

export const QUOTE_KINDS = ['direct', 'reported'] as const;

/** One row per quote, grouped by expert in the expert's order; its id is `<article id>#<number>`. */
export const QUOTE_COLUMNS = [
  ['expert', { ref: 'experts' }],
  ['article', { ref: 'articles' }],
  ['number', 'positive-int'],
  ['kind', { oneOf: QUOTE_KINDS }],
  ['themes', { refs: 'themes' }],
  ['countries', { refs: 'countries' }],
] as const satisfies TableSpec;

/** What an article names a candidate for; the sentence is in the evidence. */
export const CANDIDATE_COLUMNS = [
  ['country', { ref: 'countries' }],
  ['article', { ref: 'articles' }],
  ['kind', { oneOf: CANDIDATE_KINDS }],
] as const satisfies TableSpec;

/** A theme's lexicon hits in one article; its weight (hits ÷ the article's hits) and year are derived. */
export const THEME_WEIGHT_COLUMNS = [
  ['article', { ref: 'articles' }],
  ['theme', { ref: 'themes' }],
  ['hits', 'count'],
  ['quoteCount', 'count'],
] as const satisfies TableSpec;

const linkColumns = (target: 'themes' | 'countries' | 'experts') =>
  [
    ['expert', { ref: 'experts' }],
    ['target', { ref: target }],
    ['article', { ref: 'articles' }],
    ['weight', 'positive'],
  ] as const satisfies TableSpec;

/** The network's links by kind, as Link (schema.ts) holds them: one per expert, target and article. */
export const LINK_TABLES = {
  'expert-theme': linkColumns('themes'),
  'expert-country': linkColumns('countries'),
  'expert-expert': linkColumns('experts'),
} as const;

export const CoreCountryRow = Country.omit({ mentions: true }).extend({
  /** The articles that name the country (indices), one mention each; the sentences are in the evidence. */
  mentions: z.array(articleIndex),
});
export type CoreCountryRow = z.infer<typeof CoreCountryRow>;

export const CoreExpertRow = Expert.omit({ quotes: true, evidence: true, articles: true }).extend({
  /** The articles the expert is named in (indices), at least one; the quotes are a table of their own. */
  articles: z.array(articleIndex).min(1),
});
export type CoreExpertRow = z.infer<typeof CoreExpertRow>;

/** A run of consecutive articles (in the core's order) whose evidence is in one file. */
export const ShardRef = z.object({
  /** Relative to the core's folder; the name carries a hash of the content, so it never changes meaning. */
  file: z.string().regex(/^[\w-]+\/[\w-]+\.json$/, 'expected folder/name.json'),
  articles: z.number().int().positive(),
});
export type ShardRef = z.infer<typeof ShardRef>;

/** ScoData's own fields where the core keeps them whole; the articles' order (date, then id) is what tables point into. */
export const CoreFile = ScoData.pick({ schemaVersion: true, generatedAt: true, referenceAsOf: true, articles: true, themes: true, summits: true, sources: true }).extend({
  countries: z.array(CoreCountryRow),
  experts: z.array(CoreExpertRow),
  quotes: tableSchema(QUOTE_COLUMNS),
  candidates: tableSchema(CANDIDATE_COLUMNS),
  themeWeights: tableSchema(THEME_WEIGHT_COLUMNS),
  links: z.object({
    'expert-theme': tableSchema(LINK_TABLES['expert-theme']),
    'expert-country': tableSchema(LINK_TABLES['expert-country']),
    'expert-expert': tableSchema(LINK_TABLES['expert-expert']),
  }),
  /** The evidence shards in article order; their `articles` add up to the number of articles. */
  evidence: z.array(ShardRef),
});
export type CoreFile = z.infer<typeof CoreFile>;

/** The tables of a core file, by name, with their specs: what the fast check walks. */
export const CORE_TABLES = {
  quotes: QUOTE_COLUMNS,
  candidates: CANDIDATE_COLUMNS,
  themeWeights: THEME_WEIGHT_COLUMNS,
} as const;

const sentence = z.string().min(1);

/** The words of one article: what the core counts, as the article says it. */
export const ArticleEvidence = z.object({
  id: z.string().min(1),
  /** [quote number, text]: the quote `<article id>#<number>`. */
  quotes: z.array(z.tuple([z.number().int().positive(), sentence])),
  /** [expert id, the sentence that introduced the person in this article]. */
  attributions: z.array(z.tuple([Slug, sentence])),
  /** [ISO3, the first sentence naming the country]. */
  mentions: z.array(z.tuple([Iso3, sentence])),
  /** [ISO3, what it seeks, the sentence that says so]. */
  candidates: z.array(z.tuple([Iso3, z.enum(CANDIDATE_KINDS), sentence])),
});
export type ArticleEvidence = z.infer<typeof ArticleEvidence>;

export const EvidenceShard = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The shard's articles, in the core's order. */
  articles: z.array(ArticleEvidence).min(1),
});
export type EvidenceShard = z.infer<typeof EvidenceShard>;
