/**
 * npm run eval [-- --corpus DIR --key FILE --min-f1 N --no-baseline]
 * Runs the pipeline's stages in memory over a corpus (nothing is written) and scores them against
 * an answer key in the development-set format (key.ts), with compromise's people() beside it.
 * Without flags: the seed articles against data/eval/seeds-answer-key.json, where every expert
 * must be found and nobody else (exit 1 otherwise). With --key the minimum expert F1 is 0 unless
 * --min-f1 says otherwise.
 */
import { parseArgs } from 'node:util';
import { InputError } from '../preprocess/inputError';
import { evaluateCorpus } from './evaluateCorpus';
import { formatReport } from './format';

function main(): number {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      articles: { type: 'string' },
      key: { type: 'string' },
      reference: { type: 'string', default: 'data/reference' },
      'min-f1': { type: 'string' },
      'no-baseline': { type: 'boolean', default: false },
    },
  });
  const corpus = values.corpus ?? values.articles ?? 'data/articles';
  const keyFile = values.key ?? 'data/eval/seeds-answer-key.json';
  const minimum = Number(values['min-f1'] ?? (values.key === undefined ? '1' : '0'));
  try {
    const { articles, report } = evaluateCorpus(corpus, keyFile, values.reference, !values['no-baseline']);
    console.log(`Evaluation of ${articles} articles in ${corpus} against ${keyFile} (${report.articles} keyed)\n`);
    console.log(formatReport(report));
    if (report.experts.f1 < minimum) {
      console.error(`\neval: expert F1 ${report.experts.f1.toFixed(3)} is below ${minimum}`);
      return 1;
    }
    return 0;
  } catch (error) {
    console.error(`eval: ${error instanceof InputError ? error.message : ((error as Error).stack ?? String(error))}`);
    return 1;
  }
}

process.exitCode = main();
