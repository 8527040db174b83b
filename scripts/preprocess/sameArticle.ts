/**
 * When two files are the same article: the same id (file name), the same url, or the same title
 * and date. Pure, so the pipeline, the import and the browser agree on what a duplicate is.
 */
import { InputError } from './inputError';
import type { RawArticle } from './rawArticle';

/** http and https, a trailing slash and letter case do not make another article. */
export const urlKey = (url: string) => url.trim().replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase();
export const titleDateKey = (a: Pick<RawArticle, 'title' | 'published'>) => `${a.title.trim().toLowerCase().replace(/\s+/g, ' ')}\u0000${a.published}`;

/** Stops at the first article seen twice: same id, same url, or same title and date. */
type Described = Pick<RawArticle, 'id' | 'file' | 'title' | 'url' | 'published'>;

export function checkDuplicates(articles: readonly Described[]): void {
  const byId = new Map<string, Described>();
  const byUrl = new Map<string, Described>();
  const byTitleDate = new Map<string, Described>();
  for (const article of articles) {
    const sameId = byId.get(article.id);
    if (sameId) throw new InputError(article.file, `has the same article id "${article.id}" as ${sameId.file} (ids come from file names)`);
    byId.set(article.id, article);
    if (article.url !== undefined) {
      const sameUrl = byUrl.get(urlKey(article.url));
      if (sameUrl) throw new InputError(article.file, `the same article twice: same url as ${sameUrl.file} (${article.url})`);
      byUrl.set(urlKey(article.url), article);
    }
    const sameTitle = byTitleDate.get(titleDateKey(article));
    if (sameTitle) {
      throw new InputError(article.file, `the same article twice: same title and date as ${sameTitle.file} ("${article.title}", ${article.published})`);
    }
    byTitleDate.set(titleDateKey(article), article);
  }
}
