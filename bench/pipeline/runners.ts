import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORE_FILE } from '../../src/model/dataFiles';
import type { CoreFile } from '../../src/model/coreSchema';
import type { BaselineOutput } from '../baseline/people';
import { measureProcess, type ProcessCost } from '../lib/measureProcess';
import { readEvalKey } from '../../scripts/eval/key';
import { collapseMentions, type PersonInArticle } from '../lib/score';

export const ROOT = resolve(import.meta.dirname, '../..');
/** What `npm run preprocess` runs: the CLI from its prebuilt bundle (built once by warmPipelineBundle, not inside a timed run). */
export const PIPELINE_CLI = resolve(ROOT, 'scripts/preprocess/run.mjs');
const PIPELINE_BUNDLE = resolve(ROOT, 'scripts/preprocess/bundle.mjs');
const BASELINE_SCRIPT = resolve(ROOT, 'bench/baseline/people.ts');

/** The baseline runs in a fresh Node with the tsx loader, timed from outside, one thread pinned to one core. */
const tsxNode = (script: string, args: string[]) => [process.execPath, ['--import', 'tsx', script, ...args]] as const;

export class BenchError extends Error {}

export interface PipelineRun {
  /** `--jobs N`; omitted: the CLI's default (every core, or one thread on a small corpus). */
  jobs?: number;
}

/** Builds the pipeline's bundle if a source changed since the last build, so that no timed run pays for it. */
export async function warmPipelineBundle(): Promise<void> {
  const cost = await measureProcess(process.execPath, [PIPELINE_BUNDLE], { cwd: ROOT });
  if (cost.exitCode !== 0) throw new BenchError(`the pipeline's bundle did not build (exit ${cost.exitCode}):\n${cost.stderr.trim().slice(-2000)}`);
}

/** One `npm run preprocess` into a fresh data folder, unpinned (it uses every core it is given). */
export async function runPipeline(articlesDir: string, outDir: string, run: PipelineRun = {}): Promise<ProcessCost> {
  if (!existsSync(PIPELINE_CLI)) throw new BenchError(`the pipeline CLI ${PIPELINE_CLI} does not exist yet`);
  rmSync(outDir, { recursive: true, force: true });
  const jobs = run.jobs === undefined ? [] : ['--jobs', String(run.jobs)];
  const [node, args] = [process.execPath, [PIPELINE_CLI, '--articles', articlesDir, '--out', outDir, ...jobs]] as const;
  const cost = await measureProcess(node, args, { cwd: ROOT });
  if (cost.exitCode !== 0 || !existsSync(join(outDir, CORE_FILE))) {
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

/** The pipeline's experts as (article, person) pairs, with the country it gave them, from a data folder's core. */
export function pipelinePairs(dataDir: string): PersonInArticle[] {
  const core = JSON.parse(readFileSync(join(dataDir, CORE_FILE), 'utf8')) as Pick<CoreFile, 'articles' | 'experts'>;
  return core.experts.flatMap((e) => e.articles.map((article) => ({ articleId: core.articles[article]?.id ?? '', name: e.name, country: e.country })));
}

/** The baseline's people as pairs; repeated and surname-only mentions in one article count once. */
export function baselinePairs(output: BaselineOutput): PersonInArticle[] {
  return output.articles.flatMap((a) => collapseMentions(a.people).map((name) => ({ articleId: a.id, name })));
}

/** An answer key in the eval's format (scripts/eval/key.ts, as the seeds' key is) as (article, person) pairs. */
export function seedKeyPairs(keyFile: string): PersonInArticle[] | null {
  if (!existsSync(keyFile)) return null;
  const key = readEvalKey(keyFile);
  return Object.entries(key.articles).flatMap(([articleId, entry]) => entry.experts.map((e) => ({ articleId, name: e.name, country: e.country })));
}
