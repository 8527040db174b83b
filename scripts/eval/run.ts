/**
 * npm run eval [-- --corpus DIR --key FILE --min-f1 N --no-baseline]
 * Runs the pipeline's stages in memory over a corpus (nothing is written) and scores them against
 * an answer key in the development-set format (key.ts), with compromise's people() beside it.
 * Without flags: the seed articles against data/eval/seeds-answer-key.json, where every expert
 * must be found and nobody else (exit 1 otherwise). With --key the minimum expert F1 is 0 unless
 * --min-f1 says otherwise.
 */
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { collapseMentions } from '../../bench/lib/score';
import { analyseArticle } from '../preprocess/analyseArticle';
import { InputError } from '../preprocess/inputError';
import { prepare } from '../preprocess/pipeline';
import { readCorpus } from '../preprocess/readCorpus';
import { loadReferenceData } from '../preprocess/reference/load';
import { formatReport } from './format';
import { formOfMiss } from './forms';
import { readEvalKey } from './key';
import { evaluate, type FoundArticle } from './score';

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
    const key = readEvalKey(keyFile);
    const prepared = prepare(loadReferenceData(values.reference), values.reference);
    const found: FoundArticle[] = readCorpus(corpus).map((raw) => {
      const analysis = analyseArticle(raw, prepared.context);
      return {
        id: raw.id,
        people: analysis.people.map((p) => ({ name: p.name, role: p.profile.role, country: p.profile.country, forms: p.forms })),
        candidates: analysis.candidates,
        ...(values['no-baseline'] ? {} : { baseline: collapseMentions(nlp(raw.body).people().out('array') as string[]) }),
      };
    });
    const report = evaluate(key, found, (person) => formOfMiss(person.evidence, person.name, prepared.context.names));
    console.log(`Evaluation of ${found.length} articles in ${corpus} against ${keyFile} (${report.articles} keyed)\n`);
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
