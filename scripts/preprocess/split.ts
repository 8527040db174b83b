/**
 * Stage 5b, split: the assembled ScoData → the core the app loads first and the evidence shards it
 * loads on demand (src/model/coreSchema.ts). Pure, no file system: the CLI writes the files, and a
 * browser worker can split the same way. `joinScoData` puts the parts back together, exactly: what
 * the bench and the eval read, and what the tests check the split against.
 */
import { EVIDENCE_FOLDER } from '../../src/model/dataFiles';
import { decodeCore, quoteId, quoteNumber } from '../../src/model/core';
import type { ArticleEvidence, CoreFile, EvidenceShard, ShardRef } from '../../src/model/coreSchema';
import type { ScoCore } from '../../src/model/core';
import { SCHEMA_VERSION, type Expert, type ScoData } from './model';

export interface SplitOptions {
  /**
   * A shard closes once its articles' evidence reaches this many bytes of JSON (0: one article a
   * shard). Consecutive articles share a file because panels and lists read neighbours together
   * (a year's quotes, an expert's next quote); see BENCHMARKS.md for the sizes measured.
   */
  shardBytes?: number;
}

/** A first choice; bench/evidence measures the layouts at 10,000 articles. */
export const DEFAULT_SHARD_BYTES = 64 * 1024;

export interface NamedShard {
  /** Relative to the core's folder, as the core's `evidence` names it. */
  file: string;
  shard: EvidenceShard;
}

export interface SplitData {
  core: CoreFile;
  shards: NamedShard[];
}

/** FNV-1a's offset basis as a signed 32-bit number: the running hash stays a small integer for V8. */
const FNV_OFFSET = 0x811c9dc5 | 0;

/**
 * FNV-1a, 32 bits, over UTF-16 code units: a shard's name changes when its words do. Signed while
 * it runs (the caller reads it unsigned): handed back unsigned, above 2^31 it was a heap number,
 * and the optimised loop was thrown away at every article's call.
 */
function fnv1a(text: string, hash = FNV_OFFSET): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

function indexer<T>(list: readonly T[], key: (item: T) => string, what: string): (id: string) => number {
  const map = new Map(list.map((item, i) => [key(item), i]));
  return (id) => {
    const i = map.get(id);
    if (i === undefined) throw new Error(`split: unknown ${what} "${id}"`);
    return i;
  };
}

function emptyEvidence(id: string): ArticleEvidence {
  return { id, quotes: [], attributions: [], mentions: [], candidates: [] };
}

/** The evidence of a whole data set, one entry per article in the data's order (what a shard holds). */
export function evidenceOfScoData(data: ScoData): ArticleEvidence[] {
  const articleOf = indexer(data.articles, (a) => a.id, 'article');
  const evidence = data.articles.map((a) => emptyEvidence(a.id));
  const evidenceOf = (articleId: string) => evidence[articleOf(articleId)] as ArticleEvidence;
  for (const expert of data.experts) {
    for (const quote of expert.quotes) evidenceOf(quote.articleId).quotes.push([numberOf(quote), quote.text]);
    for (const { articleId, sentence } of expert.evidence) evidenceOf(articleId).attributions.push([expert.id, sentence]);
  }
  for (const country of data.countries) for (const { articleId, sentence } of country.mentions) evidenceOf(articleId).mentions.push([country.iso3, sentence]);
  for (const { iso3, articleId, sentence, kind } of data.candidates) evidenceOf(articleId).candidates.push([iso3, kind, sentence]);
  for (const entry of evidence) entry.quotes.sort((a, b) => a[0] - b[0]);
  return evidence;
}

function numberOf(quote: Pick<ScoCore['experts'][number]['quotes'][number], 'id' | 'articleId'>): number {
  const number = quoteNumber(quote);
  if (number === null) throw new Error(`split: quote id "${quote.id}" is not "${quote.articleId}#<number>"`);
  return number;
}

/** The data without its words → the core file, its big lists as tables of indices, naming the shards given. */
export function encodeCore(data: ScoCore, evidence: readonly ShardRef[]): CoreFile {
  const articleOf = indexer(data.articles, (a) => a.id, 'article');
  const expertOf = indexer(data.experts, (e) => e.id, 'expert');
  const themeOf = indexer(data.themes, (t) => t.id, 'theme');
  const countryOf = indexer(data.countries, (c) => c.iso3, 'country');
  const quotes: CoreFile['quotes'] = [];
  data.experts.forEach((expert, e) => {
    for (const quote of expert.quotes) quotes.push([e, articleOf(quote.articleId), numberOf(quote), quote.kind, quote.themes.map(themeOf), (quote.countries ?? []).map(countryOf)]);
  });
  const links: CoreFile['links'] = { 'expert-theme': [], 'expert-country': [], 'expert-expert': [] };
  const targetOf = { 'expert-theme': themeOf, 'expert-country': countryOf, 'expert-expert': expertOf };
  for (const link of data.links) links[link.kind].push([expertOf(link.source), targetOf[link.kind](link.target), articleOf(link.articleId), link.weight]);
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: data.generatedAt,
    referenceAsOf: data.referenceAsOf,
    articles: data.articles,
    // Field by field, not a spread: a ScoData's countries and experts carry their words too.
    countries: data.countries.map(({ iso3, name, statuses, mentions }) => ({ iso3, name, statuses, mentions: mentions.map((m) => articleOf(m.articleId)) })),
    experts: data.experts.map(({ quotes: _quotes, articles, ...expert }) => {
      const { evidence: _evidence, ...row } = expert as typeof expert & { evidence?: unknown };
      return { ...row, articles: articles.map(articleOf) };
    }),
    themes: data.themes,
    quotes,
    candidates: data.candidates.map((c) => [countryOf(c.iso3), articleOf(c.articleId), c.kind]),
    themeWeights: data.themeWeights.map((w) => [articleOf(w.articleId), themeOf(w.themeId), w.hits, w.quoteCount]),
    links,
    summits: data.summits,
    sources: data.sources,
    evidence: [...evidence],
  };
}

