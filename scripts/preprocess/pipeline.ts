/**
 * The whole pipeline: read → segment → extract → findings → link → split → validate. The CLI adds
 * the write (runOnFolder.ts, on worker threads). The pure stages on articles or findings in memory
 * are in buildData.ts (a browser worker runs them too); `runPipeline` reads a folder one file at a
 * time, so memory holds findings, not article bodies.
 */
import { assembleAtlas, findingsOf, prepare, wholeData } from './buildData';
import type { ScoData } from './model';
import { loadReferenceData } from './reference/load';
import { readArticleFile } from './readArticle';
import { listArticles, type SkippedFile } from './readCorpus';
import { checkDuplicates } from './sameArticle';

export { assembleAtlas, buildScoData, findingsOf, prepare, type Findings, type Prepared } from './buildData';

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
