/**
 * The hostile corpus (tests/fixtures/hostile) through the real pipeline: markup, script, entities,
 * markdown links, bidi overrides, zero-width characters and very long words come out in sco.json
 * exactly as written — text, never interpreted — and what must not become a link is refused with
 * the file and the line. tests/e2e/hostile.e2e.ts shows the same data in the app.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseScoData } from '../../src/model/parse';
import type { ScoData } from '../../src/model/schema';
import { InputError } from '../preprocess/inputError';
import { runPipeline } from '../preprocess/pipeline';
import { readArticleFile } from '../preprocess/readArticle';

const HOSTILE_DIR = 'tests/fixtures/hostile';

const pwned = () => (globalThis as { __pwned?: unknown }).__pwned;

let data: ScoData;
beforeAll(() => {
  data = runPipeline({ articlesDir: HOSTILE_DIR, referenceDir: 'data/reference', generatedAt: '2025-01-01T00:00:00.000Z' });
});

/** Every string the app will show from the data: titles, outlets, quotes, experts' descriptions, sentences. */
function shownText(d: ScoData): string[] {
  return [
    ...d.articles.flatMap((a) => [a.title, a.outlet]),
    ...d.experts.flatMap((e) => [e.name, e.title ?? '', e.organisation ?? '', ...e.quotes.map((q) => q.text), ...e.evidence.map((x) => x.sentence)]),
    ...d.candidates.map((c) => c.sentence),
    ...d.countries.flatMap((c) => c.mentions.map((m) => m.sentence)),
  ];
}

describe('the hostile corpus through the pipeline', () => {
  it('gives a sco.json the app loads, with every article, quotes, experts and candidate sentences', () => {
    expect(parseScoData(JSON.stringify(data)).ok).toBe(true);
    expect(data.articles).toHaveLength(readdirSync(HOSTILE_DIR).filter((f) => /\.(md|txt)$/.test(f)).length);
    expect(data.experts.length).toBeGreaterThanOrEqual(5);
    expect(data.candidates.length).toBeGreaterThanOrEqual(4);
    expect(pwned()).toBeUndefined();
  });

  it('keeps markup, script, entities and markdown links as the text they were', () => {
    const text = shownText(data).join('\n');
    for (const payload of [
      '<img src=x onerror=window.__pwned=1>',
      '<script>window.__pwned=1;alert(1)</script>',
      '<svg><script>window.__pwned=1</script></svg>',
      '<iframe src="javascript:window.__pwned=1"></iframe>',
      '<a href="javascript:window.__pwned=1">counter-terrorism</a>',
      '[read more](javascript:window.__pwned=1)',
      '<b onmouseover=window.__pwned=1>The Hostile Herald</b>',
      // Entities stay as written: decoding them would turn text into markup.
      'Tom &amp; Jerry &lt;3 the SCO &#x3C;script&#x3E;',
      '&lt;img src=x onerror=window.__pwned=1&gt;',
      '&#60;script&#62;window.__pwned=1&#60;/script&#62;',
    ]) {
      expect(text, payload).toContain(payload);
    }
    const candidates = data.candidates.map((c) => c.sentence);
    expect(candidates).toContain('Laos wants to join the SCO as a member <img src=x onerror=window.__pwned=1>.');
  });

  it('keeps bidi overrides, zero-width characters and 1,200-letter words', () => {
    const rtl = data.articles.find((a) => a.id === '2023-07-rtl-and-zero-width');
    expect(rtl?.title).toBe('\u202Eevil.exe — SCO שלום مرحبا summit\u200B\u200C\u200D\u2060 with zero\u200Bwidth');
    expect(shownText(data).some((t) => /\u202Ein reverse\u202C/.test(t))).toBe(true);
    const longest = Math.max(...shownText(data).flatMap((t) => t.split(/\s+/)).map((w) => w.length));
    expect(longest).toBeGreaterThan(1200);
  });

  it('writes only http(s) article addresses, with the markup in a query left to the app to encode', () => {
    for (const article of data.articles) if (article.url !== undefined) expect(article.url).toMatch(/^https?:\/\//);
    expect(data.articles.find((a) => a.id === '2024-07-hostile-markup')?.url).toContain('"><script>');
  });
});

describe('hostile files the pipeline refuses', () => {
  const rejected = join(HOSTILE_DIR, 'rejected');
  const cases: [string, number, RegExp][] = [
    ['javascript-url.md', 4, /front matter "url" must be an http\(s\) address, got "javascript:window.__pwned=1"/],
    ['data-url.md', 4, /front matter "url" must be an http\(s\) address, got "data:text\/html/],
    ['html-in-url.md', 4, /front matter "url" must be an http\(s\) address/],
    // `---js` is not front matter to this reader (gray-matter would evaluate it): the file has no date.
    ['javascript-front-matter.md', 1, /no publication date found/],
  ];

  it.each(cases)('%s: an error naming the file and line %i, and nothing run', (name, line, reason) => {
    const file = join(rejected, name);
    let error: unknown;
    try {
      readArticleFile(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file, line, message: expect.stringMatching(reason) as unknown });
    expect((error as Error).message.startsWith(`${file}:${line}: `)).toBe(true);
    expect(pwned()).toBeUndefined();
  });

  it('has a case for every file in rejected/', () => {
    expect(readdirSync(rejected).sort()).toEqual(cases.map(([name]) => name).sort());
  });
});
