import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from './inputError';
import { ARTICLE_EXTENSIONS, readArticleFile, type RawArticle } from './readArticle';

/** The article files in a folder, in a stable order; other files (README, images) are not articles. */
export function listArticleFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new InputError(dir, `cannot read the articles folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return names
    .filter((name) => !name.startsWith('.') && ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase()))
    .sort()
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}

const normaliseUrl = (url: string) => url.trim().replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase();
const titleDateKey = (a: RawArticle) => `${a.title.trim().toLowerCase().replace(/\s+/g, ' ')}\u0000${a.published}`;

/** Stops at the first article seen twice: same id, same url, or same title and date. */
export function checkDuplicates(articles: readonly RawArticle[]): void {
  const byId = new Map<string, RawArticle>();
  const byUrl = new Map<string, RawArticle>();
  const byTitleDate = new Map<string, RawArticle>();
  for (const article of articles) {
    const sameId = byId.get(article.id);
    if (sameId) throw new InputError(article.file, `has the same article id "${article.id}" as ${sameId.file} (ids come from file names)`);
    byId.set(article.id, article);
    if (article.url !== undefined) {
      const sameUrl = byUrl.get(normaliseUrl(article.url));
      if (sameUrl) throw new InputError(article.file, `the same article twice: same url as ${sameUrl.file} (${article.url})`);
      byUrl.set(normaliseUrl(article.url), article);
    }
    const sameTitle = byTitleDate.get(titleDateKey(article));
    if (sameTitle) {
      throw new InputError(article.file, `the same article twice: same title and date as ${sameTitle.file} ("${article.title}", ${article.published})`);
    }
    byTitleDate.set(titleDateKey(article), article);
  }
}

export function readCorpus(dir: string, onProgress?: (done: number, total: number) => void): RawArticle[] {
  const files = listArticleFiles(dir);
  const articles: RawArticle[] = [];
  files.forEach((file, i) => {
    articles.push(readArticleFile(file));
    onProgress?.(i + 1, files.length);
  });
  checkDuplicates(articles);
  return articles;
}
