/**
 * The command line behind `npm run preprocess [-- --articles DIR --out DIR --reference DIR --jobs N]`:
 * reads the articles (on every core by default), writes the app's data folder (the core, its
 * evidence shards and their JSON Schemas) file by file atomically, prints one summary line. Bad
 * input returns status 1 with a message naming the file (and line); cli.ts is the entry point.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from './inputError';
import { runOnFolder, type FolderRunResult } from './runOnFolder';

/** Below this, progress lines would only be noise. */
const PROGRESS_THRESHOLD = 50;

/** Below this many articles, starting worker threads costs more than it saves (unless --jobs asks). */
const FILES_FOR_WORKERS = 200;

export function summaryLine(counts: Pick<FolderRunResult, 'articles' | 'experts' | 'countries' | 'candidates' | 'themes' | 'shards'>, seconds: number, coreFile: string): string {
  const { articles, experts, countries, candidates, themes, shards } = counts;
  return (
    `preprocess: ${articles} articles, ${experts} experts, ${countries} countries, ` +
    `${candidates} candidates, ${themes} themes in ${seconds.toFixed(2)} s → ${coreFile} + ${shards} evidence ${shards === 1 ? 'file' : 'files'}`
  );
}

const USAGE = 'usage: npm run preprocess -- [--articles DIR] [--out DIR] [--reference DIR] [--jobs N]';

export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Progress overwrites one line on a terminal, and prints lines otherwise. */
  isTerminal: boolean;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTerminal: process.stderr.isTTY,
};

function progressReporter(io: CliOutput): (done: number, total: number) => void {
  let lastShown = 0;
  return (done, total) => {
    if (total <= PROGRESS_THRESHOLD) return;
    const step = Math.max(1, Math.floor(total / 20));
    if (done !== total && done - lastShown < step) return;
    lastShown = done;
    if (io.isTerminal) io.err(`\rpreprocess: ${done}/${total} articles${done === total ? '\n' : ''}`);
    else io.err(`preprocess: ${done}/${total} articles\n`);
  };
}

export async function main(argv: string[], io: CliOutput = processOutput): Promise<number> {
  const started = performance.now();
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        articles: { type: 'string', default: 'data/articles' },
        out: { type: 'string', default: 'public/data' },
        reference: { type: 'string', default: 'data/reference' },
        jobs: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    io.err(`preprocess: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const jobs = args.jobs === undefined ? null : Number(args.jobs);
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1)) {
    io.err(`preprocess: --jobs takes a whole number of threads, 1 or more (got ${args.jobs})\n${USAGE}\n`);
    return 2;
  }
  if (args.out.endsWith('.json')) {
    io.err(`preprocess: --out names a folder now (the core and its evidence files go in it), not a file: ${args.out}\n${USAGE}\n`);
    return 2;
  }
  try {
    // SOURCE_DATE_EPOCH (reproducible builds) pins generatedAt, so two runs can give identical files.
    const epoch = process.env.SOURCE_DATE_EPOCH;
    const generatedAt = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : new Date().toISOString();
    const result = await runOnFolder({
      articlesDir: args.articles,
      referenceDir: args.reference,
      outDir: args.out,
      // Every core unless told: a small corpus is done before the threads would have started.
      jobs: jobs ?? (articleCount(args.articles) >= FILES_FOR_WORKERS ? availableParallelism() : 1),
      generatedAt,
      onProgress: progressReporter(io),
      onSkip: (skip) => io.err(`preprocess: skipped ${skip.file}: ${skip.reason}\n`),
    });
    const seconds = (performance.now() - started) / 1000;
    io.out(`${summaryLine(result, seconds, relative(process.cwd(), result.coreFile) || result.coreFile)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`preprocess: ${error.message}\nNothing was written; the previous output is unchanged.\n`);
      return 1;
    }
    io.err(`preprocess: internal error: ${(error as Error).stack ?? String(error)}\nNothing was written.\n`);
    return 2;
  }
}

/** How many entries the articles folder has (an upper bound on its articles; 0 when it cannot be read, which the run then reports). */
function articleCount(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
}
