/**
 * Metadata of every fixture page, with the place each field was read from, and the order of trust
 * between JSON-LD, <meta> tags, <time datetime> and the URL.
 */
import { parseHTML } from 'linkedom/worker';
import { decodePage } from './charset';
import { jsonLdArticle } from './jsonLd';
import { pageBytes, URL_DATE_PATH } from './pageFixtures';
import { pageMetadata, type PageContext } from './pageMetadata';
import { pageDate, urlPathDate } from './pageDates';

const metadataOf = (name: string, context?: PageContext) => pageMetadata(parseHTML(decodePage(pageBytes(name)).text).document, context);
const metadataOfHtml = (html: string, context?: PageContext) => pageMetadata(parseHTML(html).document, context).fields;

/** field → [value, source] for a fixture. */
type Expected = Record<string, [string, string]>;

const FIXTURES: Array<[string, PageContext, Expected]> = [
  [
    'json-ld.html',
    {},
    {
      title: ['SCO energy ministers agree to link power grids by 2030', 'JSON-LD headline'],
      outlet: ['The Steppe Herald', 'JSON-LD publisher.name'],
      published: ['2024-07-03', 'JSON-LD datePublished'],
      url: ['https://steppe-herald.example/energy/sco-energy-ministers-grids', 'JSON-LD url'],
      author: ['Dana Abenova', 'JSON-LD author'],
      language: ['en', 'JSON-LD inLanguage'],
    },
  ],
  [
    'og-only.html',
    {},
    {
      title: ['Observer states ask for a clearer path to SCO membership', 'og:title'],
      outlet: ['Caspian Daily Review', 'og:site_name'],
      published: ['2023-11-21', 'article:published_time'],
      url: ['https://caspian-review.example/politics/observers-sco-membership', 'og:url'],
      author: ['Leyla Huseynova', 'author'],
      language: ['en', 'og:locale'],
    },
  ],
  [
    'time-element.html',
    {},
    {
      title: ['A development bank for the SCO, in local currencies', '<title>'],
      outlet: ['tashkent-ledger.example', 'the URL host'],
      published: ['2023-07-05', '<time datetime>'],
      url: ['https://tashkent-ledger.example/economy/sco-development-bank', 'canonical link'],
      language: ['en', '<html lang>'],
    },
  ],
  [
    'url-date.html',
    { fetchedFrom: `http://127.0.0.1:8080${URL_DATE_PATH}` },
    {
      title: ['Samarkand summit: more than a security club', '<title>'],
      outlet: ['127.0.0.1', 'the URL host'],
      published: ['2022-09-16', 'date in the URL'],
      url: [`http://127.0.0.1:8080${URL_DATE_PATH}`, 'the address it was fetched from'],
      language: ['en', '<html lang>'],
    },
  ],
  [
    'page-furniture.html',
    {},
    {
      title: ['SCO counter-terrorism body needs new funding, experts say', 'og:title'],
      outlet: ['Bishkek Courier', 'og:site_name'],
      published: ['2024-10-08', 'article:published_time'],
      url: ['https://bishkek-courier.example/security/rats-funding', 'og:url'],
      language: ['en', '<html lang>'],
    },
  ],
  [
    'two-dates.html',
    {},
    {
      title: ["Water will decide the region's stability", '<title>'],
      outlet: ['Pamir Post', 'og:site_name'],
      published: ['2024-06-14', '<time datetime>'],
      language: ['en', '<html lang>'],
    },
  ],
  [
    'windows-1251.html',
    {},
    {
      title: ['Эксперты обсудили расширение ШОС', 'og:title'],
      outlet: ['Вестник Евразии', 'og:site_name'],
      published: ['2024-06-28', 'article:published_time'],
      url: ['https://vestnik-evrazii.example/politika/rasshirenie-shos', 'og:url'],
      language: ['ru', '<html lang>'],
    },
  ],
  [
    'hostile.html',
    {},
    {
      title: ['SCO "summit": <script>alert(1)</script> --- published: 1999 #not-a-comment', 'og:title'],
      outlet: ['Ob\' River: \'News\' & "Views"', 'og:site_name'],
      published: ['2024-07-04', 'article:published_time'],
      // og:url is javascript:, so the canonical link is the page's address.
      url: ['https://ob-river-news.example/world/sco-summit-success', 'canonical link'],
      language: ['en', '<html lang>'],
    },
  ],
];

