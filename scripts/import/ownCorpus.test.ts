import { readFileSync } from 'node:fs';
import { analyseArticle } from '../preprocess/analyseArticle';
import { buildScoData } from '../preprocess/buildData';
import { pageBytes } from '../preprocess/html/pageFixtures';
import { parseArticleText } from '../preprocess/parseArticle';
import { readArticleFile } from '../preprocess/readArticle';
import { listArticleFiles } from '../preprocess/readCorpus';
import { prepared } from '../preprocess/testSupport';
import { analysesFromJson, analysesToJson } from '../preprocess/analysesFile';
import { OwnCorpusBuilder, type NewArticle } from './ownCorpus';

const GENERATED_AT = '2025-01-01T00:00:00.000Z';
const seeds = () => listArticleFiles('data/articles').map(readArticleFile);
const shippedAnalyses = () => seeds().map((raw) => analyseArticle(raw, prepared().context));
const file = (name: string, text: string | Uint8Array): NewArticle => ({ kind: 'file', name, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });

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

describe('the shipped corpus plus own articles', () => {
  it('gives the data the pipeline gives for the same files, with the own articles marked', () => {
    const builder = new OwnCorpusBuilder(prepared(), shippedAnalyses());
    const result = builder.build([], [file('notes.md', OWN_MD), file('page.html', pageBytes('og-only.html'))], GENERATED_AT);
    expect(result.rejected).toEqual([]);
    expect(result.added.map((a) => a.from)).toEqual(['notes.md', 'page.html']);
    // The same files in data/articles, through the Node pipeline:
    const own = result.added.map((a) => parseArticleText(a.fileName, a.markdown));
    const expected = buildScoData([...seeds(), ...own], prepared(), GENERATED_AT);
    const ownIds = new Set(own.map((a) => a.id));
    expect(result.data).toEqual({ ...expected, articles: expected.articles.map((a) => (ownIds.has(a.id) ? { ...a, own: true } : a)) });
    expect(result.data.experts.map((e) => e.name)).toContain('Aigerim Nurlanova');
    expect(result.data.candidates.filter((c) => ownIds.has(c.articleId)).map((c) => c.iso3)).toContain('LAO');
  });

  it('rejects a bad file and a duplicate with their messages, and still adds the good ones', () => {
    const builder = new OwnCorpusBuilder(prepared(), shippedAnalyses());
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
      { name: 'seed.md', message: expect.stringMatching(/^seed\.md: the same article twice: same url as data\/articles\/2024-07-astana-times-sco-summit-experts-share-insights\.md/) as unknown },
    ]);
    expect(result.data.articles.filter((a) => a.own === true)).toHaveLength(1);
  });

  it('builds from kept articles alone, and forgets a removed one', () => {
    const builder = new OwnCorpusBuilder(prepared(), shippedAnalyses());
    const first = builder.build([], [file('notes.md', OWN_MD), file('page.html', pageBytes('og-only.html'))], GENERATED_AT);
    const kept = first.added.map(({ fileName, markdown }) => ({ fileName, markdown }));
    const again = builder.build(kept, [], GENERATED_AT);
    expect(again.data).toEqual(first.data);
    const fewer = builder.build(kept.slice(1), [], GENERATED_AT);
    expect(fewer.data.articles).toHaveLength(3);
    expect(fewer.data.experts.map((e) => e.name)).not.toContain('Aigerim Nurlanova');
  });

  it('links with the shipped findings read back from sco.analyses.json as if they were fresh', () => {
    const json = JSON.parse(JSON.stringify(analysesToJson(shippedAnalyses(), GENERATED_AT))) as unknown;
    const read = analysesFromJson(json);
    if (!read.ok) throw new Error(read.problem);
    const fromFile = new OwnCorpusBuilder(prepared(), read.analyses).build([], [file('notes.md', OWN_MD)], GENERATED_AT);
    const fresh = new OwnCorpusBuilder(prepared(), shippedAnalyses()).build([], [file('notes.md', OWN_MD)], GENERATED_AT);
    expect(fromFile.data).toEqual(fresh.data);
    expect(analysesFromJson({ ...(json as object), analysesVersion: 0 })).toMatchObject({ ok: false, problem: expect.stringMatching(/analysesVersion/) as unknown });
  });
});
