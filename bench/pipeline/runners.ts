import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BaselineOutput } from '../baseline/people';
import { measureProcess, type ProcessCost } from '../lib/measureProcess';
import { collapseMentions, type PersonInArticle } from '../lib/score';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PIPELINE_CLI = resolve(ROOT, 'scripts/preprocess/cli.ts');
const BASELINE_SCRIPT = resolve(ROOT, 'bench/baseline/people.ts');

/** Both tools run the same way: a fresh Node with the tsx loader, pinned to one core, timed from outside. */
const tsxNode = (script: string, args: string[]) => [process.execPath, ['--import', 'tsx', script, ...args]] as const;

export class BenchError extends Error {}

export async function runPipeline(articlesDir: string, outFile: string): Promise<ProcessCost> {
  if (!existsSync(PIPELINE_CLI)) throw new BenchError(`the pipeline CLI ${PIPELINE_CLI} does not exist yet`);
  rmSync(outFile, { force: true });
  const [node, args] = tsxNode(PIPELINE_CLI, ['--articles', articlesDir, '--out', outFile]);
  const cost = await measureProcess(node, args, { oneCore: true, cwd: ROOT });
  if (cost.exitCode !== 0 || !existsSync(outFile)) {
    throw new BenchError(`the pipeline failed on ${articlesDir} (exit ${cost.exitCode}):\n${(cost.stderr || cost.stdout).trim().slice(-2000)}`);
  }
  return cost;
}

export async function runBaseline(articlesDir: string, outFile: string): Promise<{ cost: ProcessCost; output: BaselineOutput }> {
  rmSync(outFile, { force: true });
  const [node, args] = tsxNode(BASELINE_SCRIPT, ['--articles', articlesDir, '--out', outFile]);
  const cost = await measureProcess(node, args, { oneCore: true, cwd: ROOT });
  if (cost.exitCode !== 0 || !existsSync(outFile)) {
    throw new BenchError(`the compromise baseline failed on ${articlesDir} (exit ${cost.exitCode}):\n${cost.stderr.trim().slice(-2000)}`);
  }
  return { cost, output: JSON.parse(readFileSync(outFile, 'utf8')) as BaselineOutput };
}

interface PipelineExperts {
  experts: { name: string; country: string | null; articles: string[] }[];
}

/** The pipeline's experts as (article, person) pairs, with the country it gave them. */
export function pipelinePairs(scoJsonFile: string): PersonInArticle[] {
  const data = JSON.parse(readFileSync(scoJsonFile, 'utf8')) as PipelineExperts;
  return data.experts.flatMap((e) => e.articles.map((articleId) => ({ articleId, name: e.name, country: e.country })));
}

/** The baseline's people as pairs; repeated and surname-only mentions in one article count once. */
export function baselinePairs(output: BaselineOutput): PersonInArticle[] {
  return output.articles.flatMap((a) => collapseMentions(a.people).map((name) => ({ articleId: a.id, name })));
}

/**
 * The seeds' answer key (data/eval/seeds-answer-key.json, written with the pipeline's eval) as pairs.
 * Read loosely: each expert names its article as `articleId`, `article` or `articles`.
 */
export function seedKeyPairs(keyFile: string): PersonInArticle[] | null {
  if (!existsSync(keyFile)) return null;
  const raw = JSON.parse(readFileSync(keyFile, 'utf8')) as { experts?: unknown };
  if (!Array.isArray(raw.experts)) return null;
  return (raw.experts as Record<string, unknown>[]).flatMap((expert) => {
    const name = typeof expert.name === 'string' ? expert.name : null;
    if (name === null) return [];
    const country = typeof expert.country === 'string' ? expert.country : null;
    const articles = Array.isArray(expert.articles)
      ? expert.articles.filter((a): a is string => typeof a === 'string')
      : [expert.articleId ?? expert.article].filter((a): a is string => typeof a === 'string');
    return articles.map((articleId) => ({ articleId, name, country }));
  });
}
