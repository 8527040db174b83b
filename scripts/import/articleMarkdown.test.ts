/** The Markdown an import writes reads back through the pipeline's own reader to the same fields, whatever the title holds. */
import fc from 'fast-check';
import { parseArticleText } from '../preprocess/parseArticle';
import { articleId, articleMarkdown, oneLine, slug, type ArticleFields } from './articleMarkdown';

const fields = (overrides: Partial<ArticleFields> = {}): ArticleFields => ({
  title: 'SCO energy ministers agree to link power grids',
  outlet: 'The Steppe Herald',
  url: 'https://steppe-herald.example/energy/grids',
  published: '2024-07-03',
  language: 'en',
  author: 'Dana Abenova',
  body: 'First paragraph.\n\nSecond paragraph.',
  ...overrides,
});

const readBack = (f: ArticleFields) => parseArticleText('x.md', articleMarkdown(f));

describe('articleMarkdown', () => {
  it('writes the front matter the pipeline reads, in its order', () => {
    expect(articleMarkdown(fields())).toBe(
      [
        '---',
        'title: "SCO energy ministers agree to link power grids"',
        'outlet: "The Steppe Herald"',
        'url: "https://steppe-herald.example/energy/grids"',
        'published: 2024-07-03',
        'language: "en"',
        'author: "Dana Abenova"',
        '---',
        'First paragraph.',
        '',
        'Second paragraph.',
        '',
      ].join('\n'),
    );
    expect(readBack(fields())).toMatchObject({ title: 'SCO energy ministers agree to link power grids', published: '2024-07-03', year: 2024, language: 'en' });
  });

  it.each([
    'SCO "summit": <script>alert(1)</script> --- published: 1999 #not-a-comment',
    "Ob' River: 'News' & \"Views\"",
    'title: injected\npublished: 1999\n---',
    '- a list? [no] {no} | > & * ! % @ `',
    'yes',
    '0x1F',
    '2024-07-03',
    'Back\\slash \\n \\" \\u0041',
    'Итоги саммита ШОС — 上海合作组织 — منظمة شنغهاي للتعاون',
  ])('a hostile value stays one value: %j', (value) => {
    const back = readBack(fields({ title: value, outlet: value, url: 'https://x.example/a?b="c"#d' }));
    expect(back.title).toBe(oneLine(value));
    expect(back.outlet).toBe(oneLine(value));
    expect(back.url).toBe('https://x.example/a?b="c"#d');
    expect(back.published).toBe('2024-07-03');
  });

  it('any title and outlet read back as written, on one line', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }));
    fc.assert(
      fc.property(text, text, (title, outlet) => {
        fc.pre(oneLine(title) !== '' && oneLine(outlet) !== '');
        const back = readBack(fields({ title, outlet }));
        expect(back.title).toBe(oneLine(title));
        expect(back.outlet).toBe(oneLine(outlet));
      }),
      { numRuns: 500 },
    );
  });
});

describe('file names', () => {
  it('date, outlet and title, like the seed articles', () => {
    expect(articleId(fields())).toBe('2024-07-03-the-steppe-herald-sco-energy-ministers-agree-to-link-power-grids');
  });

  it('Latin letters without accents, Cyrillic transliterated, whole words up to the length', () => {
    expect(slug('Türkiye’s view: Erdoğan & the SCO', 60)).toBe('turkiye-s-view-erdogan-the-sco');
    expect(slug('Эксперты обсудили расширение ШОС', 60)).toBe('eksperty-obsudili-rasshirenie-shos');
    expect(slug('Қазақстан және ШЫҰ', 60)).toBe('qazaqstan-zhane-shyu');
    expect(slug('one two three four', 9)).toBe('one-two');
  });

  it('a title in another script gets a short hash, so two such pages do not share a name', () => {
    const a = articleId(fields({ title: '上海合作组织峰会', outlet: '新华网' }));
    const b = articleId(fields({ title: '上海合作组织外长会议', outlet: '新华网' }));
    expect(a).toMatch(/^2024-07-03-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
  });
});
