/**
 * `npm run import -- <file.html | folder | https://… URL>… [--articles DIR] [--force] [--timeout S] [--max-mb N]`:
 * each page becomes <articles>/<id>.md. A page that cannot be imported is skipped with its reason
 * and the others still go in; no file is written for it, none is overwritten without --force, and
 * every write is atomic. Exit status 0 when every page is in the corpus (imported now or before),
 * 1 when any could not be imported, 2 for a usage error. cli.ts is the entry point.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_PAGE_BYTES, PageError, readHtmlArticle, sizeText, type HtmlArticle, type ReadOptions } from '../preprocess/html/readHtmlArticle';
import { writeFileAtomically } from '../preprocess/writeOutput';
import { articleId, articleMarkdown } from './articleMarkdown';
import { CorpusIndex } from './corpusIndex';
import { FetchError, fetchPage, type FetchLimits } from './fetchPage';
import { importedLines, isFailure, skipLine, summaryLine, type Skip } from './report';
import { expandSources, type Source } from './sources';

export interface ImportOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processOutput: ImportOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

const USAGE = 'usage: npm run import -- <file.html | folder | https://… URL>… [--articles DIR] [--force] [--timeout SECONDS] [--max-mb MB]';
const DEFAULT_TIMEOUT_SECONDS = 20;

interface Settings extends FetchLimits {
  articlesDir: string;
  force: boolean;
}

type Read = { ok: true; page: HtmlArticle } | { ok: false; skip: Skip };

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

async function readSource(source: Source, settings: Settings): Promise<Read> {
  const name = source.kind === 'file' ? source.path : source.url;
  const skip = (problem: Skip['problem'], reason: string): Read => ({ ok: false, skip: { source: name, problem, reason } });
  let bytes: Uint8Array;
  let options: ReadOptions = {};
  try {
    if (source.kind === 'file') {
      // Checked before reading, so a huge file is never loaded to be refused.
      const size = statSync(source.path).size;
      if (size > settings.maxBytes) return skip('too large', `the page is ${sizeText(size)}, more than the ${sizeText(settings.maxBytes)} limit`);
      bytes = readFileSync(source.path);
    } else {
      const fetched = await fetchPage(source.url, settings);
      bytes = fetched.bytes;
      options = { fetchedFrom: fetched.finalUrl, ...(fetched.contentType === undefined ? {} : { contentType: fetched.contentType }) };
    }
  } catch (error) {
    if (error instanceof FetchError) return skip(error.problem, error.message);
    return skip('unreadable', `cannot read the file (${errorCode(error)})`);
  }
  try {
    return { ok: true, page: readHtmlArticle(name, bytes, { ...options, maxBytes: settings.maxBytes }) };
  } catch (error) {
    if (error instanceof PageError) return skip(error.problem, error.reason);
    throw error;
  }
}

/** Writes one page's article, or says why not: a duplicate, an existing file without --force, a failed write. */
function fileArticle(name: string, page: HtmlArticle, index: CorpusIndex, settings: Settings): { target: string } | { skip: Skip } {
  const fields = { ...page.article, ...(page.author === undefined ? {} : { author: page.author }) };
  const target = join(settings.articlesDir, `${articleId(fields)}.md`);
  // --force replaces this page's own file, never another file holding the same article.
  const same = index.find(fields, settings.force ? target : undefined);
  if (same !== undefined) return { skip: { source: name, problem: 'duplicate', reason: `already in the corpus as ${same.file}: ${same.why}` } };
  if (existsSync(target) && !settings.force) {
    return { skip: { source: name, problem: 'exists', reason: `${target} exists already (--force overwrites it)` } };
  }
  try {
    writeFileAtomically(target, articleMarkdown(fields));
  } catch (error) {
    return { skip: { source: name, problem: 'cannot write', reason: `cannot write ${target} (${errorCode(error)})` } };
  }
  index.add(fields, target);
  return { target };
}

function parseSettings(argv: string[]): { settings: Settings; inputs: string[] } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      articles: { type: 'string', default: 'data/articles' },
      force: { type: 'boolean', default: false },
      timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_SECONDS) },
      'max-mb': { type: 'string', default: String(MAX_PAGE_BYTES / 2 ** 20) },
    },
    strict: true,
  });
  const timeout = Number(values.timeout);
  const maxMb = Number(values['max-mb']);
  if (!(timeout > 0)) throw new Error(`--timeout must be a number of seconds above 0, got "${values.timeout}"`);
  if (!(maxMb > 0) || maxMb * 2 ** 20 > MAX_PAGE_BYTES) throw new Error(`--max-mb must be above 0 and at most ${MAX_PAGE_BYTES / 2 ** 20}, got "${values['max-mb']}"`);
  if (positionals.length === 0) throw new Error('nothing to import: name .html files, folders or http(s) addresses');
  return {
    settings: { articlesDir: values.articles, force: values.force, timeoutMs: timeout * 1000, maxBytes: Math.floor(maxMb * 2 ** 20) },
    inputs: positionals,
  };
}

export async function main(argv: string[], io: ImportOutput = processOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseSettings(argv);
  } catch (error) {
    io.err(`import: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { settings, inputs } = parsed;
  const shown = (path: string) => relative(process.cwd(), path) || path;
  const index = CorpusIndex.ofFolder(settings.articlesDir);
  for (const error of index.unreadable) io.err(`import: note: ${error.message} (not checked for duplicates)\n`);
  const { sources, skipped: unusable } = expandSources(inputs);
  const skipped: Skip[] = [];
  const report = (skip: Skip) => {
    skipped.push(skip);
    io.err(skipLine(skip));
  };
  unusable.forEach(report);
  let imported = 0;
  for (const source of sources) {
    const name = source.kind === 'file' ? source.path : source.url;
    const read = await readSource(source, settings);
    if (!read.ok) {
      report(read.skip);
      continue;
    }
    const filed = fileArticle(name, read.page, index, settings);
    if ('skip' in filed) {
      report(filed.skip);
      continue;
    }
    io.out(importedLines(name, shown(filed.target), read.page));
    imported++;
  }
  io.out(summaryLine(imported, skipped, shown(settings.articlesDir)));
  return skipped.some(isFailure) ? 1 : 0;
}
