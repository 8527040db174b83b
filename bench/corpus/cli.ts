/**
 * Writes a synthetic corpus: `tsx bench/corpus/cli.ts --count 1000 [--seed N] [--out DIR]`.
 * The answer key goes to DIR/../corpus-<count>.key.json (outside the article folder, which the
 * pipeline reads whole).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus, writeCorpus } from './generate';
import { loadLexicon } from './loadLexicon';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '100' }, seed: { type: 'string' }, out: { type: 'string' } },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, not ${values.count}`);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const dir = resolve(values.out ?? `bench/out/corpus-${count}`);
const { lexicon, source } = loadLexicon();
const started = performance.now();
const corpus = generateCorpus(count, lexicon, seed);
const { bytes, bodyBytes } = writeCorpus(corpus, dir, `${dir}.key.json`);
const seconds = (performance.now() - started) / 1000;
console.log(
  `${count} articles (${(bytes / 1e6).toFixed(1)} MB, ${(bodyBytes / 1e6).toFixed(1)} MB of body text, ${corpus.key.experts.length} experts, themes from ${source}) → ${dir} in ${seconds.toFixed(1)} s`,
);
