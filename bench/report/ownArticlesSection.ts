import type { OwnArticlesResults } from '../app/benchOwnArticles';
import { spread, table } from './format';

/** "Add articles" in the browser: the in-app pipeline's time for 10 and 100 added articles, and its worker's size. */
export function ownArticlesSection(results: OwnArticlesResults | null | undefined): string {
  if (results === null || results === undefined) return '## Add articles in the app\n\nNot run.';
  const rows = results.runs.map((r) => [
    r.shipped.toLocaleString('en-GB'),
    String(r.articles),
    r.format === 'md' ? 'Markdown' : 'saved web page',
    r.bodyMb.toFixed(2),
    spread(r.startMs, 0),
    spread(r.buildMs, 0),
    (r.buildMs.median / r.articles).toFixed(1),
    spread(r.seenMs, 0),
  ]);
  return [
    '## Add articles in the app',
    '',
    `The built app in headless Chromium at 1440×900, with the seeds' data and (one run, Markdown only) the largest synthetic corpus's: synthetic articles (bench/corpus/, another seed than the pipeline's) given to the "Add articles" panel's file input as Markdown files, and as saved web pages (the same text with navigation, related links and comments around it, so Readability runs too). Each run in a fresh browser context, so the worker starts cold. Worker start = the reference data checked and indexed, and the shipped core (sco-core.json, which the page has loaded already) fetched, checked and read back into per-article facts, once per page; build = read → segment → extract → findings of the added articles, then the core of the shipped and the added articles (one CoreBuilder, as the CLI), in the worker; seen = files chosen → "Added N articles" on screen: reading the files, loading and compiling the worker's script (first add only), the worker, the core handed to the page and checked and decoded by its loader, keeping the articles in IndexedDB, and every view drawn again with the new data (the status line changes in the same render). The shipped articles' words stay in their shards; the added articles' go into shards of their own, in memory.`,
    '',
    table(['Shipped articles', 'Articles added', 'As', 'Body MB', 'Worker start ms', 'Build ms', 'Build ms per article', 'Seen ms'], rows),
    '',
    `Worker bundle (\`assets/ownCorpus.worker-*.js\`: the pipeline stages, linkedom, Readability, yaml, zod and the reference data): ${(results.workerBytes / 1024).toFixed(0)} KB raw, **${(results.workerGzipBytes / 1024).toFixed(0)} KB gzip** (level 9). It loads only when someone adds articles, or has some kept; first-load JS does not include it.`,
    ...(results.problems.length > 0 ? ['', 'Problems seen:', '', ...results.problems.map((p) => `- ${p}`)] : []),
  ].join('\n');
}
