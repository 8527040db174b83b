/**
 * What the pipeline owes any folder of files: either a clear InputError that names one of the
 * files (and a line that exists), or data files the app itself accepts. Anything else — another
 * exception, an output that fails the app's loader, an altered title, a script that ran — is a
 * finding. The same check runs in memory (fast, for 100,000 cases) and through the CLI on disk.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScoData } from '../../src/model/schema';
import { InputError } from '../preprocess/inputError';
import { buildScoData, type Prepared } from '../preprocess/pipeline';
import { articleIdFromFile, parseArticleBytes, type RawArticle } from '../preprocess/readArticle';
import { checkDataFiles, checkSplit, problemText } from '../preprocess/readData';
import { main, type CliOutput } from '../preprocess/runCli';
import { joinScoData, splitScoData } from '../preprocess/split';
import type { FuzzFile } from './arbitraries';

export type CaseOutcome =
  | { kind: 'output'; articles: number; experts: number; quotes: number; candidates: number }
  | { kind: 'input-error'; reason: string };

export interface CaseResult {
  outcome: CaseOutcome | null;
  /** Empty when the pipeline kept its promise. */
  problems: string[];
}

const GENERATED_AT = '2025-01-01T00:00:00.000Z';
/** Signs that a message was assembled from a value that was not there. */
const GARBLED = /\bundefined\b|\[object \w+\]|\bNaN\b/;

function lineCount(bytes: Uint8Array): number {
  let lines = 1;
  for (const b of bytes) if (b === 0x0a) lines += 1;
  return lines;
}

/** Checks an error against "a clear error naming the file": known file, existing line, readable reason. */
export function checkInputError(error: InputError, files: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  const bytes = files.get(error.file);
  if (bytes === undefined) problems.push(`the error names "${error.file}", which is not one of the input files`);
  if (!error.message.startsWith(error.file)) problems.push(`the message does not start with the file name: ${error.message}`);
  if (error.reason.trim() === '') problems.push('the error has no reason');
  const garbled = GARBLED.exec(error.reason)?.[0];
  // "undefined" may be quoted from the file itself (`!!js/undefined`); only a word the input did not hold is a slip.
  if (garbled !== undefined && ![...files.values()].some((b) => new TextDecoder().decode(b).includes(garbled))) {
    problems.push(`the reason looks garbled: ${error.reason}`);
  }
  if (error.line !== undefined && bytes !== undefined) {
    const last = lineCount(bytes);
    if (!Number.isInteger(error.line) || error.line < 1 || error.line > last) problems.push(`line ${error.line} does not exist (the file has ${last})`);
  }
  return problems;
}

/** Checks produced data the way the app will read it (split into its files), and that the text came through unchanged. */
export function checkOutput(data: ScoData, read: readonly RawArticle[], expectedTitles: ReadonlyMap<string, string> = new Map()): string[] {
  const problems: string[] = [];
  const parsed = checkSplit(splitScoData(data));
  if (!parsed.ok) problems.push(`the app refuses the output: ${problemText(parsed)}`);
  if (data.articles.length !== read.length) problems.push(`${read.length} articles read, ${data.articles.length} written`);
  const byId = new Map(data.articles.map((a) => [a.id, a]));
  for (const article of read) {
    const written = byId.get(article.id);
    if (written === undefined) problems.push(`article "${article.id}" is missing from the output`);
    else if (written.title !== article.title) problems.push(`title of "${article.id}" changed: ${JSON.stringify(article.title)} → ${JSON.stringify(written.title)}`);
    const expected = expectedTitles.get(article.file);
    if (written !== undefined && expected !== undefined && written.title !== expected) {
      problems.push(`title of "${article.id}" was written ${JSON.stringify(expected)} but reads ${JSON.stringify(written.title)}`);
    }
    if (written?.url !== undefined && !/^https?:\/\//i.test(written.url)) problems.push(`article "${article.id}" links to ${written.url}`);
  }
  return problems;
}

function pwned(): boolean {
  return (globalThis as { __pwned?: unknown }).__pwned !== undefined;
}

function summarise(data: ScoData): CaseOutcome {
  return {
    kind: 'output',
    articles: data.articles.length,
    experts: data.experts.length,
    quotes: data.experts.reduce((n, e) => n + e.quotes.length, 0),
    candidates: data.candidates.length,
  };
}

const describeCrash = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error));

