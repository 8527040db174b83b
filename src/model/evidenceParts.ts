/**
 * The evidence of a data set with the person's own articles (built in the browser,
 * scripts/import/ownEvidence.ts): each shard the core names is a run of a shipped shard or a shard
 * of own articles held in memory. What the pipeline worker hands the app, and how the app's data
 * source (src/state/dataSource.ts) makes a shard of a part.
 */
import type { EvidenceShard, ShardRef } from './coreSchema';

/** A run of the core's articles: `articles` of the shipped shard `file` from its `first`, or own articles. */
export type EvidencePart = ShardRef & ({ shipped: { file: string; first: number } } | { own: EvidenceShard });

/**
 * A part's shard: the own shard, or its run of the shipped shard `shipped` (as read, not yet
 * checked: the evidence store checks what it gets, so a wrong shipped file is still named).
 */
export function shardOfPart(part: EvidencePart, shipped?: unknown): unknown {
  if ('own' in part) return part.own;
  if (typeof shipped !== 'object' || shipped === null || !Array.isArray((shipped as { articles?: unknown }).articles)) return shipped;
  const { articles, ...rest } = shipped as { articles: unknown[] };
  return { ...rest, articles: articles.slice(part.shipped.first, part.shipped.first + part.articles) };
}
