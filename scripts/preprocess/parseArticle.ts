/**
 * Stage 1, read: one file's name and bytes → one article with its metadata, or an InputError naming
 * the file and line. Markdown files carry YAML front matter; plain-text files give a title line and
 * a "Published: Sep 16, 2022" line; web pages (.html) go through the HTML reader. Pure: the file
 * system is readArticle.ts's, so the same code runs in a browser worker.
 */
// gray-matter reads node:fs and Buffer: a browser build of this stage needs a plain YAML parser in its place.
import matter from 'gray-matter';
import { checkPartialDate, parseWrittenDate } from './dates';
import { HTML_EXTENSIONS, readHtmlArticle } from './html/readHtmlArticle';
import { InputError } from './inputError';
import { articleIdFromFile, extensionOf, UNKNOWN_OUTLET, type RawArticle } from './rawArticle';

export const ARTICLE_EXTENSIONS = ['.md', '.txt', ...HTML_EXTENSIONS];

/** Rejects what is not text: binary data, invalid UTF-8, nothing but whitespace. Web pages declare their own encoding. */
export function parseArticleBytes(file: string, bytes: Uint8Array): RawArticle {
  if (HTML_EXTENSIONS.includes(extensionOf(file))) return readHtmlArticle(file, bytes).article;
  if (bytes.includes(0)) throw new InputError(file, 'looks like a binary file (it contains NUL bytes), not an article');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'is not UTF-8 text (binary file or another encoding?)');
  }
  return parseArticleText(file, text);
}

export function parseArticleText(file: string, rawText: string): RawArticle {
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError(file, 'the file is empty');
  if (/^---[ \t]*\n/.test(text)) return parseFrontMatterArticle(file, text);
  return parsePlainTextArticle(file, text);
}

function parseFrontMatterArticle(file: string, text: string): RawArticle {
  const lines = text.split('\n');
  const closeIndex = lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line));
  if (closeIndex < 0) throw new InputError(file, 'front matter starts with "---" but is never closed by a "---" line', 1);
  const matterLines = lines.slice(1, closeIndex);
  /** File line (1-based) of each top-level key, so errors can point at it. */
  const keyLine = new Map<string, number>();
  matterLines.forEach((line, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key !== undefined && !keyLine.has(key)) keyLine.set(key, i + 2);
  });

  let data: Record<string, unknown>;
  try {
    // gray-matter hands YAML the text from just after the opening "---", so YAML line n is file line n + 1.
    // Passing options turns off gray-matter's cache, which would otherwise keep every article in memory.
    data = parseSimpleFrontMatter(matterLines) ?? matter(text, { excerpt: false }).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = ((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0] ?? 'unreadable YAML';
    throw new InputError(file, `broken front matter: ${reason}`, mark?.line === undefined ? 1 : mark.line + 1);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(file, 'front matter must be a YAML mapping of fields (title, outlet, url, published)', 2);
  }

  const field = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
    if (typeof value === 'number') return String(value);
    throw new InputError(file, `front matter field "${key}" must be text`, keyLine.get(key));
  };
  const required = (key: string): string => {
    const value = field(key);
    if (value === undefined) throw new InputError(file, `front matter has no "${key}"`, keyLine.get(key) ?? 1);
    return value;
  };

  // YAML turns 2022-09-16 into a Date and silently rolls 2023-02-30 over to March, so read the raw text.
  const publishedLine = keyLine.get('published');
  if (publishedLine === undefined || data.published === undefined || data.published === null || data.published === '') {
    throw new InputError(file, 'front matter has no "published" date (YYYY-MM-DD, YYYY-MM or YYYY)', publishedLine ?? 1);
  }
  const rawPublished = (lines[publishedLine - 1] ?? '').replace(/^published\s*:\s*/, '').replace(/\s+#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2');
  const date = checkPartialDate(rawPublished);
  if (!date.ok) throw new InputError(file, `front matter "published": ${date.reason}`, publishedLine);

  const url = field('url');
  if (url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) {
    throw new InputError(file, `front matter "url" must be an http(s) address, got "${url}"`, keyLine.get('url'));
  }
  const language = field('language');
  const body = lines.slice(closeIndex + 1).join('\n');
  if (body.trim() === '') throw new InputError(file, 'the article has front matter but no text', closeIndex + 2);
  return {
    id: articleIdFromFile(file),
    file,
    title: required('title'),
    outlet: required('outlet'),
    ...(url === undefined ? {} : { url }),
    published: date.value,
    year: date.year,
    ...(language === undefined ? {} : { language }),
    body,
  };
}

const SIMPLE_LINE = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/;
const PLAIN_SCALAR = /^[^\s[\]{}>|*&!%@`#'",?:-][^#]*?$|^-[^\s-][^#]*?$/;

/**
 * Front matter made only of `key: value` lines, read directly: YAML parsing was a fifth of the
 * pipeline's time on large corpora. Anything else (lists, block scalars, escapes, comments, a
 * repeated key) returns null and goes to the YAML parser, which also reports the errors.
 */
export function parseSimpleFrontMatter(lines: readonly string[]): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  for (const line of lines) {
    if (line.trim() === '') continue;
    const match = SIMPLE_LINE.exec(line);
    if (match === null) return null;
    const key = match[1] ?? '';
    const raw = match[2] ?? '';
    if (Object.hasOwn(data, key)) return null;
    if (raw === '' || raw === '~' || raw === 'null') data[key] = null;
    else if (/^"[^"\\]*"$/.test(raw)) data[key] = raw.slice(1, -1);
    else if (/^'(?:[^']|'')*'$/.test(raw)) data[key] = raw.slice(1, -1).replace(/''/g, "'");
    else if (PLAIN_SCALAR.test(raw) && !raw.includes(': ') && !/^(?:true|false|yes|no|on|off)$/i.test(raw)) data[key] = raw;
    else return null;
  }
  return data;
}

/** Looks only near the top: a "Published:" line deep in the body is text, not metadata. */
const DATE_LINE_SEARCH = 12;

function parsePlainTextArticle(file: string, text: string): RawArticle {
  const lines = text.split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  const title = (lines[titleIndex] ?? '').trim();
  for (let i = titleIndex + 1; i < Math.min(lines.length, titleIndex + 1 + DATE_LINE_SEARCH); i++) {
    const line = lines[i] ?? '';
    const labelled = /^\s*(?:Published|Publication date|Date|Posted)\s*(?:on)?\s*:?\s*(.+)$/i.exec(line);
    if (labelled?.[1] === undefined) continue;
    const date = parseWrittenDate(labelled[1]);
    if (date === null) continue;
    if (!date.ok) throw new InputError(file, date.reason, i + 1);
    return {
      id: articleIdFromFile(file),
      file,
      title,
      outlet: UNKNOWN_OUTLET,
      published: date.value,
      year: date.year,
      body: lines.slice(titleIndex + 1).join('\n'),
    };
  }
  throw new InputError(
    file,
    'no publication date found: a plain-text article needs a "Published: Sep 16, 2022" line under its title; ' +
      'otherwise add YAML front matter (---, title, outlet, url, published: YYYY-MM-DD, ---)',
    1,
  );
}
