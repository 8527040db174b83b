import { readFileSync } from 'node:fs';
import type { EvidenceShard } from '../../src/model/coreSchema';
import { assembleAtlas, buildScoData, findingsOf } from '../preprocess/buildData';
import { pageBytes } from '../preprocess/html/pageFixtures';
import { parseArticleText } from '../preprocess/parseArticle';
import { readArticleFile } from '../preprocess/readArticle';
import { listArticleFiles } from '../preprocess/readCorpus';
import { joinScoData, type SplitData } from '../preprocess/split';
import { prepared } from '../preprocess/testSupport';
import { validateScoData } from '../preprocess/validate';
import { OwnCorpusBuilder, type NewArticle, type OwnCorpusResult } from './ownCorpus';
import { shardOfPart } from '../../src/model/evidenceParts';

const GENERATED_AT = '2025-01-01T00:00:00.000Z';
const seeds = () => listArticleFiles('data/articles').map(readArticleFile);
/** The seeds as `npm run preprocess` ships them, one article a shard so an own article falls between shards and inside none. */
const shipped = (shardBytes = 0): SplitData => assembleAtlas(seeds().map((raw) => findingsOf(raw, prepared())), prepared(), GENERATED_AT, { shardBytes });
const file = (name: string, text: string | Uint8Array): NewArticle => ({ kind: 'file', name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });

/** The result joined back into one ScoData, its shipped parts read from the shipped shards. */
function joined(result: OwnCorpusResult, split: SplitData) {
  const shippedShards = new Map(split.shards.map(({ file, shard }) => [file, shard]));
  const shards = new Map(result.evidence.map((part) => [part.file, shardOfPart(part, 'shipped' in part ? shippedShards.get(part.shipped.file) : undefined) as EvidenceShard]));
  return validateScoData(joinScoData(result.core, shards));
}

const OWN_MD = `---
title: Kazakh analysts weigh the SCO's new development bank
outlet: Steppe Weekly
url: https://steppe-weekly.example/2024/09/sco-bank
published: 2024-09-12
---
ASTANA – The Shanghai Cooperation Organisation is closer to a development bank of its own.

“The bank would finance railways and power lines across Central Asia,” said Aigerim Nurlanova, an economist at the Eurasian Research Institute in Astana.

Laos wants to join the SCO as a member.
`;

describe('the shipped data plus own articles', () => {
  it.each([
    ['a shard per article', 0],
    ['one shard for all', 1 << 20],
  ])('gives the data the pipeline gives for the same files, with the own articles marked (%s)', (_, shardBytes) => {
    const split = shipped(shardBytes);
    const builder = new OwnCorpusBuilder(prepared(), split.core);
    const result = builder.build([], [file('notes.md', OWN_MD), file('page.html', pageBytes('og-only.html'))], GENERATED_AT);
    expect(result.rejected).toEqual([]);
    expect(result.added.map((a) => a.from)).toEqual(['notes.md', 'page.html']);
    // The same files in data/articles, through the Node pipeline:
    const own = result.added.map((a) => parseArticleText(a.fileName, a.markdown));
    const expected = buildScoData([...seeds(), ...own], prepared(), GENERATED_AT);
    const ownIds = new Set(own.map((a) => a.id));
    const data = joined(result, split);
    expect(data).toEqual({ ...expected, articles: expected.articles.map((a) => (ownIds.has(a.id) ? { ...a, own: true } : a)) });
    expect(data.experts.map((e) => e.name)).toContain('Aigerim Nurlanova');
    expect(data.candidates.filter((c) => ownIds.has(c.articleId)).map((c) => c.iso3)).toContain('LAO');
    // Own words in own shards; the shipped words stay in the shipped files.
    const ownParts = result.evidence.filter((part) => 'own' in part);
    expect(ownParts.flatMap((part) => ('own' in part ? part.own.articles.map((a) => a.id) : [])).sort()).toEqual([...ownIds].sort());
    expect(result.evidence.filter((part) => 'shipped' in part).reduce((n, part) => n + part.articles, 0)).toBe(split.core.articles.length);
  });

  it('cuts a shipped shard where an own article falls inside it', () => {
    const split = shipped(1 << 20);
    const result = new OwnCorpusBuilder(prepared(), split.core).build([], [file('page.html', pageBytes('og-only.html'))], GENERATED_AT);
    const ownAt = result.core.articles.findIndex((a) => a.own === true);
    // og-only.html is dated between the seeds: one shipped shard, then the own one, then the rest of it.
    expect(ownAt).toBeGreaterThan(0);
    expect(ownAt).toBeLessThan(split.core.articles.length);
    expect(result.evidence.map((part) => ('own' in part ? 'own' : `${part.shipped.first}+${part.articles}`))).toEqual([`0+${ownAt}`, 'own', `${ownAt}+${split.core.articles.length - ownAt}`]);
    expect(new Set(result.evidence.map((part) => part.file)).size).toBe(3);
  });

  it('rejects a bad file and a duplicate with their messages, and still adds the good ones', () => {
    const builder = new OwnCorpusBuilder(prepared(), shipped().core);
    const seed = readFileSync('data/articles/2024-07-astana-times-sco-summit-experts-share-insights.md');
    const result = builder.build(
      [],
      [file('bad.html', pageBytes('no-article-text.html')), file('notes.md', OWN_MD), file('copy.md', OWN_MD), file('seed.md', seed)],
      GENERATED_AT,
    );
    expect(result.added.map((a) => a.from)).toEqual(['notes.md']);
    expect(result.rejected).toEqual([
      { name: 'bad.html', message: expect.stringMatching(/^bad\.html: no article text: the readable part of the page has \d+ words, an article at least 25$/) as unknown },
      { name: 'copy.md', message: 'copy.md: the same article twice: same date, outlet and title as notes.md' },
      { name: 'seed.md', message: expect.stringMatching(/^seed\.md: the same article twice: same url as the shipped article 2024-07-astana-times-sco-summit-experts-share-insights /) as unknown },
    ]);
    expect(result.core.articles.filter((a) => a.own === true)).toHaveLength(1);
  });

  it('builds from kept articles alone, and forgets a removed one', () => {
    const split = shipped();
    const builder = new OwnCorpusBuilder(prepared(), split.core);
    const first = builder.build([], [file('notes.md', OWN_MD), file('page.html', pageBytes('og-only.html'))], GENERATED_AT);
    const kept = first.added.map(({ fileName, markdown }) => ({ fileName, markdown }));
    const again = builder.build(kept, [], GENERATED_AT);
    expect(again.core).toEqual(first.core);
    expect(again.evidence).toEqual(first.evidence);
    const fewer = builder.build(kept.slice(1), [], GENERATED_AT);
    expect(fewer.core.articles).toHaveLength(3);
    expect(joined(fewer, split).experts.map((e) => e.name)).not.toContain('Aigerim Nurlanova');
  });
});
