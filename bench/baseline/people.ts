/**
 * The baseline a user might reach for instead of the pipeline: compromise's people detection
 * over each article body. Run as its own process (like the pipeline) so both are timed the same
 * way: `tsx bench/baseline/people.ts --articles DIR --out FILE`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { parseArticleText } from '../../scripts/preprocess/parseArticle';

export interface BaselineOutput {
  articles: { id: string; people: string[] }[];
  /** Time inside nlp(...).people() only, without reading files or starting Node. */
  nlpMs: number;
  bodyBytes: number;
}

const { values } = parseArgs({ options: { articles: { type: 'string' }, out: { type: 'string' } } });
if (values.articles === undefined || values.out === undefined) throw new Error('usage: people.ts --articles DIR --out FILE');
const dir = values.articles;
const output: BaselineOutput = { articles: [], nlpMs: 0, bodyBytes: 0 };
for (const name of readdirSync(dir).filter((n) => n.endsWith('.md') || n.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, name), 'utf8');
  const body = name.endsWith('.md') ? parseArticleText(name, text).body : text;
  output.bodyBytes += Buffer.byteLength(body);
  const started = performance.now();
  const people = nlp(body).people().out('array') as string[];
  output.nlpMs += performance.now() - started;
  output.articles.push({ id: basename(name, extname(name)), people });
}
writeFileSync(values.out, JSON.stringify(output));
