/**
 * npm run eval [-- --articles DIR --key FILE --min-expert-score N]
 * Runs the pipeline in memory (nothing is written) and prints precision, recall and F1 against an
 * answer key as a Markdown table. Exits 1 if expert precision or recall falls below the minimum
 * (1.0 by default: on the seeds every expert must be found, and nobody else).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError } from '../preprocess/inputError';
import { runPipeline } from '../preprocess/pipeline';
import { AnswerKey, evaluate, formatTable } from './score';

const MAX_LISTED = 15;

function main(): number {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: 'data/articles' },
      key: { type: 'string', default: 'data/eval/seeds-answer-key.json' },
      reference: { type: 'string', default: 'data/reference' },
      'min-expert-score': { type: 'string', default: '1' },
    },
  });
  const minimum = Number(values['min-expert-score']);
  try {
    const key = AnswerKey.parse(JSON.parse(readFileSync(values.key, 'utf8')));
    const data = runPipeline({ articlesDir: values.articles, referenceDir: values.reference });
    const scores = evaluate(key, data);
    console.log(`Evaluation of ${data.articles.length} articles in ${values.articles} against ${values.key}\n`);
    console.log(formatTable(scores));
    for (const s of scores) {
      if (s.missed.length > 0) console.log(`\n${s.measure}, missed: ${s.missed.slice(0, MAX_LISTED).join(', ')}${s.missed.length > MAX_LISTED ? ' …' : ''}`);
      if (s.extra.length > 0) console.log(`${s.measure}, not in the key: ${s.extra.slice(0, MAX_LISTED).join(', ')}${s.extra.length > MAX_LISTED ? ' …' : ''}`);
    }
    const experts = scores.find((s) => s.measure === 'experts');
    if (experts === undefined || experts.precision < minimum || experts.recall < minimum) {
      console.error(`\neval: expert precision/recall below ${minimum}`);
      return 1;
    }
    return 0;
  } catch (error) {
    console.error(`eval: ${error instanceof InputError ? error.message : ((error as Error).stack ?? String(error))}`);
    return 1;
  }
}

process.exitCode = main();
