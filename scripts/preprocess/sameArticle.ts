/**
 * When two files are the same article: the same id (file name), the same url, or the same title
 * and date. Pure, so the pipeline, the import and the browser agree on what a duplicate is.
 */
import { InputError } from './inputError';
import type { RawArticle } from './rawArticle';

/** http and https, a trailing slash and letter case do not make another article. */
export const urlKey = (url: string) => url.trim().replace(/^https?:\/\//i, '').replace(/\/+$/, '').toLowerCase();
export const titleDateKey = (a: Pick<RawArticle, 'title' | 'published'>) => `${a.title.trim().toLowerCase().replace(/\s+/g, ' ')}\u0000${a.published}`;

type Keyed = Pick<RawArticle, 'id' | 'file' | 'url' | 'title' | 'published'>;

export interface Duplicate {
  key: 'id' | 'url' | 'title-date';
  other: Keyed;
}

export function duplicateReason(article: Keyed, { key, other }: Duplicate): string {
  if (key === 'id') return `has the same article id "${article.id}" as ${other.file} (ids come from file names)`;
  if (key === 'url') return `the same article twice: same url as ${other.file} (${article.url})`;
  return `the same article twice: same title and date as ${other.file} ("${article.title}", ${article.published})`;
}

/** The articles seen so far, by id, url and title and date. */
export class ArticleKeys {
  private readonly byId = new Map<string, Keyed>();
  private readonly byUrl = new Map<string, Keyed>();
  private readonly byTitleDate = new Map<string, Keyed>();

  /** The article already seen that `article` repeats, and by which key; undefined when it is new. */
  find(article: Keyed): Duplicate | undefined {
    const sameId = this.byId.get(article.id);
    if (sameId) return { key: 'id', other: sameId };
    const sameUrl = article.url === undefined ? undefined : this.byUrl.get(urlKey(article.url));
    if (sameUrl) return { key: 'url', other: sameUrl };
    const sameTitle = this.byTitleDate.get(titleDateKey(article));
    if (sameTitle) return { key: 'title-date', other: sameTitle };
    return undefined;
  }

  /** Why `article` is one already seen (the reason of the InputError), or undefined when it is new. */
  sameAs(article: Keyed): string | undefined {
    const duplicate = this.find(article);
    return duplicate === undefined ? undefined : duplicateReason(article, duplicate);
  }

  add(article: Keyed): void {
    this.byId.set(article.id, article);
    if (article.url !== undefined) this.byUrl.set(urlKey(article.url), article);
    this.byTitleDate.set(titleDateKey(article), article);
  }
}

/** Stops at the first article seen twice: same id, same url, or same title and date. */
export function checkDuplicates(articles: readonly Keyed[]): void {
  const keys = new ArticleKeys();
  for (const article of articles) {
    const reason = keys.sameAs(article);
    if (reason !== undefined) throw new InputError(article.file, reason);
    keys.add(article);
  }
}
