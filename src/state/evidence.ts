/**
 * The one way the app reads evidence: the shards that hold some articles' words, each fetched and
 * checked once, kept while recently used. A panel or list asks for the articles it shows and gets
 * their words, or a problem it can show (a missing or corrupt file, data written again since the
 * page loaded).
 */
import type { ScoCore } from '../model/core';
import type { ArticleEvidence } from '../model/coreSchema';
import { indexArticle, wordsOf, type IndexedArticle, type Words } from '../model/evidence';
import { checkShard, type Checked, type DataProblem } from '../model/parse';
import type { DataSource } from './dataSource';

export interface EvidenceStore {
  /** The words of these articles when every shard they need is loaded already, else null. */
  peek(articleIds: readonly string[]): Words | null;
  /** The words of these articles, loading the shards they need. */
  load(articleIds: readonly string[]): Promise<Checked<Words>>;
  /** Every article's words, read shard by shard without filling the cache (the search reads them all once). */
  readAll(): Promise<Checked<Words>>;
}

/** Shards kept in memory: at 64 KB a shard, a few MB — a panel's worth many times over. */
const KEPT_SHARDS = 64;
/** Shards fetched at once by readAll: enough to keep a local or HTTP/2 server busy. */
const PARALLEL_READS = 6;

interface ShardPlan {
  file: string;
  articleIds: string[];
}

export function createEvidenceStore(source: DataSource, core: Pick<ScoCore, 'articles' | 'evidence'>): EvidenceStore {
  const plans: ShardPlan[] = [];
  const shardOf = new Map<string, number>();
  let first = 0;
  for (const ref of core.evidence ?? []) {
    const articleIds = core.articles.slice(first, first + ref.articles).map((a) => a.id);
    for (const id of articleIds) shardOf.set(id, plans.length);
    plans.push({ file: ref.file, articleIds });
    first += ref.articles;
  }
  /** Loaded or loading shards, least recently used first (a Map keeps insertion order). */
  const kept = new Map<number, { loading: Promise<Checked<Map<string, IndexedArticle>>>; loaded?: Map<string, IndexedArticle> }>();

  const fetchShard = async (plan: ShardPlan): Promise<Checked<ArticleEvidence[]>> => {
    const read = await source.shard(plan.file);
    if (!read.ok) return read;
    const checked = checkShard(read.data, plan.file, plan.articleIds);
    return checked.ok ? { ok: true, data: checked.data.articles } : checked;
  };

  const shard = (index: number) => {
    const existing = kept.get(index);
    if (existing !== undefined) {
      kept.delete(index);
      kept.set(index, existing);
      return existing.loading;
    }
    const entry: { loading: Promise<Checked<Map<string, IndexedArticle>>>; loaded?: Map<string, IndexedArticle> } = {
      loading: fetchShard(plans[index] as ShardPlan).then((result): Checked<Map<string, IndexedArticle>> => {
        // A failure is not kept: the next request tries again (a server back up, a file restored).
        if (!result.ok) {
          if (kept.get(index) === entry) kept.delete(index);
          return result;
        }
        entry.loaded = new Map(result.data.map((article) => [article.id, indexArticle(article)]));
        return { ok: true, data: entry.loaded };
      }),
    };
    kept.set(index, entry);
    if (kept.size > KEPT_SHARDS) kept.delete(kept.keys().next().value as number);
    return entry.loading;
  };

  const needed = (articleIds: readonly string[]) => {
    const indices = new Set<number>();
    for (const id of articleIds) {
      const index = shardOf.get(id);
      if (index !== undefined) indices.add(index);
    }
    return [...indices];
  };

  return {
    peek(articleIds) {
      const articles = new Map<string, IndexedArticle>();
      for (const index of needed(articleIds)) {
        const loaded = kept.get(index)?.loaded;
        if (loaded === undefined) return null;
        for (const [id, entry] of loaded) articles.set(id, entry);
      }
      return wordsOf(articles);
    },
    async load(articleIds) {
      const indices = needed(articleIds);
      const results = await Promise.all(indices.map((index) => shard(index)));
      const articles = new Map<string, IndexedArticle>();
      for (const result of results) {
        if (!result.ok) return result;
        for (const [id, entry] of result.data) articles.set(id, entry);
      }
      return { ok: true, data: wordsOf(articles) };
    },
    async readAll() {
      const articles = new Map<string, IndexedArticle>();
      let next = 0;
      let problem: { ok: false; problem: DataProblem } | null = null;
      const reader = async () => {
        while (problem === null && next < plans.length) {
          const plan = plans[next++] as ShardPlan;
          const result = await fetchShard(plan);
          if (!result.ok) problem = result;
          else for (const entry of result.data) articles.set(entry.id, indexArticle(entry));
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, plans.length) }, reader));
      return problem ?? { ok: true, data: wordsOf(articles) };
    },
  };
}