/** The pipeline's read → … → validate on files held in memory, in the order the CLI reads them. */
export function runCase(files: readonly FuzzFile[], prepared: Prepared): CaseResult {
  const byName = new Map(files.map((f) => [f.name, f.bytes]));
  const ordered = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const read: RawArticle[] = [];
  try {
    for (const file of ordered) read.push(parseArticleBytes(file.name, file.bytes));
    const data = buildScoData(read, prepared, GENERATED_AT);
    const expectedTitles = new Map(files.flatMap((f) => (f.expectedTitle === undefined ? [] : [[f.name, f.expectedTitle] as const])));
    const problems = checkOutput(data, read, expectedTitles);
    if (pwned()) problems.push('a script in the input ran');
    return { outcome: summarise(data), problems };
  } catch (error) {
    if (!(error instanceof InputError)) return { outcome: null, problems: [`crashed: ${describeCrash(error)}`] };
    const problems = checkInputError(error, byName);
    if (pwned()) problems.push('a script in the input ran');
    return { outcome: { kind: 'input-error', reason: classifyReason(error.reason) }, problems };
  }
}

/** "front matter field "x" must be text" → "front matter field … must be text", for counting kinds of errors. */
export function classifyReason(reason: string): string {
  return reason
    .replace(/"[^"]*"/g, '…')
    .replace(/\(.*\)/g, '')
    .replace(/ as \S+/g, ' as …')
    .replace(/:.*$/, '')
    .trim()
    .slice(0, 60);
}

/** The same promise through `npm run preprocess` on real files: exit 0 and a loadable file, or exit 1 naming the file. */
export async function runCaseThroughCli(files: readonly FuzzFile[]): Promise<CaseResult> {
  const root = mkdtempSync(join(tmpdir(), 'sco-fuzz-'));
  try {
    const articles = join(root, 'articles');
    mkdirSync(articles);
    const onDisk = new Map<string, Uint8Array>();
    for (const file of files) {
      writeFileSync(join(articles, file.name), file.bytes);
      onDisk.set(join(articles, file.name), file.bytes);
    }
    const out = join(root, 'out');
    const stdout: string[] = [];
    const stderr: string[] = [];
    const io: CliOutput = { out: (t) => stdout.push(t), err: (t) => stderr.push(t), isTerminal: false };
    const status = await main(['--articles', articles, '--out', out], io);
    const err = stderr.join('');
    if (status === 0) {
      const parsed = checkDataFiles((file) => readFileSync(join(out, file), 'utf8'));
      if (!parsed.ok) return { outcome: null, problems: [`exit 0 but the app refuses the files: ${problemText(parsed)}`] };
      const data = joinScoData(parsed.data.core, parsed.data.shards);
      const ids = new Set(files.map((f) => articleIdFromFile(f.name)));
      const problems = data.articles.length === ids.size ? [] : [`${ids.size} files, ${data.articles.length} articles`];
      return { outcome: summarise(data), problems };
    }
    if (status === 1) {
      const named = [...onDisk.keys()].find((file) => err.startsWith(`preprocess: ${file}`));
      const problems: string[] = [];
      if (named === undefined) problems.push(`exit 1 without naming an input file: ${err.slice(0, 300)}`);
      if (!err.includes('Nothing was written')) problems.push('exit 1 without saying that nothing was written');
      if (existsSync(out)) problems.push('exit 1 but the data folder was written');
      return { outcome: { kind: 'input-error', reason: 'cli' }, problems };
    }
    return { outcome: null, problems: [`exit ${status}: ${err.slice(0, 2000)}`] };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