describe('page metadata on the fixture pages', () => {
  it.each(FIXTURES)('%s', (name, context, expected) => {
    const { fields } = metadataOf(name, context);
    const got = Object.fromEntries(Object.entries(fields).map(([field, found]) => [field, [found.value, found.source]]));
    expect(got).toEqual(expected);
  });

  it('says which dates it could not read when a page has none', () => {
    const { fields, rejectedDates } = metadataOf('no-date.html');
    expect(fields.published).toBeUndefined();
    expect(rejectedDates).toEqual(['article:published_time "last Tuesday"']);
  });
});

describe('order of trust', () => {
  const page = (head: string, body = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
  const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

  it('JSON-LD before og tags before <time> before the URL', () => {
    const time = '<time datetime="2021-01-01">1 Jan</time>';
    const og = '<meta property="article:published_time" content="2022-02-02">';
    const context = { fetchedFrom: 'https://x.example/2020/03/03/story' };
    expect(metadataOfHtml(page(ld({ '@type': 'NewsArticle', datePublished: '2023-03-03' }) + og, time), context).published?.value).toBe('2023-03-03');
    expect(metadataOfHtml(page(og, time), context).published?.value).toBe('2022-02-02');
    expect(metadataOfHtml(page('', time), context).published?.value).toBe('2021-01-01');
    expect(metadataOfHtml(page(''), context).published).toEqual({ value: '2020-03-03', source: 'date in the URL' });
  });

  it('an unreadable or impossible date falls through to the next source', () => {
    const fields = metadataOfHtml(page('<meta property="article:published_time" content="2023-02-30"><meta name="date" content="2023-03-01">'));
    expect(fields.published).toEqual({ value: '2023-03-01', source: 'date' });
  });

  it('og:url before the canonical link, and relative addresses resolved against the fetched one', () => {
    const links = '<meta property="og:url" content="/a"><link rel="canonical" href="https://x.example/b">';
    expect(metadataOfHtml(page(links), { fetchedFrom: 'https://x.example/page' }).url).toEqual({ value: 'https://x.example/a', source: 'og:url' });
    expect(metadataOfHtml(page(links)).url).toEqual({ value: 'https://x.example/b', source: 'canonical link' });
  });

  it('takes " | Outlet" off a title, and an author only when it is a name, not a profile URL', () => {
    const fields = metadataOfHtml(
      page('<title>Summit ends | Pamir Post</title><meta property="og:site_name" content="Pamir Post"><meta name="author" content="https://x.example/staff/1">'),
      { fetchedFrom: 'https://x.example/p' },
    );
    expect(fields.title?.value).toBe('Summit ends');
    expect(fields.author).toBeUndefined();
  });

  it('a <time> marked datePublished wins over an earlier one; updated times and sidebars are passed over', () => {
    const body = '<aside><time datetime="2019-01-01"></time></aside><p>Updated <time datetime="2024-06-20"></time></p><time itemprop="datePublished" datetime="2024-06-14"></time>';
    expect(metadataOfHtml(page('', body)).published?.value).toBe('2024-06-14');
    expect(metadataOfHtml(page('', '<aside><time datetime="2019-01-01"></time></aside><p>Updated <time datetime="2024-06-20"></time></p>')).published).toBeUndefined();
  });
});

describe('JSON-LD', () => {
  const block = (value: unknown) => JSON.stringify(value);

  it('finds the article in an array, among other types, with "schema:" and URL-style type names', () => {
    expect(jsonLdArticle([block([{ '@type': 'WebSite', name: 'Site' }, { '@type': 'schema:ReportageNewsArticle', headline: 'A' }])])?.headline).toBe('A');
    expect(jsonLdArticle([block({ '@type': ['CreativeWork', 'https://schema.org/NewsArticle'], headline: 'B' })])?.headline).toBe('B');
    expect(jsonLdArticle([block({ '@type': 'WebPage', mainEntity: { '@type': 'Article', headline: 'C' } })])?.headline).toBe('C');
  });

  it('reads authors and publishers given as strings, objects, arrays or @id references', () => {
    const graph = {
      '@graph': [
        { '@type': 'Person', '@id': '#a', name: 'Aliya Omarova' },
        { '@type': 'NewsArticle', author: [{ '@id': '#a' }, 'Bolat Sadykov', { name: 'Aliya Omarova' }], publisher: [{ '@type': 'Organization', name: 'Kazinform' }] },
      ],
    };
    expect(jsonLdArticle([block(graph)])).toMatchObject({ author: 'Aliya Omarova, Bolat Sadykov', publisher: 'Kazinform' });
  });

  it('skips broken blocks, reads blocks wrapped in CDATA, and gives undefined when no block has an article', () => {
    expect(jsonLdArticle(['{ "@type": "NewsArticle", "headline": ', `//<![CDATA[\n${block({ '@type': 'NewsArticle', headline: 'D' })}\n//]]>`])?.headline).toBe('D');
    expect(jsonLdArticle([block({ '@type': 'Organization', name: 'X' }), 'not json'])).toBeUndefined();
  });

  it('decodes HTML entities some sites leave in their JSON-LD strings, and leaves other text alone', () => {
    const article = jsonLdArticle([block({ '@type': 'NewsArticle', headline: 'Xi&#8217;s visit &amp; the SCO &#x2014; &bogus; &#0; AT&T', author: 'Dana &quot;D&quot; Abenova' })]);
    expect(article).toMatchObject({ headline: 'Xi’s visit & the SCO — &bogus; &#0; AT&T', author: 'Dana "D" Abenova' });
  });

  it('survives self-references and deep nesting', () => {
    const loop = { '@type': 'NewsArticle', '@id': '#x', author: { '@id': '#x' } };
    expect(jsonLdArticle([block(loop)])?.author).toBeUndefined();
    let deep: unknown = { '@type': 'NewsArticle', headline: 'too deep' };
    for (let i = 0; i < 50; i++) deep = [deep];
    expect(jsonLdArticle([block(deep)])).toBeUndefined();
  });
});

describe('dates as pages write them', () => {
  it.each([
    ['2024-07-05T01:30:00+06:00', '2024-07-05'],
    ['2024-07-05 10:00', '2024-07-05'],
    ['20240705', '2024-07-05'],
    ['2024-07', '2024-07'],
    ['Fri, 05 Jul 2024 10:00:00 GMT', '2024-07-05'],
    ['July 5, 2024', '2024-07-05'],
  ])('%s → %s', (raw, value) => {
    expect(pageDate(raw)).toMatchObject({ ok: true, value });
  });

  it('gives null for no date and a reason for an impossible one', () => {
    expect(pageDate('last Tuesday')).toBeNull();
    expect(pageDate('2023-02-30')).toMatchObject({ ok: false });
  });

  it.each([
    ['https://x.example/2024/07/05/story', '2024-07-05'],
    ['https://x.example/news/2024/07/story', '2024-07'],
    ['https://x.example/news/2024-07-05-story.html', '2024-07-05'],
    ['https://x.example/a/20240705/story', '2024-07-05'],
    ['https://www.globaltimes.cn/page/202209/1275389.shtml', '2022-09'],
  ])('date in the URL path %s → %s', (url, value) => {
    expect(urlPathDate(url)).toMatchObject({ ok: true, value });
  });

  it('ids and ports that look like numbers are not dates', () => {
    expect(urlPathDate('https://x.example:2024/story/1234/5678')).toBeNull();
    expect(urlPathDate('not a url')).toBeNull();
  });
});
