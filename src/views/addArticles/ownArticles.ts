/**
 * Adding, removing and restoring the person's own articles: each change is built in the pipeline
 * worker first, then kept in the browser, then shown. A build that fails or a write the browser
 * refuses changes nothing: the data shown and the articles kept stay as they were.
 */
import { create } from 'zustand';
import type { NewArticle, OwnCorpusResult, Rejected } from '../../../scripts/import/ownCorpus';
import { clearStoredArticles, listStoredArticles, removeStoredArticle, storeArticles, type StoredArticle } from '../../state/ownArticlesStore';
import { loadWithOwn, shippedCore, showShipped, type OwnLoad } from '../../state/ownData';
import { OWN_BUILD_MARK, type OwnBuildDetail } from './ownBuildMark';
import { buildOwnCorpus } from './ownCorpusClient';

export interface Report {
  /** What happened, in a sentence ("Added 2 articles in 0.8 s."). */
  summary: string;
  /** Files (or kept articles) that could not go in, with the reader's message. */
  rejected: Rejected[];
  /** A failure that changed nothing (the pipeline or the browser's storage). */
  error?: string;
}

interface OwnArticlesState {
  articles: StoredArticle[];
  /** What is being done now ("Reading 2 files…"), or null. */
  busy: string | null;
  report: Report | null;
}

export const useOwnArticles = create<OwnArticlesState>()(() => ({ articles: [], busy: null, report: null }));


const set = useOwnArticles.setState;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

let restored = false;

type Rebuilt = { ok: true; result: OwnCorpusResult; loaded: OwnLoad } | { ok: false; message: string };

/** Built in the worker, then loaded as the app loads any data set (checked, decoded), not yet shown. */
async function rebuild(kept: readonly StoredArticle[], added: readonly NewArticle[]): Promise<Rebuilt> {
  const shipped = await shippedCore();
  if (shipped === null) return { ok: false, message: 'the shipped data did not load' };
  const outcome = await buildOwnCorpus(shipped.generatedAt, kept, added);
  if (!outcome.ok) return outcome;
  const loaded = await loadWithOwn(outcome.result.core, outcome.result.evidence);
  if (!loaded.result.ok) return { ok: false, message: [loaded.result.problem.title, ...loaded.result.problem.details].join(' ') };
  performance.mark(OWN_BUILD_MARK, { detail: { ...outcome.timings, kept: kept.length, added: added.length } satisfies OwnBuildDetail });
  return { ok: true, result: outcome.result, loaded };
}

/** Once per page: the articles kept in this browser are built into the data shown. */
export async function restoreOwnArticles(): Promise<void> {
  if (restored) return;
  restored = true;
  let kept: StoredArticle[];
  try {
    kept = (await listStoredArticles()).articles;
  } catch (error) {
    set({ report: { summary: 'Your articles could not be read.', rejected: [], error: (error as Error).message } });
    return;
  }
  set({ articles: kept });
  if (kept.length === 0) return;
  set({ busy: `Adding your ${plural(kept.length, 'article')}…` });
  const outcome = await rebuild(kept, []);
  if (!outcome.ok) {
    set({ busy: null, report: { summary: 'Your articles are kept, but could not be added to the data.', rejected: [], error: outcome.message } });
    return;
  }
  outcome.loaded.show();
  const { rejected } = outcome.result;
  set({ busy: null, report: rejected.length === 0 ? null : { summary: 'Some of your kept articles could not be added.', rejected } });
}

/** `unreadable`: files the browser could not read, reported with the rest. */
export async function addOwnArticles(added: readonly NewArticle[], unreadable: readonly Rejected[] = []): Promise<void> {
  if (added.length === 0) {
    set({ busy: null, report: unreadable.length > 0 ? { summary: 'Nothing was added.', rejected: [...unreadable] } : null });
    return;
  }
  const before = useOwnArticles.getState().articles;
  set({ busy: `Reading ${plural(added.length, 'article')}…`, report: null });
  const started = performance.now();
  const outcome = await rebuild(before, added);
  if (!outcome.ok) {
    set({ busy: null, report: { summary: 'Nothing was added.', rejected: [...unreadable], error: outcome.message } });
    return;
  }
  const { result } = outcome;
  const rejected = [...unreadable, ...result.rejected];
  const addedAt = new Date().toISOString();
  const fresh = result.added.map((a): StoredArticle => ({ ...a, addedAt }));
  try {
    await storeArticles(fresh);
  } catch (error) {
    set({ busy: null, report: { summary: 'Nothing was added.', rejected, error: (error as Error).message } });
    return;
  }
  if (fresh.length > 0) outcome.loaded.show();
  set({
    busy: null,
    articles: [...before, ...fresh],
    report: {
      summary: fresh.length === 0 ? 'Nothing was added.' : `Added ${plural(fresh.length, 'article')} in ${seconds(performance.now() - started)}.`,
      rejected,
    },
  });
}

export async function removeOwnArticle(fileName: string): Promise<void> {
  const { articles } = useOwnArticles.getState();
  const gone = articles.find((a) => a.fileName === fileName);
  if (gone === undefined) return;
  const remaining = articles.filter((a) => a !== gone);
  set({ busy: `Removing “${gone.title}”…`, report: null });
  let show = showShipped;
  if (remaining.length > 0) {
    const outcome = await rebuild(remaining, []);
    if (!outcome.ok) {
      set({ busy: null, report: { summary: 'Nothing was removed.', rejected: [], error: outcome.message } });
      return;
    }
    show = outcome.loaded.show;
  }
  try {
    await removeStoredArticle(fileName);
  } catch (error) {
    set({ busy: null, report: { summary: 'Nothing was removed.', rejected: [], error: (error as Error).message } });
    return;
  }
  show();
  set({ busy: null, articles: remaining, report: { summary: `Removed “${gone.title}”.`, rejected: [] } });
}

/** Every own article removed: the shipped data again. */
export async function startOver(): Promise<void> {
  try {
    await clearStoredArticles();
  } catch (error) {
    set({ report: { summary: 'Nothing was removed.', rejected: [], error: (error as Error).message } });
    return;
  }
  showShipped();
  set({ articles: [], report: { summary: 'Back to the shipped articles only.', rejected: [] } });
}