/** Evidence in the data's order → its shards, held in memory, cut as the CLI cuts them from its spool. */
export function namedShards(evidence: readonly ArticleEvidence[], options: SplitOptions = {}): NamedShard[] {
  const shards: NamedShard[] = [];
  let first = 0;
  for (const { file, articles } of shardTexts(evidence.map((entry) => ({ id: entry.id, text: JSON.stringify(entry) })), options.shardBytes ?? DEFAULT_SHARD_BYTES)) {
    shards.push({ file, shard: { schemaVersion: SCHEMA_VERSION, articles: evidence.slice(first, first + articles) } });
    first += articles;
  }
  return shards;
}

/** What the core lists of its shards. */
export const shardRefs = (shards: readonly NamedShard[]): ShardRef[] => shards.map(({ file, shard }) => ({ file, articles: shard.articles.length }));

export function splitScoData(data: ScoData, options: SplitOptions = {}): SplitData {
  const shards = namedShards(evidenceOfScoData(data), options);
  return { core: encodeCore(data, shardRefs(shards)), shards };
}

/** One article's evidence as JSON, as a shard holds it. */
export interface EvidenceText {
  id: string;
  text: string;
}

/** A shard as text: exactly JSON.stringify of the shard, so it is written as it is. */
export interface ShardText extends ShardRef {
  text: string;
}

/**
 * Consecutive articles' evidence into files of about `shardBytes` of JSON each, named by number
 * and a hash of their words, one shard at a time: the CLI writes each as it comes, from a spool.
 */
export function* shardTexts(entries: Iterable<EvidenceText>, shardBytes: number): Generator<ShardText> {
  let texts: string[] = [];
  let bytes = 0;
  let hash = FNV_OFFSET;
  let number = 0;
  const close = (): ShardText => {
    const file = `${EVIDENCE_FOLDER}/${String(number).padStart(5, '0')}-${(hash >>> 0).toString(16).padStart(8, '0')}.json`;
    const shard = { file, articles: texts.length, text: `{"schemaVersion":${SCHEMA_VERSION},"articles":[${texts.join(',')}]}` };
    texts = [];
    bytes = 0;
    hash = FNV_OFFSET;
    number += 1;
    return shard;
  };
  for (const { text } of entries) {
    texts.push(text);
    bytes += text.length;
    hash = fnv1a(text, hash);
    if (bytes >= shardBytes) yield close();
  }
  if (texts.length > 0) yield close();
}

/** The core and its shards → the ScoData they were split from. Throws when a part is missing. */
export function joinScoData(file: CoreFile, shards: ReadonlyMap<string, EvidenceShard>): ScoData {
  const core = decodeCore(file);
  const texts = new Map<string, string[]>();
  const add = (key: string, text: string) => texts.set(key, [...(texts.get(key) ?? []), text]);
  const attributions = new Map<string, Expert['evidence']>();
  for (const ref of file.evidence) {
    const shard = shards.get(ref.file);
    if (shard === undefined) throw new Error(`join: no evidence file ${ref.file}`);
    for (const entry of shard.articles) {
      for (const [number, text] of entry.quotes) add(quoteId(entry.id, number), text);
      for (const [expert, sentence] of entry.attributions) {
        const list = attributions.get(expert) ?? [];
        list.push({ articleId: entry.id, sentence });
        attributions.set(expert, list);
      }
      for (const [country, sentence] of entry.mentions) add(`${entry.id}|${country}`, sentence);
      for (const [country, kind, sentence] of entry.candidates) add(`${entry.id}|${country}|${kind}`, sentence);
    }
  }
  // Repeated keys (a country twice in one article) come back in their order.
  const text = (key: string) => {
    const found = texts.get(key)?.shift();
    if (found === undefined) throw new Error(`join: no evidence for ${key}`);
    return found;
  };
  const { evidence: _shards, ...rest } = core;
  return {
    ...rest,
    countries: core.countries.map((c) => ({ ...c, mentions: c.mentions.map(({ articleId }) => ({ articleId, sentence: text(`${articleId}|${c.iso3}`) })) })),
    candidates: core.candidates.map((c) => ({ ...c, sentence: text(`${c.articleId}|${c.iso3}|${c.kind}`) })),
    experts: core.experts.map((e) => ({ ...e, quotes: e.quotes.map((q) => ({ ...q, text: text(q.id) })), evidence: attributions.get(e.id) ?? [] })),
  };
}
