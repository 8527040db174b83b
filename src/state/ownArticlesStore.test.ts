import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import type * as IdbKeyval from 'idb-keyval';
import { clearStoredArticles, listStoredArticles, removeStoredArticle, StorageError, storeArticles, type StoredArticle } from './ownArticlesStore';

const failWrites = vi.hoisted(() => ({ with: null as Error | null }));
vi.mock('idb-keyval', async (importOriginal) => {
  const real = await importOriginal<typeof IdbKeyval>();
  return {
    ...real,
    // The browser refuses a write when the site's storage is full; fake-indexeddb has no quota.
    setMany: (...args: Parameters<typeof real.setMany>) => (failWrites.with === null ? real.setMany(...args) : Promise.reject(failWrites.with)),
  };
});

const article = (n: number, addedAt = `2025-01-0${n}T00:00:00.000Z`): StoredArticle => ({
  fileName: `2024-0${n}-outlet-title-${n}.md`,
  markdown: `---\ntitle: "Title ${n}"\noutlet: "Outlet"\npublished: 2024-0${n}\n---\nText ${n}.\n`,
  from: `file-${n}.html`,
  title: `Title ${n}`,
  addedAt,
});

beforeEach(async () => {
  failWrites.with = null;
  await clearStoredArticles();
});

describe('the articles kept in the browser', () => {
  it('keeps, lists in the order added, removes one, and clears', async () => {
    await storeArticles([article(2), article(1)]);
    await storeArticles([article(3)]);
    expect((await listStoredArticles()).articles.map((a) => a.title)).toEqual(['Title 1', 'Title 2', 'Title 3']);
    await removeStoredArticle(article(2).fileName);
    expect((await listStoredArticles()).articles.map((a) => a.title)).toEqual(['Title 1', 'Title 3']);
    await clearStoredArticles();
    expect(await listStoredArticles()).toEqual({ articles: [], unreadable: 0 });
  });

  it('reports a full storage and loses nothing kept before', async () => {
    await storeArticles([article(1)]);
    failWrites.with = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const error = await storeArticles([article(2), article(3)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'quota', message: expect.stringMatching(/storage for this site is full: keeping the 2 new articles failed\. The articles you added before are still kept\./) as unknown });
    expect((await listStoredArticles()).articles.map((a) => a.title)).toEqual(['Title 1']);
  });

  it('names any other refusal, and counts entries that are not articles without showing them', async () => {
    failWrites.with = new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError');
    await expect(storeArticles([article(1)])).rejects.toMatchObject({ kind: 'unavailable' });
    failWrites.with = null;
    await set('junk', { fileName: '../evil.md', markdown: 'x' }, createStore('sco-atlas-own-articles', 'articles'));
    await storeArticles([article(1)]);
    expect(await listStoredArticles()).toMatchObject({ articles: [{ title: 'Title 1' }], unreadable: 1 });
  });
});
