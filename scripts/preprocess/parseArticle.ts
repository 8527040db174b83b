/**
 * Stage 1, read: one file's name and bytes → one article with its metadata, or an InputError naming
 * the file and line. Markdown files carry YAML front matter; plain-text files give a title line and
 * a "Published: Sep 16, 2022" line; web pages (.html) go through the HTML reader. Pure: the file
 * system is readArticle.ts's, so the same code runs in a browser worker.
 */
import { checkPartialDate, parseWrittenDate } from './dates';
import { FrontMatterError, parseFrontMatter } from './frontMatter';
import { HTML_EXTENSIONS, readHtmlArticle } from './html/readHtmlArticle';
import { InputError } from './inputError';
import { articleIdFromFile, extensionOf, UNKNOWN_OUTLET, type RawArticle } from './rawArticle';

export { parseSimpleFrontMatter } from './frontMatter';

export const ARTICLE_EXTENSIONS = ['.md', '.txt', ...HTML_EXTENSIONS];

/** Why a file is not read as an article (its extension), or undefined when it is one. */
export function notAnArticleFile(file: string): string | undefined {
  const extension = extensionOf(file);
  if (ARTICLE_EXTENSIONS.includes(extension)) return undefined;
  return `not an article file (${extension === '' ? 'no extension' : extension}; articles are ${ARTICLE_EXTENSIONS.join(', ')})`;
}

/** One decoder for every file: decoding without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Rejects what is not text: binary data, invalid UTF-8, nothing but whitespace. Web pages declare their own encoding. */
export function parseArticleBytes(file: string, bytes: Uint8Array): RawArticle {
  if (HTML_EXTENSIONS.includes(extensionOf(file))) return readHtmlArticle(file, bytes).article;
  if (bytes.includes(0)) throw new InputError(file, 'looks like a binary file (it contains NUL bytes), not an article');
  let text: string;
  try {
    text = UTF8.decode(bytes);
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

/**
 * The lines between the opening "---" (line 0) and the closing one, the closing line's index and
 * where the body starts; null when no line closes the front matter. Line by line from the top:
 * splitting the whole article into lines cost more than reading its front matter.
 */
function frontMatterBlock(text: string): { matterLines: string[]; closeIndex: number; bodyStart: number } | null {
  const matterLines: string[] = [];
  let at = text.indexOf('\n') + 1;
  for (let index = 1; ; index++) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end);
    if (/^---[ \t]*$/.test(line)) return { matterLines, closeIndex: index, bodyStart: end + 1 };
    if (newline < 0) return null;
    matterLines.push(line);
    at = end + 1;
  }
}

function parseFrontMatterArticle(file: string, text: string): RawArticle {
  const block = frontMatterBlock(text);
  if (block === null) throw new InputError(file, 'front matter starts with "---" but is never closed by a "---" line', 1);
  const { matterLines, closeIndex, bodyStart } = block;
  /** File line (1-based) of each top-level key, so errors can point at it. */
  const keyLine = new Map<string, number>();
  matterLines.forEach((line, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key !== undefined && !keyLine.has(key)) keyLine.set(key, i + 2);
  });

  let parsed: unknown;
  try {
    parsed = parseFrontMatter(matterLines);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    throw new InputError(file, `broken front matter: ${error.reason}`, error.line);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(file, 'front matter must be a YAML mapping of fields (title, outlet, url, published)', 2);
  }
  const data = parsed as Record<string, unknown>;

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
  const rawPublished = (matterLines[publishedLine - 2] ?? '').replace(/^published\s*:\s*/, '').replace(/\s+#.*$/, '').trim().replace(/^(['"])(.*)\1$/, '$2');
  const date = checkPartialDate(rawPublished);
  if (!date.ok) throw new InputError(file, `front matter "published": ${date.reason}`, publishedLine);

  const url = field('url');
  if (url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) {
    throw new InputError(file, `front matter "url" must be an http(s) address, got "${url}"`, keyLine.get('url'));
  }
  const language = field('language');
  const body = text.slice(bodyStart);
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
