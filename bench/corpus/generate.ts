import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle, toMarkdown, type SyntheticArticle } from './article';
import type { ThemePhrases } from './lexicon';
import { buildPeoplePools } from './names';
import { deriveSeed } from './random';

export const DEFAULT_SEED = 20010615; // the SCO's founding day, 15 June 2001

/** What the generator planted, for scoring an extractor on synthetic text. */
export interface AnswerKey {
  seed: number;
  count: number;
  articles: {
    id: string;
    published: string;
    experts: { name: string; country: string; introForm: string; followUps: string[]; themes: string[] }[];
    bystanders: { name: string; role: string }[];
  }[];
  /** Every planted expert once, with the articles that quote them. */
  experts: { name: string; country: string; articles: string[] }[];
}

export interface Corpus {
  articles: SyntheticArticle[];
  key: AnswerKey;
}

/**
 * `count` articles; article n depends only on the seed and n (and the articles before it, when a
 * title and date collide), so the 100-article corpus is the first 100 of the 10,000.
 */
export function generateCorpus(count: number, lexicon: readonly ThemePhrases[], seed = DEFAULT_SEED): Corpus {
  const pools = buildPeoplePools(seed);
  const seen = new Set<string>();
  const articles: SyntheticArticle[] = [];
  for (let index = 0; index < count; index += 1) {
    let attempt = 0;
    let article = generateArticle(deriveSeed(seed, index), index, pools, lexicon);
    while (seen.has(`${article.title}|${article.published}`)) {
      attempt += 1;
      article = generateArticle(deriveSeed(seed ^ attempt, index), index, pools, lexicon);
    }
    seen.add(`${article.title}|${article.published}`);
    articles.push(article);
  }
  return { articles, key: answerKeyOf(articles, seed) };
}

function answerKeyOf(articles: readonly SyntheticArticle[], seed: number): AnswerKey {
  const byName = new Map<string, { name: string; country: string; articles: string[] }>();
  for (const article of articles) {
    for (const expert of article.experts) {
      const entry = byName.get(expert.name) ?? { name: expert.name, country: expert.country, articles: [] };
      entry.articles.push(article.id);
      byName.set(expert.name, entry);
    }
  }
  return {
    seed,
    count: articles.length,
    articles: articles.map((a) => ({ id: a.id, published: a.published, experts: a.experts, bystanders: a.bystanders })),
    experts: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Writes the articles (one .md each) into `dir`, replacing any earlier corpus there, and the key beside it. */
export function writeCorpus(corpus: Corpus, dir: string, keyFile: string): { bytes: number; bodyBytes: number } {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.md')) rmSync(join(dir, name));
  let bytes = 0;
  let bodyBytes = 0;
  for (const article of corpus.articles) {
    const text = toMarkdown(article);
    writeFileSync(join(dir, article.fileName), text);
    bytes += Buffer.byteLength(text);
    bodyBytes += Buffer.byteLength(article.body);
  }
  writeFileSync(keyFile, `${JSON.stringify(corpus.key, null, 1)}\n`);
  return { bytes, bodyBytes };
}
