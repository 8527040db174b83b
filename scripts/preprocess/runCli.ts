/**
 * The command line behind `npm run preprocess [-- --articles DIR --out FILE --reference DIR]`:
 * reads the articles, writes sco.json and sco.schema.json atomically, prints one summary line.
 * Bad input returns status 1 with a message naming the file (and line); cli.ts is the entry point.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { analysesToJson, type AnalysesFile } from './analysesFile';
import { InputError } from './inputError';
import { runPipeline } from './pipeline';
import { scoJsonSchema } from './validate';
import { analysesFileFor, schemaFileFor, writeFileAtomically, writeJsonAtomically } from './writeOutput';
import type { ScoData } from './model';

/** Below this, progress lines would only be noise. */
const PROGRESS_THRESHOLD = 50;

export function summaryLine(data: ScoData, seconds: number, outFile: string): string {
  return (
    `preprocess: ${data.articles.length} articles, ${data.experts.length} experts, ${data.countries.length} countries, ` +
    `${data.candidates.length} candidates, ${data.themes.length} themes in ${seconds.toFixed(2)} s → ${outFile}`
  );
}

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

export function main(argv: string[], io: CliOutput = processOutput): number {
  const started = performance.now();
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        articles: { type: 'string', default: 'data/articles' },
        out: { type: 'string', default: 'public/data/sco.json' },
        reference: { type: 'string', default: 'data/reference' },
      },
      strict: true,
    }).values;
  } catch (error) {
    io.err(`preprocess: ${(error as Error).message}\nusage: npm run preprocess -- [--articles DIR] [--out FILE] [--reference DIR]\n`);
    return 2;
  }
  try {
    // SOURCE_DATE_EPOCH (reproducible builds) pins generatedAt, so two runs can give identical files.
    const epoch = process.env.SOURCE_DATE_EPOCH;
    const generatedAt = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : new Date().toISOString();
    let analyses: AnalysesFile | undefined;
    const data = runPipeline({
      articlesDir: args.articles,
      referenceDir: args.reference,
      generatedAt,
      onProgress: progressReporter(io),
      onSkip: (skip) => io.err(`preprocess: skipped ${skip.file}: ${skip.reason}\n`),
      onAnalyses: (found) => (analyses = analysesToJson(found, generatedAt)),
    });
    // No indentation: the browser downloads these files, and they can be large.
    writeJsonAtomically(args.out, data);
    // The findings the app's "Add articles" links the user's articles with; fetched only when it is used.
    if (analyses !== undefined) writeJsonAtomically(analysesFileFor(args.out), analyses);
    writeFileAtomically(schemaFileFor(args.out), `${JSON.stringify(scoJsonSchema(), null, 2)}\n`);
    const seconds = (performance.now() - started) / 1000;
    io.out(`${summaryLine(data, seconds, relative(process.cwd(), args.out) || args.out)}\n`);
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
