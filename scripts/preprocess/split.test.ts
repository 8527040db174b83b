/**
 * The split into a core and evidence shards: lossless (join gives back the very data), the core
 * free of the words, every article's evidence in exactly one shard, and shard names that follow
 * their content.
 */
import { EvidenceShard } from '../../src/model/coreSchema';
import { checkCore, checkShard } from '../../src/model/parse';
import { buildScoData } from './pipeline';
import { readArticleFile } from './readArticle';
import { listArticleFiles } from './readCorpus';
import { joinScoData, splitScoData, type SplitData } from './split';
import { article, prepared } from './testSupport';
import type { ScoData } from './model';

let seeds: ScoData;
beforeAll(() => {
  seeds = buildScoData(listArticleFiles('data/articles').map(readArticleFile), prepared(), '2025-01-01T00:00:00.000Z');
});

const byFile = (split: SplitData) => new Map(split.shards.map((s) => [s.file, s.shard]));

/** Three short articles in three years, each quoting someone, so shards have something to cut. */
const three = () =>
  buildScoData(
    ['“Terrorism is the threat to Kazakhstan,” said Anna Kim.', '“Trade will grow,” said Boris Lee, an analyst in Baku. Iran wants to join the SCO.', '“Both matter,” said Anna Kim.'].map((body, i) =>
      article(body, { id: `a${i + 1}`, file: `a${i + 1}.md`, url: `https://example.org/${i + 1}`, title: `Article ${i + 1}`, published: `202${i}-05-01`, year: 2020 + i }),
    ),
    prepared(),
    '2025-01-01T00:00:00.000Z',
  );

describe('splitting the data into a core and evidence shards', () => {
  it('loses nothing: the core and its shards join back into the same data', () => {
    const split = splitScoData(seeds);
    expect(joinScoData(split.core, byFile(split))).toEqual(seeds);
    const small = three();
    const each = splitScoData(small, { shardBytes: 0 });
    expect(joinScoData(each.core, byFile(each))).toEqual(small);
  });

  it('keeps the words out of the core, and passes the app’s own checks', () => {
    const { core, shards } = splitScoData(seeds);
    const text = JSON.stringify(core);
    for (const expert of seeds.experts) for (const quote of expert.quotes) expect(text).not.toContain(quote.text);
    for (const country of seeds.countries) for (const mention of country.mentions) expect(text).not.toContain(mention.sentence);
    expect(checkCore(core)).toMatchObject({ ok: true });
    expect(checkCore(JSON.parse(text), 'zod')).toMatchObject({ ok: true });
    let first = 0;
    for (const { file, shard } of shards) {
      const ids = core.articles.slice(first, first + shard.articles.length).map((a) => a.id);
      expect(checkShard(JSON.parse(JSON.stringify(shard)), file, ids)).toMatchObject({ ok: true });
      first += shard.articles.length;
    }
    expect(first).toBe(core.articles.length);
  });

  it('cuts consecutive articles into shards of about the size asked for', () => {
    const data = three();
    const each = splitScoData(data, { shardBytes: 0 });
    expect(each.shards.map((s) => s.shard.articles.map((a) => a.id))).toEqual([['a1'], ['a2'], ['a3']]);
    expect(each.core.evidence.map((r) => r.articles)).toEqual([1, 1, 1]);
    const one = splitScoData(data, { shardBytes: 1e9 });
    expect(one.shards.map((s) => s.shard.articles.length)).toEqual([3]);
    const entry = JSON.stringify(each.shards[0]?.shard.articles[0]).length;
    const pairs = splitScoData(data, { shardBytes: entry + 1 });
    expect(pairs.shards.map((s) => s.shard.articles.length)).toEqual([2, 1]);
    for (const { shard } of [...each.shards, ...one.shards, ...pairs.shards]) expect(EvidenceShard.safeParse(shard).success).toBe(true);
  });

  it('puts every quote, attribution, mention and candidate sentence in its article’s entry', () => {
    const data = three();
    const { shards } = splitScoData(data, { shardBytes: 0 });
    const a2 = shards[1]?.shard.articles[0];
    expect(a2?.quotes).toEqual([[1, 'Trade will grow']]);
    expect(a2?.attributions.map(([expert]) => expert)).toEqual(['boris-lee']);
    expect(a2?.mentions.map(([iso3]) => iso3).sort()).toEqual(['AZE', 'IRN']);
    expect(a2?.candidates).toEqual([['IRN', 'membership', expect.stringContaining('Iran wants to join')]]);
  });

  it('names a shard by its number and its words, the same on every run', () => {
    const data = three();
    const names = splitScoData(data, { shardBytes: 0 }).shards.map((s) => s.file);
    expect(names).toEqual(splitScoData(three(), { shardBytes: 0 }).shards.map((s) => s.file));
    expect(names.every((n) => /^evidence\/\d{5}-[0-9a-f]{8}\.json$/.test(n))).toBe(true);
    const changed = structuredClone(data);
    const quote = changed.experts.find((e) => e.id === 'boris-lee')?.quotes[0];
    if (quote === undefined) throw new Error('no quote to change');
    quote.text = 'Trade will shrink';
    const after = splitScoData(changed, { shardBytes: 0 }).shards.map((s) => s.file);
    expect(after[0]).toBe(names[0]);
    expect(after[1]).not.toBe(names[1]);
  });

  it('refuses a quote id that is not <article id>#<number>', () => {
    const data = three();
    const quote = data.experts[0]?.quotes[0];
    if (quote === undefined) throw new Error('no quote');
    quote.id = 'q-1';
    expect(() => splitScoData(data)).toThrow(/quote id "q-1" is not "a\d#<number>"/);
  });
});
