/**
 * The readable text of every fixture page (the article's paragraphs, none of the page around it),
 * and each way a page can fail to be an article, with its reason.
 */
import { readFileSync } from 'node:fs';
import { hugePage, pageBytes, URL_DATE_PATH } from './pageFixtures';
import { MAX_PAGE_BYTES, PageError, readHtmlArticle, type PageProblem } from './readHtmlArticle';

const read = (name: string) => readHtmlArticle(name, pageBytes(name), name === 'url-date.html' ? { fetchedFrom: `http://127.0.0.1${URL_DATE_PATH}` } : {});
const bodyOf = (name: string) => read(name).article.body;

/** fixture → [a sentence of the article, text of the page around it that must not be in the body]. */
const TEXT: Array<[string, string, string[]]> = [
  ['json-ld.html', 'said Anna Petrova, a researcher at the Institute of Eurasian Studies in Almaty.', ['© The Steppe Herald']],
  ['og-only.html', 'Farid Aliyev, an analyst at the Caspian Policy Forum in Baku, said the observer states', []],
  ['time-element.html', 'According to Uzbek economist Dilnoza Karimova, the new SCO development bank', []],
  ['url-date.html', 'said Rustam Nazarov, a professor at the Silk Road Institute in Tashkent.', []],
  [
    'page-furniture.html',
    'Meruert Sultanova, a senior fellow at the Centre for Central Asian Studies in Bishkek, said',
    ['cookies', 'Accept all', 'Politics', 'Home', 'Related articles', 'Border talks resume', 'Comments', 'Mark Doe', 'Sign up', 'All rights reserved'],
  ],
  ['two-dates.html', 'said Bakyt Osmonov, a hydrologist at the Mountain Water Centre in Bishkek.', ['Most read', 'Glaciers in the Pamirs']],
  ['windows-1251.html', 'Шанхайской организации сотрудничества', []],
  ['hostile.html', 'Elena Volkova, an analyst at the Northern Policy Institute in Novosibirsk, said the summit was a success', ['svg text', 'Please enable JavaScript']],
];

describe('readable text of the fixture pages', () => {
  it.each(TEXT)('%s: the article, as paragraphs, without the page around it', (name, sentence, absent) => {
    const body = bodyOf(name);
    expect(body).toContain(sentence);
    for (const text of absent) expect(body).not.toContain(text);
    // Plain paragraphs: no tags, no entities, no runs of spaces, one blank line between paragraphs.
    expect(body).not.toMatch(/<[a-z/!]|&[a-z]+;|&#\d+;| {2}|\n{3}/i);
    expect(body.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  it('hostile markup leaves no script, handler or javascript: address in the text, and runs nothing', () => {
    const body = bodyOf('hostile.html');
    expect(body).not.toMatch(/script|onerror|onload|onclick|javascript:|__pwned|alert|srcdoc/i);
    expect(body).toContain('Read the full declaration or the summary of it.');
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('says where each field and the encoding came from', () => {
    expect(read('windows-1251.html').charset).toEqual({ charset: 'windows-1251', source: '<meta charset>' });
    expect(read('json-ld.html')).toMatchObject({ author: 'Dana Abenova', sources: { title: 'JSON-LD headline', author: 'JSON-LD author' }, paragraphs: 6 });
  });

  it('reads a 5 MB page (the article among thousands of links and comments) in seconds', () => {
    const started = performance.now();
    const page = readHtmlArticle('huge.html', new TextEncoder().encode(hugePage(5 * 2 ** 20)));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(page.article.body).toContain('said Timur Bekov, an economist at the Eurasian Research Institute in Astana.');
    expect(page.article.body).not.toMatch(/Related story|Comment \d/);
  });
});

describe('pages that are not articles', () => {
  const problemOf = (run: () => unknown): [PageProblem, string] => {
    try {
      run();
    } catch (error) {
      if (error instanceof PageError) return [error.problem, error.message];
      throw error;
    }
    throw new Error('expected a PageError');
  };
  const encode = (text: string) => new TextEncoder().encode(text);

  it.each<[string, () => unknown, PageProblem, RegExp]>([
    ['no article text', () => read('no-article-text.html'), 'no article text', /^no-article-text\.html: no article text: the readable part of the page has 3 words/],
    ['no date, naming what it could not read', () => read('no-date.html'), 'no date', /^no-date\.html: no publication date: .*\(not dates: article:published_time "last Tuesday"\)$/],
    ['no title', () => readHtmlArticle('t.html', encode('<html><body><p>text</p></body></html>')), 'no title', /^t\.html: no title/],
    ['JSON in a .html file', () => readHtmlArticle('data.html', encode('{"headline": "SCO"}')), 'not HTML', /^data\.html: not HTML: .*starts "\{"headline": "SCO"\}"/],
    ['a PDF in a .html file', () => readHtmlArticle('doc.html', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a, 0x00, 0xff])), 'not HTML', /^doc\.html: not HTML: a binary file/],
    ['an empty file', () => readHtmlArticle('empty.html', new Uint8Array()), 'not HTML', /^empty\.html: not HTML/],
    [
      'a page over the size limit',
      () => readHtmlArticle('big.html', new Uint8Array(MAX_PAGE_BYTES + 1)),
      'too large',
      /^big\.html: the page is 10\.0 MB, more than the 10\.0 MB limit$/,
    ],
    ['a page over a lower limit', () => readHtmlArticle('big.html', pageBytes('json-ld.html'), { maxBytes: 1000 }), 'too large', /^big\.html: the page is 3 KB, more than the 1 KB limit$/],
  ])('%s', (_what, run, problem, message) => {
    const [gotProblem, gotMessage] = problemOf(run);
    expect(gotProblem).toBe(problem);
    expect(gotMessage).toMatch(message);
  });
});

describe('isomorphic: the HTML reader runs in a browser worker', () => {
  /** Every module the reader imports, followed through relative imports. */
  function moduleGraph(entry: string, seen = new Set<string>()): Map<string, string[]> {
    const graph = new Map<string, string[]>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const imports = [...readFileSync(file, 'utf8').matchAll(/^import\s+(?:type\s+)?[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
      graph.set(file, imports);
      for (const spec of imports.filter((s) => s.startsWith('.'))) visit(new URL(`${spec}.ts`, `file://${process.cwd()}/${file}`).pathname.slice(process.cwd().length + 1));
    };
    visit(entry);
    return graph;
  }

  it('imports no Node built-in (no file system, no path) and linkedom only in its worker build', () => {
    const graph = moduleGraph('scripts/preprocess/parseArticle.ts');
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['scripts/preprocess/html/readHtmlArticle.ts', 'scripts/preprocess/html/readableText.ts']));
    const packages = [...new Set([...graph.values()].flat().filter((s) => !s.startsWith('.')))].sort();
    // `yaml` reads front matter: it is isomorphic, where gray-matter (used before) needs node:fs and Buffer.
    expect(packages).toEqual(['@mozilla/readability', 'linkedom/worker', 'yaml']);
  });
});
