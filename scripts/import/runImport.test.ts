/**
 * `npm run import` on temporary folders, with pages served from 127.0.0.1: what it writes, what it
 * prints, and each reason it skips a page without writing anything or losing a file.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGES_DIR, pageBytes, URL_DATE_PATH } from '../preprocess/html/pageFixtures';
import { readArticleFile } from '../preprocess/readArticle';
import { readAtlasData } from '../preprocess/readData';
import { main as preprocess } from '../preprocess/runCli';
import { main, type ImportOutput } from './runImport';
import { servePages, type PageServer } from './testServer';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ImportOutput = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const status = await main(args, io);
  return { status, out: out.join(''), err: err.join('') };
}

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `sco-import-${name}-`));
const mdFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const JSON_LD_FILE = '2024-07-03-the-steppe-herald-sco-energy-ministers-agree-to-link-power-grids-by-2030.md';

let server: PageServer;
beforeAll(async () => {
  server = await servePages({
    [URL_DATE_PATH]: { body: pageBytes('url-date.html') },
    '/world/ministers.html': { body: pageBytes('og-only.html') },
    '/video': { body: pageBytes('no-article-text.html') },
  });
});
afterAll(() => server.close());

describe('npm run import, end to end', () => {
  it('a folder of pages and a URL → articles → preprocess: the new experts are in the data', async () => {
    const articles = tempDir('e2e');
    const result = await run([PAGES_DIR, server.url(URL_DATE_PATH), '--articles', articles]);

    // Every English fixture quotes one expert; the Russian page and the refused pages add none.
    const imported = mdFiles(articles);
    expect(imported).toHaveLength(8);
    expect(imported).toContain('2022-09-16-127-0-0-1-samarkand-summit-more-than-a-security-club.md');
    expect(result.out).toMatch(/^import: http:\/\/127\.0\.0\.1:\d+\/2022\/09\/16\/samarkand-summit-more-than-security → .*2022-09-16-127-0-0-1-samarkand.*\.md$/m);
    expect(result.out).toMatch(/^ {2}published 2022-09-16 {2}\(date in the URL\)$/m);
    expect(result.out).toMatch(/^ {2}title {5}SCO energy ministers agree to link power grids by 2030 {2}\(JSON-LD headline\)$/m);
    expect(result.out).toMatch(/^ {2}text {6}4 paragraphs, \d+ words {2}\(Readability; windows-1251 from <meta charset>\)$/m);
    expect(result.err).toMatch(/skipped tests\/fixtures\/pages\/README\.md: not a web page \(\.md; .*Markdown and text articles go straight into the articles folder/);
    expect(result.err).toMatch(/skipped tests\/fixtures\/pages\/no-date\.html: no publication date/);
    expect(result.err).toMatch(/skipped tests\/fixtures\/pages\/url-date\.html: no publication date/);
    expect(result.err).toMatch(/skipped tests\/fixtures\/pages\/no-article-text\.html: no article text/);
    expect(result.out).toMatch(/^import: 8 imported, 4 skipped \(1 not HTML, 1 no article text, 2 no date\) → .*; run `npm run preprocess`/m);
    expect(result.status).toBe(1);

    const out = tempDir('e2e-out');
    const io = { out: () => undefined, err: (t: string) => expect.fail(t), isTerminal: false };
    expect(await preprocess(['--articles', articles, '--out', out], io)).toBe(0);
    const data = readAtlasData(out);
    expect(data.articles).toHaveLength(8);
    expect(data.experts.map((e) => e.name).sort()).toEqual([
      'Anna Petrova',
      'Bakyt Osmonov',
      'Dilnoza Karimova',
      'Elena Volkova',
      'Farid Aliyev',
      'Meruert Sultanova',
      'Rustam Nazarov',
    ]);
    expect(data.experts).toContainEqual(expect.objectContaining({ name: 'Anna Petrova', organisation: 'Institute of Eurasian Studies' }));
    expect(readdirSync(articles).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('the hostile page reads back with its title and outlet exactly as the page gave them', async () => {
    const articles = tempDir('hostile');
    await run([join(PAGES_DIR, 'hostile.html'), '--articles', articles]);
    const [file] = mdFiles(articles);
    const back = readArticleFile(join(articles, file ?? ''));
    expect(back.title).toBe('SCO "summit": <script>alert(1)</script> --- published: 1999 #not-a-comment');
    expect(back.outlet).toBe('Ob\' River: \'News\' & "Views"');
    expect(back.published).toBe('2024-07-04');
  });
});

describe('nothing lost: duplicates, existing files, --force', () => {
  it('a second run imports nothing: every page is a duplicate, and the status is 0', async () => {
    const articles = tempDir('again');
    const page = join(PAGES_DIR, 'json-ld.html');
    expect((await run([page, '--articles', articles])).status).toBe(0);
    const again = await run([page, page, '--articles', articles]);
    expect(again.err).toMatch(/skipped .*json-ld\.html: already in the corpus as .*2024-07-03-the-steppe-herald.*\.md: the same url \(https:\/\/steppe-herald\.example/);
    expect(again.out).toMatch(/^import: 0 imported, 2 skipped \(2 duplicate\)/m);
    expect(again.status).toBe(0);
  });

  it('finds an article already in the corpus by url or by title and date, in a hand-written file', async () => {
    const articles = tempDir('corpus');
    writeFileSync(join(articles, 'by-hand.md'), '---\ntitle: Another title\noutlet: X\nurl: http://caspian-review.example/politics/observers-sco-membership/\npublished: 2023\n---\nText.\n');
    writeFileSync(join(articles, 'same-title.md'), "---\ntitle: Water will decide the region's stability\noutlet: Y\npublished: 2024-06-14\n---\nText.\n");
    writeFileSync(join(articles, 'broken.md'), '---\ntitle: no end\n');
    const result = await run([join(PAGES_DIR, 'og-only.html'), join(PAGES_DIR, 'two-dates.html'), '--articles', articles]);
    expect(result.err).toMatch(/og-only\.html: already in the corpus as .*by-hand\.md: the same url/);
    expect(result.err).toMatch(/two-dates\.html: already in the corpus as .*same-title\.md: the same title and date \("Water will decide the region's stability", 2024-06-14\)/);
    expect(result.err).toMatch(/note: .*broken\.md:1: front matter starts with "---" but is never closed .*\(not checked for duplicates\)/);
    expect(mdFiles(articles)).toEqual(['broken.md', 'by-hand.md', 'same-title.md']);
  });

  it('never overwrites a file without --force; with it, replaces the page\'s own file only', async () => {
    const articles = tempDir('force');
    const target = join(articles, JSON_LD_FILE);
    writeFileSync(target, 'my own notes, not an article');
    const kept = await run([join(PAGES_DIR, 'json-ld.html'), '--articles', articles]);
    expect(kept.err).toMatch(/exists already \(--force overwrites it\)/);
    expect(kept.out).toMatch(/0 imported, 1 skipped \(1 exists\)/);
    expect(readFileSync(target, 'utf8')).toBe('my own notes, not an article');

    expect((await run([join(PAGES_DIR, 'json-ld.html'), '--articles', articles, '--force'])).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\ntitle: "SCO energy ministers agree to link power grids by 2030"/);
    // Its own earlier import is no reason to refuse --force.
    expect((await run([join(PAGES_DIR, 'json-ld.html'), '--articles', articles, '--force'])).out).toMatch(/1 imported, 0 skipped/);
  });
});

describe('pages that cannot be imported are reported and the others still go in', () => {
  it('a failed fetch, a refused page and a missing file beside a good URL', async () => {
    const articles = tempDir('mixed');
    const result = await run([server.url('/missing'), server.url('/video'), server.url('/world/ministers.html'), 'no/such/page.html', 'ftp://x.example/a', '--articles', articles]);
    expect(result.err).toMatch(/skipped http:\/\/127\.0\.0\.1:\d+\/missing: the server answered HTTP 404 Not Found/);
    expect(result.err).toMatch(/skipped http:\/\/127\.0\.0\.1:\d+\/video: no article text/);
    expect(result.err).toMatch(/skipped no\/such\/page\.html: no such file or folder \(ENOENT\)/);
    expect(result.err).toMatch(/skipped ftp:\/\/x\.example\/a: not an http\(s\) address/);
    expect(mdFiles(articles)).toEqual(['2023-11-21-caspian-daily-review-observer-states-ask-for-a-clearer-path-to-sco-membership.md']);
    expect(result.out).toMatch(/^import: 1 imported, 4 skipped \(2 unreadable, 1 fetch failed, 1 no article text\)/m);
    expect(result.status).toBe(1);
  });

  it('a page over the size limit is not read', async () => {
    const articles = tempDir('big');
    const result = await run([join(PAGES_DIR, 'json-ld.html'), '--max-mb', '0.001', '--articles', articles]);
    expect(result.err).toMatch(/json-ld\.html: the page is 3 KB, more than the 2 KB limit/);
    expect(mdFiles(articles)).toEqual([]);
  });

  it('a folder inside a folder is named, not searched', async () => {
    const dir = tempDir('nested');
    mkdirSync(join(dir, 'page_files'));
    copyFileSync(join(PAGES_DIR, 'two-dates.html'), join(dir, 'saved.htm'));
    const result = await run([dir, '--articles', join(dir, 'articles')]);
    expect(result.err).toMatch(/skipped .*page_files: a folder \(import reads the pages in a folder, not in its subfolders\)/);
    expect(mdFiles(join(dir, 'articles'))).toEqual(['2024-06-14-pamir-post-water-will-decide-the-region-s-stability.md']);
  });

  it.each([
    [[], /nothing to import/],
    [['x.html', '--timeout', '0'], /--timeout must be a number of seconds above 0/],
    [['x.html', '--max-mb', '50'], /--max-mb must be above 0 and at most 10/],
    [['x.html', '--forse'], /Unknown option '--forse'/],
  ])('usage errors exit 2: %j', async (args, message) => {
    const result = await run(args);
    expect(result.status).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/usage: npm run import -- <file\.html \| folder \| https:\/\/… URL>…/);
  });
});
