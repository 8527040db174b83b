/**
 * The whole pipeline: read → segment → extract → findings → link → split → validate. The CLI adds
 * the write (runOnFolder.ts, on worker threads). `buildScoData` and `assembleAtlas` are pure
 * (articles or findings in memory → data) for tests and for a browser worker; `runPipeline` reads
 * a folder one file at a time, so memory holds findings, not article bodies.
 */
import type { ArticleEvidence } from '../../src/model/coreSchema';
import { analyseArticle, analysisContext } from './analyseArticle';
import { CoreBuilder, materializeCore } from './coreBuilder';
import { articleFindings, type ArticleFacts } from './findings';
import { buildGazetteer } from './gazetteer';
import { buildThemeMatcher } from './lexicon';
import type { ScoData } from './model';
import { checkReferenceData } from './reference/check';
import { loadReferenceData, type ReferenceData } from './reference/load';
import type { RawArticle } from './rawArticle';
import { readArticleFile } from './readArticle';
import { listArticles, type SkippedFile } from './readCorpus';
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
  return { reference, context: analysisContext(gazetteer, buildThemeMatcher(reference.themes.themes), reference.attribution, reference.membership) };
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
 * the findings does not matter (the data is in publication order). What a browser worker calls on
 * the user's own articles, and what the CLI does, shard by shard from a spool file.
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

function wholeData(split: SplitData): ScoData {
  return validateScoData(joinScoData(split.core, new Map(split.shards.map((s) => [s.file, s.shard]))));
}

/** Articles already in memory → validated data. */
export function buildScoData(articles: readonly RawArticle[], prepared: Prepared, generatedAt = new Date().toISOString()): ScoData {
  checkDuplicates(articles);
  return wholeData(assembleAtlas(articles.map((a) => findingsOf(a, prepared)), prepared, generatedAt));
}

export interface RunOptions {
  articlesDir: string;
  referenceDir: string;
  generatedAt?: string;
  onProgress?: (done: number, total: number) => void;
  /** A file in the folder that is not read as an article, and why (a hidden file, an unknown extension, a folder). */
  onSkip?: (skipped: SkippedFile) => void;
}

/** A folder → validated data, in this thread (tests, the bench's eval); the CLI writes files with runOnFolder. */
export function runPipeline(options: RunOptions): ScoData {
  const prepared = prepare(loadReferenceData(options.referenceDir), options.referenceDir);
  const { files, skipped } = listArticles(options.articlesDir);
  for (const skip of skipped) options.onSkip?.(skip);
  const findings = files.map((file, i) => {
    const found = findingsOf(readArticleFile(file), prepared);
    options.onProgress?.(i + 1, files.length);
    return found;
  });
  checkDuplicates(findings.map((f) => f.facts.article));
  return wholeData(assembleAtlas(findings, prepared, options.generatedAt ?? new Date().toISOString()));
}
