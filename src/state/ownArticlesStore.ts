/**
 * The articles a person adds in the app, kept in their browser (IndexedDB, through idb-keyval):
 * the only module that touches the database. Each article is kept as the Markdown file it would be
 * in data/articles, so a reload rebuilds the same data and "Download corpus" zips what is kept.
 * A write is one transaction: when the browser refuses it (storage full), nothing kept before is lost.
 */
import { clear, createStore, del, entries, setMany, type UseStore } from 'idb-keyval';
import { z } from 'zod';

export const StoredArticle = z.object({
  /** `<id>.md`, the key. */
  fileName: z.string().regex(/^[^/\\]+\.md$/),
  markdown: z.string().min(1),
  /** The file it was added from, or "pasted article". */
  from: z.string(),
  title: z.string(),
  /** ISO time it was added: the list keeps that order. */
  addedAt: z.string(),
});
export type StoredArticle = z.infer<typeof StoredArticle>;

export class StorageError extends Error {
  constructor(
    readonly kind: 'quota' | 'unavailable',
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

let store: UseStore | undefined;
/** Opened on first use (the app looks for kept articles once it has loaded), not when the module loads. */
const articlesStore = () => (store ??= createStore('sco-atlas-own-articles', 'articles'));

function storageError(error: unknown, doing: string): StorageError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') {
    return new StorageError('quota', `Your browser's storage for this site is full: ${doing} failed. The articles you added before are still kept.`);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError('unavailable', `Your browser did not let the atlas keep articles (${detail}): ${doing} failed.`);
}

export interface KeptArticles {
  articles: StoredArticle[];
  /** Entries that are not articles (written by another version, or damaged): left in place, not shown. */
  unreadable: number;
}

export async function listStoredArticles(): Promise<KeptArticles> {
  let rows: Array<[IDBValidKey, unknown]>;
  try {
    rows = await entries(articlesStore());
  } catch (error) {
    throw storageError(error, 'reading the articles you added');
  }
  const articles: StoredArticle[] = [];
  let unreadable = 0;
  for (const [, value] of rows) {
    const parsed = StoredArticle.safeParse(value);
    if (parsed.success) articles.push(parsed.data);
    else unreadable++;
  }
  articles.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.fileName < b.fileName ? -1 : 1));
  return { articles, unreadable };
}

/** All or nothing: one transaction. */
export async function storeArticles(articles: readonly StoredArticle[]): Promise<void> {
  if (articles.length === 0) return;
  try {
    await setMany(
      articles.map((a) => [a.fileName, a]),
      articlesStore(),
    );
  } catch (error) {
    throw storageError(error, `keeping ${articles.length === 1 ? 'the new article' : `the ${articles.length} new articles`}`);
  }
}

export async function removeStoredArticle(fileName: string): Promise<void> {
  try {
    await del(fileName, articlesStore());
  } catch (error) {
    throw storageError(error, 'removing the article');
  }
}

export async function clearStoredArticles(): Promise<void> {
  try {
    await clear(articlesStore());
  } catch (error) {
    throw storageError(error, 'removing your articles');
  }
}
