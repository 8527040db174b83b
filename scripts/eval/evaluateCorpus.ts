/**
 * A corpus against an answer key, in memory (nothing is written): the pipeline's stages per
 * article, and compromise's people() beside them when asked. Shared by `npm run eval` and by
 * `npm run bench`, which adds the development set's table to BENCHMARKS.md when it is there.
 */
import nlp from 'compromise';
import { collapseMentions } from '../../bench/lib/score';
import { analyseArticle } from '../preprocess/analyseArticle';
import { prepare } from '../preprocess/pipeline';
import { readCorpus } from '../preprocess/readCorpus';
import { loadReferenceData } from '../preprocess/reference/load';
import { formOfMiss } from './forms';
import { readEvalKey } from './key';
import { evaluate, type EvalReport, type FoundArticle } from './score';

export interface CorpusEvaluation {
  corpus: string;
  key: string;
  /** Articles read from the corpus (the key may cover fewer). */
  articles: number;
  report: EvalReport;
  /** CPU time of the pipeline's stages over the corpus, without the baseline. */
  pipelineCpuMs: number;
}

export function evaluateCorpus(corpus: string, keyFile: string, referenceDir = 'data/reference', withBaseline = true): CorpusEvaluation {
  const key = readEvalKey(keyFile);
  const prepared = prepare(loadReferenceData(referenceDir), referenceDir);
  const raws = readCorpus(corpus);
  const started = process.cpuUsage();
  const analyses = raws.map((raw) => analyseArticle(raw, prepared.context));
  const used = process.cpuUsage(started);
  const found: FoundArticle[] = raws.map((raw, i) => {
    const analysis = analyses[i];
    return {
      id: raw.id,
      people: (analysis?.people ?? []).map((p) => ({ name: p.name, role: p.profile.role, country: p.profile.country, forms: p.forms })),
      candidates: analysis?.candidates ?? [],
      ...(withBaseline ? { baseline: collapseMentions(nlp(raw.body).people().out('array') as string[]) } : {}),
    };
  });
  const report = evaluate(key, found, (person) => formOfMiss(person.evidence, person.name, prepared.context.names));
  return { corpus, key: keyFile, articles: raws.length, report, pipelineCpuMs: (used.user + used.system) / 1000 };
}
