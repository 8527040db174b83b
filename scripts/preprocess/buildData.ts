/**
 * Stages 2–5 on articles already read: analyse each one, build the core from their facts, cut the
 * evidence into shards, validate. Pure (no file system), so the browser worker builds its data with
 * the same functions as `npm run preprocess` (which runs them on worker threads, runOnFolder.ts).
 */
import type { ArticleEvidence } from '../../src/model/coreSchema';
import { analyseArticle, analysisContext } from './analyseArticle';
import { materializeCore } from './builtCore';
import { CoreBuilder } from './coreBuilder';
import { articleFindings, type ArticleFacts } from './findings';
import { buildGazetteer } from './gazetteer';
import { buildThemeMatcher } from './lexicon';
import type { ScoData } from './model';
import { checkReferenceData } from './reference/check';
import type { ReferenceData } from './reference/parse';
import type { RawArticle } from './rawArticle';
import { checkDuplicates } from './sameArticle';
import { joinScoData, namedShards, shardRefs, type SplitData, type SplitOptions } from './split';
import { validateScoData } from './validate';

export interface Prepared {
  reference: ReferenceData;
  context: ReturnType<typeof analysisContext>;
}

export function prepare(reference: ReferenceData, referenceDir = 'data/reference'): Prepared {
  const gazetteer = buildGazetteer(reference.gazetteer);
  checkReferenceData(reference, gazetteer, referenceDir);
  return { reference, context: analysisContext(gazetteer, buildThemeMatcher(reference.themes.themes), reference.attribution, reference.membership, reference.officials) };
}

/** One article's facts and evidence: what a worker thread hands on. */
export interface Findings {
  facts: ArticleFacts;
  evidence: ArticleEvidence;
}

export function findingsOf(article: RawArticle, prepared: Prepared): Findings {
  return articleFindings(analyseArticle(article, prepared.context));
}

/**
 * Every article's findings → the app's data: the core and its evidence shards. Pure; the order of
 * the findings does not matter (the data is in publication order). What the CLI does too, shard by
 * shard from a spool file.
 */
export function assembleAtlas(findings: readonly Findings[], prepared: Prepared, generatedAt: string, options: SplitOptions = {}): SplitData {
  const builder = new CoreBuilder(prepared.reference, prepared.context.gazetteer);
  findings.forEach((f, i) => builder.add(i, f.facts));
  const built = builder.finish(generatedAt);
  const { articleIds } = built;
  const evidenceById = new Map(findings.map((f) => [f.evidence.id, f.evidence]));
  const evidence = articleIds.map((id) => evidenceById.get(id) as ArticleEvidence);
  const shards = namedShards(evidence, options);
  return { core: materializeCore(built, shardRefs(shards)), shards };
}

/** A split joined back into one ScoData and validated: what tests compare. */
export function wholeData(split: SplitData): ScoData {
  return validateScoData(joinScoData(split.core, new Map(split.shards.map((s) => [s.file, s.shard]))));
}

/** Articles already in memory → validated data. */
export function buildScoData(articles: readonly RawArticle[], prepared: Prepared, generatedAt = new Date().toISOString()): ScoData {
  checkDuplicates(articles);
  return wholeData(assembleAtlas(articles.map((a) => findingsOf(a, prepared)), prepared, generatedAt));
}
