/**
 * A web page → an article: metadata with where each field came from, and the readable text as
 * plain paragraphs. A pure function of (file name, bytes): no file system, no network, and DOM
 * work through linkedom, so the same code reads a page in Node (the pipeline, `npm run import`)
 * and in a browser Web Worker.
 */
import { parseHTML } from 'linkedom/worker';
import { InputError } from '../inputError';
import { articleIdFromFile, UNKNOWN_OUTLET, type RawArticle } from '../rawArticle';
import { decodePage, type DecodedPage } from './charset';
import type { MetadataField } from './metadataSources';
import { pageMetadata, type Found, type PageContext } from './pageMetadata';
import { readableParagraphs } from './readableText';

/** Why a page gives no article; the import counts skips by kind. */
export type PageProblem = 'too large' | 'not HTML' | 'no title' | 'no date' | 'no article text';

export class PageError extends InputError {
  constructor(
    file: string,
    readonly problem: PageProblem,
    reason: string,
  ) {
    super(file, reason);
    this.name = 'PageError';
  }
}

export interface HtmlArticle {
  article: RawArticle;
  author?: string;
  /** Where each field came from ("JSON-LD headline", "og:site_name", …). */
  sources: Partial<Record<MetadataField, string>>;
  charset: Pick<DecodedPage, 'charset' | 'source'>;
  paragraphs: number;
}

export interface ReadOptions extends PageContext {
  /** The HTTP Content-Type, when the page was fetched: its charset comes before the page's own <meta>. */
  contentType?: string;
  /** At most MAX_PAGE_BYTES; the import's --max-mb lowers it. */
  maxBytes?: number;
}

/** Real news pages are 0.1–3 MB; a page larger than this is a dump or an attack, not an article. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
/** Fewer words than this is a teaser, a video page or an index, not an article to analyse. */
export const MIN_ARTICLE_WORDS = 25;

const LOOKS_LIKE_HTML = /<(?:!doctype\s+html|html|head|body|meta|title|article|main|p|div)[\s>/]/i;

export const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'];

const wordCount = (paragraphs: readonly string[]) => paragraphs.reduce((n, p) => n + p.split(/\s+/).filter((w) => w !== '').length, 0);

/** "1.5 MB", "12 KB": sizes in the messages. */
export const sizeText = (bytes: number) => (bytes < 2 ** 20 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 2 ** 20).toFixed(1)} MB`);

function decodeHtml(file: string, input: Uint8Array | string, options: ReadOptions): DecodedPage {
  const maxBytes = Math.min(options.maxBytes ?? MAX_PAGE_BYTES, MAX_PAGE_BYTES);
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) throw new PageError(file, 'too large', `the page is ${sizeText(size)}, more than the ${sizeText(maxBytes)} limit`);
  if (typeof input === 'string') return { text: input, charset: 'utf-8', source: 'default (UTF-8)' };
  if (input.subarray(0, 65536).includes(0)) throw new PageError(file, 'not HTML', 'not HTML: a binary file (it contains NUL bytes)');
  return decodePage(input, options.contentType);
}

function required(file: string, found: Found | undefined, problem: PageProblem, reason: string): Found {
  if (found === undefined) throw new PageError(file, problem, reason);
  return found;
}

export function readHtmlArticle(file: string, input: Uint8Array | string, options: ReadOptions = {}): HtmlArticle {
  const decoded = decodeHtml(file, input, options);
  const html = decoded.text.replace(/^\uFEFF/, '');
  if (!LOOKS_LIKE_HTML.test(html.slice(0, 65536))) {
    throw new PageError(file, 'not HTML', `not HTML: no <html>, <head>, <body> or paragraph tags in it (starts "${html.trim().slice(0, 30)}")`);
  }
  const { document } = parseHTML(html);
  const metadata = pageMetadata(document, options);
  const { fields } = metadata;
  const title = required(file, fields.title, 'no title', 'no title: no JSON-LD headline, og:title, <title> or <h1>');
  const published = required(
    file,
    fields.published,
    'no date',
    `no publication date: none in JSON-LD, <meta> tags, <time datetime> or the URL${metadata.rejectedDates.length === 0 ? '' : ` (not dates: ${metadata.rejectedDates.join('; ')})`}`,
  );
  const paragraphs = readableParagraphs(document);
  const words = wordCount(paragraphs);
  if (words < MIN_ARTICLE_WORDS) {
    throw new PageError(file, 'no article text', `no article text: the readable part of the page has ${words} words, an article at least ${MIN_ARTICLE_WORDS}`);
  }
  const sources: HtmlArticle['sources'] = {};
  for (const [field, found] of Object.entries(fields)) sources[field as MetadataField] = found.source;
  const year = Number(published.value.slice(0, 4));
  const article: RawArticle = {
    id: articleIdFromFile(file),
    file,
    title: title.value,
    outlet: fields.outlet?.value ?? UNKNOWN_OUTLET,
    ...(fields.url === undefined ? {} : { url: fields.url.value }),
    published: published.value,
    year,
    ...(fields.language === undefined ? {} : { language: fields.language.value }),
    body: paragraphs.join('\n\n'),
  };
  return {
    article,
    ...(fields.author === undefined ? {} : { author: fields.author.value }),
    sources,
    charset: { charset: decoded.charset, source: decoded.source },
    paragraphs: paragraphs.length,
  };
}
