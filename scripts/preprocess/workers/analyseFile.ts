/**
 * One article file → its findings, ready to travel: the facts as objects, the evidence as the JSON
 * its shard will hold, checked against the shard's schema here (in parallel) rather than in the
 * main thread afterwards. The same code runs in a worker thread and, with one job, in the CLI's.
 */
import type { ArticleFacts } from '../findings';
import { findingsOf, type Prepared } from '../pipeline';
import { evidenceProblem } from '../evidenceCheck';
import { readArticleFile } from '../readArticle';

export interface FileFindings {
  facts: ArticleFacts;
  /** JSON.stringify of the article's evidence entry. */
  evidenceText: string;
}

export function analyseFile(file: string, prepared: Prepared): FileFindings {
  const { facts, evidence } = findingsOf(readArticleFile(file), prepared);
  const problem = evidenceProblem(evidence);
  if (problem !== undefined) throw new Error(`the evidence of ${file} fails its own schema: ${problem}`);
  return { facts, evidenceText: JSON.stringify(evidence) };
}
