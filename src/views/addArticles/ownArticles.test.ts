import 'fake-indexeddb/auto';
import type * as IdbKeyval from 'idb-keyval';
import type { OwnCorpusResult } from '../../../scripts/import/ownCorpus';
import { splitScoData } from '../../../scripts/preprocess/split';
import type { ScoData } from '../../model/schema';
import { memorySource } from '../../state/dataSource';
import { openDataset, useDataset } from '../../state/dataset';
import { listStoredArticles } from '../../state/ownArticlesStore';
import { makeScoData } from '../../../tests/fixtures/scoData';
import { addOwnArticles, removeOwnArticle, startOver, useOwnArticles } from './ownArticles';
import type { BuildOutcome } from './ownCorpusClient';

/** The worker is the browser's; here each build answers with what the test sets. */
const worker = vi.hoisted(() => ({ next: null as BuildOutcome | null, calls: [] as Array<{ kept: number; added: number }> }));
vi.mock('./ownCorpusClient', () => ({
  buildOwnCorpus: (_generatedAt: string, kept: readonly unknown[], added: readonly unknown[]) => {
    worker.calls.push({ kept: kept.length, added: added.length });
    return Promise.resolve(worker.next);
  },
}));
const failWrites = vi.hoisted(() => ({ with: null as Error | null }));
vi.mock('idb-keyval', async (importOriginal) => {
  const real = await importOriginal<typeof IdbKeyval>();
  return { ...real, setMany: (...args: Parameters<typeof real.setMany>) => (failWrites.with === null ? real.setMany(...args) : Promise.reject(failWrites.with)) };
});

const shipped = makeScoData();
const withOwn = (titles: string[]): ScoData => ({
  ...shipped,
  articles: [...shipped.articles, ...titles.map((title, i) => ({ id: `own-${i}`, title, outlet: 'O', published: '2024', year: 2024, wordCount: 10, own: true as const }))],
});
/** What the worker hands back: the core with the own articles, its evidence as own shards. */
const built = (titles: string[], rejected: OwnCorpusResult['rejected'] = []): BuildOutcome => {
  const { core, shards } = splitScoData(withOwn(titles));
  return {
    ok: true,
    timings: { startMs: 1, buildMs: 2 },
    result: { core, evidence: shards.map(({ file, shard }) => ({ file, articles: shard.articles.length, own: shard })), added: titles.map((title, i) => ({ fileName: `own-${i}.md`, markdown: `---\ntitle: ${title}\n---\n`, from: `f${i}.md`, title })), rejected },
  };
};
const shippedSplit = splitScoData(shipped);
void openDataset(memorySource({ core: shippedSplit.core, shards: new Map(shippedSplit.shards.map(({ file, shard }) => [file, shard])) }, 'the shipped data'));
/** The titles of the data set the app shows now. */
async function shownTitles(): Promise<string[]> {
  const result = await useDataset.getState().load;
  return result?.ok === true ? result.data.articles.map((a) => a.title) : [];
}
const file = (name: string) => ({ kind: 'file' as const, name, bytes: new Uint8Array([1]) });

beforeEach(async () => {
  failWrites.with = null;
  worker.calls = [];
  await startOver();
  useOwnArticles.setState({ report: null });
});

describe('adding, removing and starting over', () => {
  it('keeps what the worker built, shows it, and reports the files it refused', async () => {
    worker.next = built(['A', 'B'], [{ name: 'bad.html', message: 'bad.html: no publication date' }]);
    await addOwnArticles([file('a.md'), file('b.md'), file('bad.html')]);
    expect(await shownTitles()).toEqual(['SCO a model of successful regional cooperation', 'A', 'B']);
    expect((await listStoredArticles()).articles.map((a) => a.title)).toEqual(['A', 'B']);
    expect(useOwnArticles.getState().report).toMatchObject({ summary: expect.stringMatching(/^Added 2 articles in \d+\.\d s\.$/) as unknown, rejected: [{ name: 'bad.html' }] });
  });

  it('changes nothing when the browser refuses to keep them (storage full), and says so', async () => {
    worker.next = built(['A']);
    await addOwnArticles([file('a.md')]);
    failWrites.with = new DOMException('quota', 'QuotaExceededError');
    worker.next = built(['A', 'B']);
    await addOwnArticles([file('b.md')]);
    expect(useOwnArticles.getState().report).toMatchObject({ summary: 'Nothing was added.', error: expect.stringMatching(/storage for this site is full/) as unknown });
    expect(await shownTitles()).toContain('A');
    expect(await shownTitles()).not.toContain('B');
    expect((await listStoredArticles()).articles.map((a) => a.title)).toEqual(['A']);
    expect(useOwnArticles.getState().articles.map((a) => a.title)).toEqual(['A']);
  });

  it('changes nothing when the pipeline fails', async () => {
    worker.next = { ok: false, message: 'the shipped articles’ findings are from another run' };
    await addOwnArticles([file('a.md')]);
    expect(useOwnArticles.getState().report).toMatchObject({ summary: 'Nothing was added.', error: 'the shipped articles’ findings are from another run' });
    expect(useDataset.getState().label).toBe('the shipped data');
    expect((await listStoredArticles()).articles).toEqual([]);
  });

  it('rebuilds without a removed article, and shows the shipped data when none is left', async () => {
    worker.next = built(['A', 'B']);
    await addOwnArticles([file('a.md'), file('b.md')]);
    worker.next = built(['B']);
    await removeOwnArticle('own-0.md');
    expect(worker.calls.at(-1)).toEqual({ kept: 1, added: 0 });
    expect((await listStoredArticles()).articles.map((a) => a.title)).toEqual(['B']);
    await removeOwnArticle('own-1.md');
    expect(useDataset.getState().label).toBe('the shipped data');
    expect(useOwnArticles.getState()).toMatchObject({ articles: [], report: { summary: 'Removed “B”.' } });
  });
});
