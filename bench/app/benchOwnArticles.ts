/**
 * "Add articles" in the built app, in headless Chromium: 10 and 100 synthetic articles given to the
 * panel's file input, as Markdown and as saved web pages, each run in a fresh browser context (a
 * cold worker). Reports the worker's own figures (start-up: reference data checked and indexed and
 * the shipped core fetched, checked and read into facts; build: read → segment → extract → link of
 * the shipped plus the added articles) and the whole add as a person sees it (files chosen →
 * "Added N articles" on screen, which includes reading the files and keeping them in IndexedDB),
 * plus the worker's bundle size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { CORE_FILE, DATA_FOLDER } from '../../src/model/dataFiles';
import { OWN_BUILD_MARK, type OwnBuildDetail } from '../../src/views/addArticles/ownBuildMark';
import { toMarkdown, type SyntheticArticle } from '../corpus/article';
import { generateCorpus } from '../corpus/generate';
import type { ThemePhrases } from '../corpus/lexicon';
import { summarise, type Summary } from '../lib/stats';
import { launchBrowser } from './chromium';
import { serveDist } from './serve';

export interface OwnArticlesRun {
  /** Articles in the shipped data they were added to. */
  shipped: number;
  articles: number;
  format: 'md' | 'html';
  startMs: Summary;
  buildMs: Summary;
  /** Files chosen → the panel says they were added. */
  seenMs: Summary;
  /** Body text of the added articles (MB), for a per-MB reading. */
  bodyMb: number;
}

export interface OwnArticlesResults {
  workerBytes: number;
  workerGzipBytes: number;
  runs: OwnArticlesRun[];
  problems: string[];
}

export interface OwnArticlesOptions {
  dist: string;
  lexicon: readonly ThemePhrases[];
  runs: number;
  counts?: readonly number[];
  formats?: ReadonlyArray<'md' | 'html'>;
  log: (line: string) => void;
}

/** A saved news page around the article: navigation, the article, related links and comments, as real pages have. */
function asWebPage(article: SyntheticArticle): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = article.body
    .split(/\n\s*\n/)
    .map((p) => `<p>${escape(p.trim())}</p>`)
    .join('\n');
  const related = Array.from({ length: 30 }, (_, i) => `<li><a href="/story/${i}">Related story ${i} on regional trade</a></li>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(article.title)}</title>
<meta property="og:title" content="${escape(article.title)}"><meta property="og:site_name" content="${escape(article.outlet)}">
<meta property="article:published_time" content="${article.published}"><link rel="canonical" href="${article.url}"></head>
<body><nav><ul>${related}</ul></nav><article><h1>${escape(article.title)}</h1>${paragraphs}</article>
<section class="comments"><p>Comment: the ministers should talk about water first.</p></section></body></html>`;
}

function files(articles: readonly SyntheticArticle[], format: 'md' | 'html') {
  return articles.map((a) => ({
    name: `${a.id}.${format}`,
    mimeType: format === 'md' ? 'text/markdown' : 'text/html',
    buffer: Buffer.from(format === 'md' ? toMarkdown(a) : asWebPage(a)),
  }));
}

async function addOnce(page: Page, url: string, payload: ReturnType<typeof files>): Promise<{ detail: OwnBuildDetail; seenMs: number }> {
  await page.goto(url);
  await page.getByText(/Membership data as of/).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Add articles' }).click();
  const panel = page.getByRole('dialog', { name: 'Add articles' });
  const started = Date.now();
  await panel.locator('input[type="file"]').setInputFiles(payload);
  await panel.getByRole('status').getByText(/^Added \d+ articles? in/).waitFor({ timeout: 300_000 });
  const seenMs = Date.now() - started;
  const marks = await page.evaluate((name) => performance.getEntriesByName(name).map((m) => (m as PerformanceMark).detail as unknown), OWN_BUILD_MARK);
  const detail = marks[marks.length - 1] as OwnBuildDetail | undefined;
  if (detail === undefined || detail.added !== payload.length) throw new Error(`no build mark for ${payload.length} added articles`);
  return { detail, seenMs };
}

export async function benchOwnArticles(options: OwnArticlesOptions): Promise<OwnArticlesResults> {
  const { dist, lexicon, runs, counts = [10, 100], formats = ['md', 'html'], log } = options;
  const worker = readdirSync(join(dist, 'assets')).find((f) => /^ownCorpus\.worker-.*\.js$/.test(f));
  if (worker === undefined) throw new Error('no ownCorpus.worker-*.js in the build');
  const workerBytes = readFileSync(join(dist, 'assets', worker));
  const shipped = (JSON.parse(readFileSync(join(dist, DATA_FOLDER, CORE_FILE), 'utf8')) as { articles: unknown[] }).articles.length;
  // A seed apart from the pipeline bench's, so no added article repeats a shipped one.
  const corpus = generateCorpus(100, lexicon, 4242).articles;
  const server = await serveDist(dist);
  const browser = await launchBrowser(new URL(server.url).origin);
  const results: OwnArticlesResults = { workerBytes: workerBytes.byteLength, workerGzipBytes: gzipSync(workerBytes, { level: 9 }).byteLength, runs: [], problems: [] };
  try {
    for (const format of formats) {
      for (const count of counts) {
        const articles = corpus.slice(0, count);
        const payload = files(articles, format);
        const measured: Array<{ detail: OwnBuildDetail; seenMs: number }> = [];
        for (let run = 0; run < runs; run++) {
          const { context, foreignRequests } = await browser.newContext();
          const page = await context.newPage();
          const errors: string[] = [];
          page.on('console', (m) => {
            if (m.type() === 'error') errors.push(m.text());
          });
          try {
            measured.push(await addOnce(page, server.url, payload));
          } catch (error) {
            results.problems.push(`${count} ${format}, run ${run + 1}: ${(error as Error).message}`);
          }
          if (errors.length > 0 || foreignRequests.length > 0) results.problems.push(`${count} ${format}: ${[...errors, ...foreignRequests].join('; ')}`);
          await context.close();
        }
        if (measured.length === 0) continue;
        const entry: OwnArticlesRun = {
          shipped,
          articles: count,
          format,
          startMs: summarise(measured.map((m) => m.detail.startMs)),
          buildMs: summarise(measured.map((m) => m.detail.buildMs)),
          seenMs: summarise(measured.map((m) => m.seenMs)),
          bodyMb: articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0) / 1e6,
        };
        results.runs.push(entry);
        log(`add ${count} ${format} to ${shipped}: worker start ${entry.startMs.median.toFixed(0)} ms, build ${entry.buildMs.median.toFixed(0)} ms, seen ${entry.seenMs.median.toFixed(0)} ms`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
