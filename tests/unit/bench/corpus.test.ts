import { parseArticleText } from '../../../scripts/preprocess/parseArticle';
import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, LAST_YEAR, toMarkdown } from '../../../bench/corpus/article';
import { countryName } from '../../../bench/corpus/countries';
import { generateCorpus } from '../../../bench/corpus/generate';
import { FALLBACK_LEXICON, phraseToText } from '../../../bench/corpus/lexicon';
import { buildPeoplePools } from '../../../bench/corpus/names';
import { FOLLOW_UP_FORMS, INTRO_FORMS } from '../../../bench/corpus/phrasings';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const corpus = generateCorpus(400, FALLBACK_LEXICON, 7);

describe('synthetic corpus generator', () => {
  it('is deterministic: the same seed gives byte-identical files, another seed different ones', () => {
    const again = generateCorpus(400, FALLBACK_LEXICON, 7);
    expect(again.articles.map(toMarkdown)).toEqual(corpus.articles.map(toMarkdown));
    expect(again.key).toEqual(corpus.key);
    const other = generateCorpus(20, FALLBACK_LEXICON, 8);
    expect(other.articles.map(toMarkdown)).not.toEqual(corpus.articles.slice(0, 20).map(toMarkdown));
  });

  it('makes the smaller corpora prefixes of the larger ones, so sizes compare like with like', () => {
    const small = generateCorpus(50, FALLBACK_LEXICON, 7);
    expect(small.articles.map(toMarkdown)).toEqual(corpus.articles.slice(0, 50).map(toMarkdown));
  });

  it('writes the front-matter format the pipeline reads, with unique ids, urls and title+date pairs', () => {
    for (const article of corpus.articles) {
      const parsed = parseArticleText(article.fileName, toMarkdown(article));
      expect(parsed).toMatchObject({ id: article.id, title: article.title, outlet: article.outlet, published: article.published, language: 'en' });
      expect(parsed.url).toMatch(/^https:\/\/[a-z0-9-]+\.example\/\d{4}\//);
      expect(parsed.body.trim()).toBe(article.body);
      expect(article.fileName).toBe(`${article.id}.md`);
    }
    const unique = (values: string[]) => new Set(values).size;
    expect(unique(corpus.articles.map((a) => a.id))).toBe(400);
    expect(unique(corpus.articles.map((a) => a.url))).toBe(400);
    expect(unique(corpus.articles.map((a) => `${a.title}|${a.published}`))).toBe(400);
  });

  it('spreads dates over 1996–2025, at day, month and year precision', () => {
    const years = corpus.articles.map((a) => Number(a.published.slice(0, 4)));
    for (const article of corpus.articles) expect(article.published).toMatch(PARTIAL_DATE);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(FIRST_YEAR);
    expect(Math.max(...years)).toBeLessThanOrEqual(LAST_YEAR);
    expect(new Set(years).size).toBeGreaterThanOrEqual(25);
    const precisions = new Set(corpus.articles.map((a) => a.published.length));
    expect([...precisions].sort((a, b) => a - b)).toEqual([4, 7, 10]);
  });

  it('uses every attribution phrasing, introductions and follow-ups alike', () => {
    const intros = new Set(corpus.articles.flatMap((a) => a.experts.map((e) => e.introForm)));
    const followUps = new Set(corpus.articles.flatMap((a) => a.experts.flatMap((e) => e.followUps)));
    expect([...intros].sort()).toEqual([...INTRO_FORMS].sort());
    expect([...followUps].sort()).toEqual([...FOLLOW_UP_FORMS].sort());
    const text = corpus.articles.map((a) => a.body).join('\n');
    for (const pattern of [/According to [A-Z][a-z]+ [A-Z][a-z]+, /, /[,\u201d"] (he|she) said\./, /[,\u201d"] said [A-Z][a-z]+\./, /, told [A-Z]/, /^According to (him|her), /m]) {
      expect(text, String(pattern)).toMatch(pattern);
    }
  });

  it('plants every expert in the text with a cue to their country, and keys them', () => {
    const pools = buildPeoplePools(7);
    const byName = new Map(pools.experts.map((e) => [e.name, e]));
    for (const article of corpus.articles) {
      expect(article.experts.length).toBeGreaterThan(0);
      for (const planted of article.experts) {
        const expert = byName.get(planted.name);
        expect(expert, planted.name).toBeDefined();
        if (expert === undefined) continue;
        expect(article.body).toContain(planted.name);
        expect(planted.country).toBe(expert.country.iso3);
        const cues = [countryName(expert.country.iso3), expert.country.demonym, expert.city];
        const introduction = article.body.slice(article.body.indexOf(planted.name) - 120, article.body.indexOf(planted.name) + 200);
        expect(cues.some((cue) => introduction.includes(cue)), `${planted.name} in ${article.id}`).toBe(true);
      }
    }
    const keyed = corpus.key.experts.reduce((sum, e) => sum + e.articles.length, 0);
    expect(keyed).toBe(corpus.articles.reduce((sum, a) => sum + a.experts.length, 0));
  });

  it('names bystanders (bylines, credits, heads of state) who are never experts', () => {
    const expertNames = new Set(corpus.key.experts.map((e) => e.name));
    const bystanders = corpus.articles.flatMap((a) => a.bystanders.map((b) => ({ ...b, body: a.body })));
    expect(new Set(bystanders.map((b) => b.role))).toEqual(new Set(['byline', 'photo-credit', 'head-of-state', 'minister']));
    for (const bystander of bystanders) {
      expect(expertNames.has(bystander.name)).toBe(false);
      expect(bystander.body).toContain(bystander.name);
    }
  });

  it('gives every person a unique surname, so a later mention by surname is unambiguous', () => {
    const pools = buildPeoplePools(7);
    const surnames = [...pools.experts, ...pools.bystanders].map((p) => p.surname);
    expect(new Set(surnames).size).toBe(surnames.length);
  });
});

describe('phraseToText', () => {
  it('turns lexicon patterns into words a writer would print', () => {
    expect(phraseToText('terroris(m|ts?)')).toBe('terrorism');
    expect(phraseToText('threat(s|ened)?')).toBe('threats');
    expect(phraseToText('defen(c|s)e')).toBe('defence');
    expect(phraseToText('cyber-?security')).toBe('cyber-security');
    expect(phraseToText('Belt and Road')).toBe('Belt and Road');
  });
});
