import { describe, expect, it } from 'vitest';
import { makeDataFiles } from '../../tests/fixtures/scoData';
import { fetchSource, memorySource } from './dataSource';
import { loadAtlas } from './loadData';

const loadScoData = (url: string, fetchImpl: typeof fetch) => loadAtlas(fetchSource(url, fetchImpl));

const respond =
  (files: Record<string, string>, status = 200): typeof fetch =>
  (input) => {
    const body = files[typeof input === 'string' ? input : input instanceof URL ? input.href : input.url];
    return Promise.resolve(body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status }));
  };

describe('loading a data set', () => {
  const { core, shards } = makeDataFiles();
  const shardFile = core.evidence[0]?.file ?? '';
  const files = { './data/sco-core.json': JSON.stringify(core), [`./data/${shardFile}`]: JSON.stringify(shards.get(shardFile)) };

  it('fetches and checks the core, then a shard when its words are wanted', async () => {
    const result = await loadScoData('./data/sco-core.json', respond(files));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const quote = result.data.experts[0]?.quotes[0];
    if (quote === undefined) throw new Error('no quote');
    expect(result.evidence.peek([quote.articleId])).toBeNull();
    const words = await result.evidence.load([quote.articleId]);
    expect(words.ok && words.data.quote(quote)).toBe('Kazakhstan has received notable dividends from participating in the BRI.');
    expect(result.evidence.peek([quote.articleId])?.mention('a-2022', 'KAZ')).toMatch(/^Kazakhstan is where/);
  });

  it('says the core is missing on a 404', async () => {
    const result = await loadScoData('./data/sco-core.json', respond({}));
    expect(result).toMatchObject({ ok: false, problem: { title: 'The data file ./data/sco-core.json is missing.' } });
  });

  it('turns a network failure into a problem, not an exception', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const result = await loadScoData('./data/sco-core.json', failing);
    expect(result).toMatchObject({ ok: false, problem: { details: ['Failed to fetch'] } });
  });

  it('names a missing shard when its words are wanted, and tries again on the next request', async () => {
    const served: Record<string, string> = { './data/sco-core.json': JSON.stringify(core) };
    const result = await loadScoData('./data/sco-core.json', respond(served));
    if (!result.ok) throw new Error(result.problem.title);
    expect(await result.evidence.load(['a-2022'])).toMatchObject({ ok: false, problem: { title: `The evidence file ./data/${shardFile} is missing.` } });
    // The file is back (a server restarted, a build finished): the same store reads it now.
    Object.assign(served, files);
    expect((await result.evidence.load(['a-2022'])).ok).toBe(true);
  });

  it('loads a data set held in memory the same way, objects or JSON text', async () => {
    for (const dataset of [{ core, shards }, { core: JSON.stringify(core), shards: new Map([...shards].map(([f, s]) => [f, JSON.stringify(s)])) }]) {
      const result = await loadAtlas(memorySource(dataset, 'your articles'));
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const all = await result.evidence.readAll();
      expect(all.ok && all.data.attribution('a-2022', 'anton-bugayenko')).toMatch(/^Anton Bugayenko, chief expert/);
    }
    const missing = await loadAtlas(memorySource({ core, shards: new Map() }, 'your articles'));
    if (!missing.ok) throw new Error(missing.problem.title);
    expect(await missing.evidence.load(['a-2022'])).toMatchObject({ ok: false, problem: { title: `The evidence ${shardFile} is not in your articles.` } });
  });

  it('refuses a core that fails its checks, with the reason', async () => {
    const result = await loadAtlas(memorySource({ core: { ...core, schemaVersion: 2 }, shards }));
    expect(result.ok || result.problem.title).toMatch(/schema version 2; this app reads version 3/);
  });
});
