/**
 * The whole pipeline: read → segment → extract → link → validate. The CLI adds the write.
 * `buildScoData` is pure (articles in memory → data) for tests; `runPipeline` reads a folder
 * one file at a time, so memory holds findings, not article bodies.
 */
import { analyseArticle, analysisContext, type ArticleAnalysis } from './analyseArticle';
import { assembleScoData } from './assemble';
import { buildGazetteer } from './gazetteer';
import { buildThemeMatcher } from './lexicon';
import type { ScoData } from './model';
import { checkReferenceData } from './reference/check';
import { loadReferenceData, type ReferenceData } from './reference/load';
import type { RawArticle } from './rawArticle';
import { readArticleFile } from './readArticle';
import { listArticles, type SkippedFile } from './readCorpus';
import { checkDuplicates } from './sameArticle';
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

function finish(prepared: Prepared, analyses: ArticleAnalysis[], generatedAt: string): ScoData {
  const data = assembleScoData({
    analyses,
    reference: prepared.reference,
    gazetteer: prepared.context.gazetteer,
    themes: prepared.context.themes,
    generatedAt,
  });
  // The findings are in `data` now; let the per-article working data go before validating.
  analyses.length = 0;
  return validateScoData(data);
}

/** Articles already in memory → validated data. */
export function buildScoData(articles: readonly RawArticle[], prepared: Prepared, generatedAt = new Date().toISOString()): ScoData {
  checkDuplicates(articles);
  return finish(prepared, articles.map((a) => analyseArticle(a, prepared.context)), generatedAt);
}

export interface RunOptions {
  articlesDir: string;
  referenceDir: string;
  generatedAt?: string;
  onProgress?: (done: number, total: number) => void;
  /** A file in the folder that is not read as an article, and why (a hidden file, an unknown extension, a folder). */
  onSkip?: (skipped: SkippedFile) => void;
}

export function runPipeline(options: RunOptions): ScoData {
  const prepared = prepare(loadReferenceData(options.referenceDir), options.referenceDir);
  const { files, skipped } = listArticles(options.articlesDir);
  for (const skip of skipped) options.onSkip?.(skip);
  const analyses: ArticleAnalysis[] = [];
  const metadata: RawArticle[] = [];
  files.forEach((file, i) => {
    const raw = readArticleFile(file);
    metadata.push({ ...raw, body: '' });
    analyses.push(analyseArticle(raw, prepared.context));
    options.onProgress?.(i + 1, files.length);
  });
  checkDuplicates(metadata);
  return finish(prepared, analyses, options.generatedAt ?? new Date().toISOString());
}
