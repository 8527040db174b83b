/**
 * npx tsx bench/import/benchImport.ts [--runs N]
 *
 * Time to read one web page into an article (decode, metadata, Readability, paragraphs), in
 * process, for every fixture page and generated 1 MB and 5 MB pages: median and min–max over N
 * runs after a warm-up. Beside it the same metadata and text steps on a jsdom document instead of
 * linkedom (not on 5 MB: it takes minutes there), to show why the reader uses linkedom, and whether
 * the two give the same text. Last, the whole import (fetch from 127.0.0.1, read, duplicate check,
 * atomic write) of the fixture pages as URLs, per page.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { decodePage } from '../../scripts/preprocess/html/charset';
import { pageMetadata } from '../../scripts/preprocess/html/pageMetadata';
import { hugePage, PAGES_DIR, pageBytes } from '../../scripts/preprocess/html/pageFixtures';
import { readableParagraphs } from '../../scripts/preprocess/html/readableText';
import { readHtmlArticle } from '../../scripts/preprocess/html/readHtmlArticle';
import { main as importPages } from '../../scripts/import/runImport';
import { servePages } from '../../scripts/import/testServer';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);

function withJsdom(bytes: Uint8Array): string[] {
  const { text } = decodePage(bytes);
  // jsdom runs no scripts unless asked (runScripts is off by default).
  const { document } = new JSDOM(text).window;
  pageMetadata(document);
  return readableParagraphs(document);
}

function stats(ms: number[]): { median: number; min: number; max: number } {
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)] ?? 0, min: ms[0] ?? 0, max: ms[ms.length - 1] ?? 0 };
}

function time(fn: () => unknown): { median: number; min: number; max: number } {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    ms.push(performance.now() - start);
  }
  return stats(ms);
}

const fmt = (t: { median: number; min: number; max: number }) => `${t.median.toFixed(1)} ms (${t.min.toFixed(1)}–${t.max.toFixed(1)})`;

const pages: Array<[string, Uint8Array]> = readdirSync(PAGES_DIR)
  .filter((name) => name.endsWith('.html') && !name.startsWith('no-'))
  .map((name) => [name, pageBytes(name)]);
pages.push(['generated 1 MB page', new TextEncoder().encode(hugePage(2 ** 20))]);
const fiveMb = new TextEncoder().encode(hugePage(5 * 2 ** 20));

console.log(`| page | KB | linkedom (reader) | jsdom | same text |`);
console.log(`| --- | ---: | ---: | ---: | --- |`);
const medians: number[] = [];
for (const [name, bytes] of pages) {
  const linkedom = time(() => readHtmlArticle(name, bytes, { fetchedFrom: 'http://127.0.0.1/2022/09/16/page' }));
  const jsdom = time(() => withJsdom(bytes));
  const same = readHtmlArticle(name, bytes, { fetchedFrom: 'http://127.0.0.1/2022/09/16/page' }).article.body === withJsdom(bytes).join('\n\n');
  if (!name.startsWith('generated')) medians.push(linkedom.median);
  console.log(`| ${name} | ${(bytes.byteLength / 1024).toFixed(0)} | ${fmt(linkedom)} | ${fmt(jsdom)} | ${same ? 'yes' : 'no'} |`);
}
console.log(`| generated 5 MB page | ${(fiveMb.byteLength / 1024).toFixed(0)} | ${fmt(time(() => readHtmlArticle('5mb.html', fiveMb)))} | not run | |`);
medians.sort((a, b) => a - b);
console.log(`\nfixture pages (linkedom): median of medians ${medians[Math.floor(medians.length / 2)]?.toFixed(1)} ms, ${runs} runs each after a warm-up`);

const served = pages.filter(([name]) => name.endsWith('.html'));
const server = await servePages(Object.fromEntries(served.map(([name, bytes]) => [`/2024/07/05/${name}`, { body: bytes }])));
const urls = served.map(([name]) => server.url(`/2024/07/05/${name}`));
const articles = mkdtempSync(join(tmpdir(), 'sco-bench-import-'));
const quiet = { out: () => undefined, err: () => undefined };
const perPage: number[] = [];
for (let i = 0; i <= runs; i++) {
  const start = performance.now();
  await importPages([...urls, '--articles', articles, '--force'], quiet);
  if (i > 0) perPage.push((performance.now() - start) / urls.length);
}
await server.close();
console.log(`whole import of ${urls.length} fixture pages as URLs from 127.0.0.1 (fetch, read, duplicate check, write): ${fmt(stats(perPage))} per page`);
