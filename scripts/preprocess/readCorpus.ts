/** The articles folder on disk: which files are articles, and which are skipped and why. */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './inputError';
import { notAnArticleFile } from './parseArticle';
import type { RawArticle } from './rawArticle';
import { readArticleFile } from './readArticle';
import { checkDuplicates } from './sameArticle';

export { checkDuplicates };

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface ArticleListing {
  /** Article files, in a stable order. */
  files: string[];
  /** Everything else in the folder, named so that a misnamed article is not silently left out. */
  skipped: SkippedFile[];
}

/** Why a folder entry is not read as an article, or undefined when it is one. */
function whySkipped(dir: string, entry: Dirent): string | undefined {
  const { name } = entry;
  let isFile = entry.isFile();
  // The listing says what a plain file or folder is; a link (or an entry of unknown type) is asked about what it points to.
  if (!isFile && !entry.isDirectory()) {
    try {
      isFile = statSync(join(dir, name)).isFile();
    } catch (error) {
      return `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  }
  if (name.startsWith('.')) return 'a hidden file';
  if (!isFile) return 'a folder (articles are read from the folder itself, not its subfolders)';
  return notAnArticleFile(name);
}

export function listArticles(dir: string): ArticleListing {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new InputError(dir, `cannot read the articles folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const listing: ArticleListing = { files: [], skipped: [] };
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const reason = whySkipped(dir, entry);
    if (reason === undefined) listing.files.push(join(dir, entry.name));
    else listing.skipped.push({ file: join(dir, entry.name), reason });
  }
  return listing;
}

/** The article files in a folder, in a stable order. */
export function listArticleFiles(dir: string): string[] {
  return listArticles(dir).files;
}

/** Every article in a folder, read and checked for duplicates (the eval and the bench read whole corpora). */
export function readCorpus(dir: string, onProgress?: (done: number, total: number) => void): RawArticle[] {
  const files = listArticleFiles(dir);
  const articles = files.map((file, i) => {
    const article = readArticleFile(file);
    onProgress?.(i + 1, files.length);
    return article;
  });
  checkDuplicates(articles);
  return articles;
}
