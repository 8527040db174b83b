/**
 * A file a user gives (Markdown, plain text or a saved web page) or an article typed into a form →
 * the Markdown file the corpus would hold (data/articles/<id>.md). Pure: the app's "Add articles"
 * runs it in a worker. It reads with the pipeline's own reader, so a bad file gets the CLI's message;
 * the article is then read back from the Markdown written, so what the app analyses, stores and
 * downloads is exactly what `npm run preprocess` would read from that file.
 */
import { checkPartialDate } from '../preprocess/dates';
import { HTML_EXTENSIONS, readHtmlArticle } from '../preprocess/html/readHtmlArticle';
import { InputError } from '../preprocess/inputError';
import { notAnArticleFile, parseArticleBytes, parseArticleText } from '../preprocess/parseArticle';
import { extensionOf, UNKNOWN_OUTLET, type RawArticle } from '../preprocess/rawArticle';
import { articleId, articleMarkdown, type ArticleFields } from './articleMarkdown';

export interface ArticleFile {
  /** `<id>.md`: the name in data/articles. */
  fileName: string;
  markdown: string;
  /** The article as the pipeline reads it from `markdown`. */
  article: RawArticle;
}

/** A large page, as the import allows; the browser reads the whole file into memory first. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

function filed(fields: ArticleFields): ArticleFile {
  const fileName = `${articleId(fields)}.md`;
  const markdown = articleMarkdown(fields);
  return { fileName, markdown, article: parseArticleText(fileName, markdown) };
}

/** Fields of an article read from any file, with the author a web page may name. */
function fieldsOf(article: RawArticle, author?: string): ArticleFields {
  const { id: _id, file: _file, year: _year, ...fields } = article;
  return author === undefined ? fields : { ...fields, author };
}

/**
 * One file → its Markdown, or an InputError naming the file (and line) and the reason.
 * The id comes from the date, outlet and title, as `npm run import` names its files, so two
 * files both called "article.md" do not clash.
 */
export function articleFileFromBytes(name: string, bytes: Uint8Array): ArticleFile {
  const notArticle = notAnArticleFile(name);
  if (notArticle !== undefined) throw new InputError(name, notArticle);
  if (bytes.byteLength > MAX_FILE_BYTES) throw new InputError(name, `the file is ${(bytes.byteLength / 2 ** 20).toFixed(1)} MB, more than the 10.0 MB limit`);
  if (HTML_EXTENSIONS.includes(extensionOf(name))) {
    const page = readHtmlArticle(name, bytes);
    return filed(fieldsOf(page.article, page.author));
  }
  return filed(fieldsOf(parseArticleBytes(name, bytes)));
}

export interface PastedArticle {
  title: string;
  outlet: string;
  url: string;
  published: string;
  text: string;
}

/** The name errors in a pasted article are reported under. */
export const PASTED = 'pasted article';

/** An article typed or pasted into the form → its Markdown; the checks (and messages) are the reader's. */
export function articleFileFromForm(pasted: PastedArticle): ArticleFile {
  const title = pasted.title.trim();
  const published = pasted.published.trim();
  const url = pasted.url.trim();
  if (title === '') throw new InputError(PASTED, 'front matter has no "title"');
  if (published === '') throw new InputError(PASTED, 'front matter has no "published" date (YYYY-MM-DD, YYYY-MM or YYYY)');
  if (pasted.text.trim() === '') throw new InputError(PASTED, 'the article has front matter but no text');
  // Checked before it is written: the date goes into the front matter unquoted.
  const date = checkPartialDate(published);
  if (!date.ok) throw new InputError(PASTED, `front matter "published": ${date.reason}`);
  const fields: ArticleFields = {
    title,
    outlet: pasted.outlet.trim() === '' ? UNKNOWN_OUTLET : pasted.outlet.trim(),
    ...(url === '' ? {} : { url }),
    published: date.value,
    body: pasted.text,
  };
  try {
    return filed(fields);
  } catch (error) {
    // The Markdown is ours; a bad value in it is the form's, so name the form, not a file line.
    if (error instanceof InputError) throw new InputError(PASTED, error.reason);
    throw error;
  }
}
