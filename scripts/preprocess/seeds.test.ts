/**
 * The two seed articles in data/articles/: the people, countries and candidates they contain,
 * read by hand. The extractor gets them from its general rules (see experts/*.test.ts).
 */
import { join } from 'node:path';
import { buildScoData } from './pipeline';
import { readArticleFile } from './readArticle';
import { listArticleFiles } from './readCorpus';
import { prepared } from './testSupport';
import type { ScoData } from './model';

const GT = '2022-09-16-global-times-sco-model-of-regional-cooperation';
const AT = '2024-07-astana-times-sco-summit-experts-share-insights';

let data: ScoData;
beforeAll(() => {
  data = buildScoData(listArticleFiles('data/articles').map(readArticleFile), prepared(), '2025-01-01T00:00:00.000Z');
});

const expertsOf = (articleId: string) =>
  data.experts.filter((e) => e.articles.includes(articleId)).map((e) => [e.name, e.country]).sort();

describe('the seed articles', () => {
  it('yield exactly the four experts of the 2022 Global Times article, with their countries', () => {
    expect(expertsOf(GT)).toEqual([
      ['Anton Bugayenko', 'KAZ'],
      ['Farkhod Tolipov', 'UZB'],
      ['Oleg Ivanov', 'RUS'],
      ['Sheradil Baktygulov', 'KGZ'],
    ]);
  });

  it('yield exactly the seven experts of the 2024 Astana Times article, with their countries', () => {
    expect(expertsOf(AT)).toEqual([
      ['Ainur Abaykyzy', 'KAZ'],
      ['Aladin Mustafayev', 'KAZ'],
      ['Ilqar Velizade', 'AZE'],
      ['Marat Terterov', 'BEL'],
      ['Olzhas Beisenbayev', 'KAZ'],
      ['Rizat Tasym', 'KAZ'],
      ['Zhanar Tulindinova', 'KAZ'],
    ]);
    expect(data.experts).toHaveLength(11);
  });

  it('do not take the people only mentioned for experts', () => {
    const all = data.experts.map((e) => e.name).join(' | ');
    for (const mentioned of ['Xi', 'Jinping', 'Guterres', 'Chen Xia', 'Akorda', 'Kazinform']) expect(all).not.toContain(mentioned);
  });

  it('keep titles, organisations and cities from the appositives', () => {
    const byId = new Map(data.experts.map((e) => [e.id, e]));
    expect(byId.get('oleg-ivanov')).toMatchObject({ organisation: 'Diplomatic Academy', city: 'Moscow' });
    expect(byId.get('anton-bugayenko')).toMatchObject({ organisation: 'Institute of World Economy and Politics' });
    expect(byId.get('farkhod-tolipov')?.organisation).toContain('Knowledge Caravan');
    expect(byId.get('marat-terterov')).toMatchObject({ organisation: 'European Geopolitical Forum', city: 'Brussels', title: 'director' });
    expect(byId.get('zhanar-tulindinova')).toMatchObject({ title: 'Executive Director', organisation: 'Kazakhstan’s Institute of Parliamentarism' });
    expect(byId.get('rizat-tasym')).toMatchObject({ title: 'political scientist', role: 'expert' });
  });

  it('give each 2022 expert one quote: the paragraphs under the name heading', () => {
    const ivanov = data.experts.find((e) => e.id === 'oleg-ivanov');
    expect(ivanov?.quotes).toHaveLength(1);
    expect(ivanov?.quotes[0]?.text).toMatch(/^The SCO promotes wide cooperation[\s\S]*non-Western strong pillar that the world community can rely on\.$/);
    expect(ivanov?.quotes[0]?.text.split('\n\n')).toHaveLength(2);
  });

  it('attribute quotes after "he said", surnames and "according to her" to the right person', () => {
    const quotes = (id: string) => data.experts.find((e) => e.id === id)?.quotes.map((q) => q.text) ?? [];
    expect(quotes('zhanar-tulindinova')).toContainEqual(expect.stringMatching(/^This suggests that the SCO is becoming a decision-making center/));
    expect(quotes('zhanar-tulindinova')).toContainEqual(expect.stringMatching(/^According to her, the SCO summit in Astana/));
    expect(quotes('olzhas-beisenbayev')).toContainEqual(expect.stringMatching(/^He added that SCO member nations/));
    expect(quotes('ilqar-velizade')).toContainEqual(expect.stringMatching(/^Kazakhstan’s chairmanship played a key role/));
    expect(quotes('marat-terterov')).toContainEqual(expect.stringMatching(/^In his words, the SCO has been an ongoing platform/));
  });

  it('list the countries a quote is about, not the ones in the speaker’s own description', () => {
    const countries = (id: string) => [...new Set(data.experts.find((e) => e.id === id)?.quotes.flatMap((q) => q.countries))].sort();
    // Brussels is where Terterov's forum is; his quotes name Kazakhstan, and the "Shanghai
    // Cooperation Organization" he names is no mention of China.
    expect(countries('marat-terterov')).toEqual(['KAZ']);
    expect(countries('ilqar-velizade')).toEqual(['KAZ']);
    expect(countries('ainur-abaykyzy')).toEqual([]);
  });

  it('find the candidate states of the 2024 article, what they seek and the evidence', () => {
    const found = data.candidates.map((c) => `${c.iso3}:${c.kind}`).sort();
    expect(found).toEqual(['BGD:membership', 'BLR:membership', 'LAO:membership', 'QAT:membership']);
    expect(data.candidates.find((c) => c.iso3 === 'BLR')?.sentence).toContain('expanding to include Belarus');
  });

  it('find the countries each article mentions, with the sentence', () => {
    const mentioned = (articleId: string) =>
      data.countries.filter((c) => c.mentions.some((m) => m.articleId === articleId)).map((c) => c.iso3).sort();
    expect(mentioned(GT)).toEqual(['CHN', 'IND', 'KAZ', 'KGZ', 'PAK', 'RUS', 'UZB']);
    expect(mentioned(AT)).toEqual(['AZE', 'BEL', 'BGD', 'BLR', 'CHN', 'KAZ', 'LAO', 'QAT', 'RUS']);
    const kgz = data.countries.find((c) => c.iso3 === 'KGZ');
    expect(kgz?.mentions[0]?.sentence).toContain('Bishkek, Kyrgyzstan');
  });

  it('score themes per article as shares that sum to 1', () => {
    for (const id of [GT, AT]) {
      const weights = data.themeWeights.filter((w) => w.articleId === id);
      expect(weights.reduce((sum, w) => sum + w.weight, 0)).toBeCloseTo(1, 9);
      expect(weights.every((w) => w.hits > 0)).toBe(true);
    }
    const belt = data.themeWeights.find((w) => w.articleId === GT && w.themeId === 'belt-and-road');
    expect(belt?.hits).toBeGreaterThan(0);
    const digital = data.themeWeights.find((w) => w.articleId === AT && w.themeId === 'digital-cyber');
    expect(digital?.quoteCount).toBeGreaterThan(0);
  });

  it('link experts to their themes, their country and each other, once per pair', () => {
    const pairs = data.links.filter((l) => l.kind === 'expert-expert');
    expect(pairs).toHaveLength(6 + 21);
    expect(pairs.every((l) => l.source < l.target)).toBe(true);
    expect(data.links).toContainEqual({ kind: 'expert-country', source: 'marat-terterov', target: 'BEL', articleId: AT, weight: 1 });
    expect(data.links.some((l) => l.kind === 'expert-theme' && l.source === 'olzhas-beisenbayev' && l.target === 'digital-cyber')).toBe(true);
  });

  it('give stable ids: file names for articles, name slugs for experts, numbered quotes', () => {
    expect(data.articles.map((a) => a.id)).toEqual([GT, AT]);
    expect(data.experts.map((e) => e.id)).toContain('rizat-tasym');
    const ids = data.experts.flatMap((e) => e.quotes.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(`${AT}#1`);
  });

  it('read the plain-text seed the same way as the Markdown one', () => {
    const txt = readArticleFile(join('tests/fixtures/raw/000_03caac5132b6a04d.txt'));
    const fromText = buildScoData([txt], prepared(), '2025-01-01T00:00:00.000Z');
    expect(fromText.experts.map((e) => [e.name, e.country]).sort()).toEqual(expertsOf(GT));
    expect(fromText.articles[0]).toMatchObject({ id: '000_03caac5132b6a04d', title: 'SCO a model of successful regional cooperation', published: '2022-09-16' });
  });
});
