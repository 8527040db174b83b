/**
 * The whole pipeline: read → segment → extract → link → validate. The CLI adds the write.
 * `buildScoData` (buildData.ts) is pure (articles in memory → data); `runPipeline` reads a folder
 * one file at a time, so memory holds findings, not article bodies.
 */
import { analyseArticle, type ArticleAnalysis } from './analyseArticle';
import { link, prepare } from './buildData';
import type { ScoData } from './model';
import { loadReferenceData } from './reference/load';
import type { RawArticle } from './rawArticle';
import { readArticleFile } from './readArticle';
import { listArticles, type SkippedFile } from './readCorpus';
import { checkDuplicates } from './sameArticle';
import { validateScoData } from './validate';

export { buildScoData, link, linkAndValidate, prepare, type Prepared } from './buildData';

export interface RunOptions {
  articlesDir: string;
  referenceDir: string;
  generatedAt?: string;
  onProgress?: (done: number, total: number) => void;
  /** A file in the folder that is not read as an article, and why (a hidden file, an unknown extension, a folder). */
  onSkip?: (skipped: SkippedFile) => void;
  /** Every article's findings, before linking: the CLI writes them for the browser (analysesFile.ts). */
  onAnalyses?: (analyses: readonly ArticleAnalysis[]) => void;
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
  options.onAnalyses?.(analyses);
  const data = link(prepared, analyses, options.generatedAt ?? new Date().toISOString());
  // The findings are in `data` now; let the per-article working data go before validating.
  analyses.length = 0;
  return validateScoData(data);
}
