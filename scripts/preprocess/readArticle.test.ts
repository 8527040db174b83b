import { checkPartialDate, parseWrittenDate } from './dates';
import { InputError } from './inputError';
import { parseArticleBytes, parseArticleText, parseSimpleFrontMatter, readArticleFile } from './readArticle';
import { articleIdFromFile, extensionOf } from './rawArticle';
import { checkDuplicates } from './readCorpus';
import { article } from './testSupport';

const md = (front: string, body = 'Some text.') => `---\n${front}\n---\n${body}\n`;
const good = 'title: A title\noutlet: An Outlet\nurl: https://example.org/a\npublished: 2022-09-16';

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('dates', () => {
  it('accepts YYYY, YYYY-MM and YYYY-MM-DD and gives the year', () => {
    expect(checkPartialDate('2024')).toEqual({ ok: true, value: '2024', year: 2024 });
    expect(checkPartialDate('2024-07')).toEqual({ ok: true, value: '2024-07', year: 2024 });
    expect(checkPartialDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29', year: 2024 });
  });

  it('rejects impossible dates with a reason', () => {
    const feb30 = checkPartialDate('2023-02-30');
    expect(feb30.ok ? '' : feb30.reason).toBe('impossible date "2023-02-30": feb 2023 has 28 days');
    expect(checkPartialDate('2023-13')).toMatchObject({ ok: false });
    expect(checkPartialDate('16/09/2022')).toMatchObject({ ok: false });
    // Found by scripts/fuzz: year 0000 passed here and then failed the output schema (an internal error).
    expect(checkPartialDate('0000')).toEqual({ ok: false, reason: '"0000": the year 0000 is outside 1900–2100 (a typo?)' });
    expect(checkPartialDate('0202-05-01')).toMatchObject({ ok: false });
    expect(checkPartialDate('2101')).toMatchObject({ ok: false });
  });

  it('reads dates as news sites print them', () => {
    expect(parseWrittenDate('Sep 16, 2022 09:23 AM')).toMatchObject({ value: '2022-09-16' });
    expect(parseWrittenDate('September 16, 2022')).toMatchObject({ value: '2022-09-16' });
    expect(parseWrittenDate('16 September 2022')).toMatchObject({ value: '2022-09-16' });
    expect(parseWrittenDate('Feb 30, 2023')).toMatchObject({ ok: false });
    expect(parseWrittenDate('yesterday')).toBeNull();
  });
});

describe('reading a Markdown article', () => {
  it('takes the metadata from the front matter and the id from the file name', () => {
    const a = parseArticleText('data/articles/2022-sco.md', md(`${good}\nlanguage: en`, 'Body.'));
    expect(a).toMatchObject({ id: '2022-sco', title: 'A title', outlet: 'An Outlet', url: 'https://example.org/a', published: '2022-09-16', year: 2022, language: 'en' });
    expect(a.body.trim()).toBe('Body.');
  });

  it('accepts a quoted title with a colon and a month-only date', () => {
    const a = parseArticleText('x.md', md('title: "SCO Summit: Experts Share Insights"\noutlet: The Astana Times\npublished: 2024-07'));
    expect(a).toMatchObject({ title: 'SCO Summit: Experts Share Insights', published: '2024-07', year: 2024 });
  });

  it('reads simple front matter directly and leaves anything else to the YAML parser', () => {
    expect(parseSimpleFrontMatter(['title: A', "outlet: 'It''s'", 'published: 2024'])).toEqual({ title: 'A', outlet: "It's", published: '2024' });
    expect(parseSimpleFrontMatter(['tags:', '  - a'])).toBeNull();
    expect(parseSimpleFrontMatter(['title: a', 'title: b'])).toBeNull();
    const listed = parseArticleText('x.md', md(`${good}\ntags:\n  - sco\n  - summit`));
    expect(listed.title).toBe('A title');
  });

  it('rejects broken front matter with its line', () => {
    const error = errorOf(() => parseArticleText('bad.md', md('title: A title\noutlet: [unclosed\npublished: 2022-09-16')));
    expect(error.message).toMatch(/^bad\.md:\d+: broken front matter/);
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects front matter that is never closed', () => {
    expect(errorOf(() => parseArticleText('open.md', '---\ntitle: A\n\nText')).message).toBe(
      'open.md:1: front matter starts with "---" but is never closed by a "---" line',
    );
  });

  it('rejects a missing date, naming the file', () => {
    expect(errorOf(() => parseArticleText('nodate.md', md('title: A\noutlet: B'))).message).toMatch(/^nodate\.md:1: front matter has no "published" date/);
  });

  it('rejects an impossible date with the line of the field', () => {
    const error = errorOf(() => parseArticleText('feb30.md', md('title: A\noutlet: B\npublished: 2023-02-30')));
    expect(error.message).toBe('feb30.md:4: front matter "published": impossible date "2023-02-30": feb 2023 has 28 days');
  });

  it('rejects a missing title or outlet and a url that is not http(s)', () => {
    expect(errorOf(() => parseArticleText('t.md', md('outlet: B\npublished: 2022'))).message).toMatch(/no "title"/);
    expect(errorOf(() => parseArticleText('u.md', md('title: A\noutlet: B\nurl: javascript:alert(1)\npublished: 2022'))).message).toMatch(/^u\.md:4: .*http\(s\)/);
  });

  it('rejects empty files and binary files', () => {
    expect(errorOf(() => parseArticleText('empty.md', ' \n\n ')).message).toBe('empty.md: the file is empty');
    expect(errorOf(() => parseArticleBytes('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).message).toMatch(/binary/);
    expect(errorOf(() => parseArticleBytes('latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).message).toMatch(/not UTF-8/);
  });

  it('names a file it cannot read', () => {
    expect(errorOf(() => readArticleFile('does/not/exist.md')).message).toMatch(/^does\/not\/exist\.md: cannot read the file \(ENOENT\)/);
  });
});

describe('reading a plain-text article', () => {
  it('takes the title from the first line and the date from a "Published:" line (seed fixture)', () => {
    const a = readArticleFile('tests/fixtures/raw/000_03caac5132b6a04d.txt');
    expect(a).toMatchObject({ id: '000_03caac5132b6a04d', title: 'SCO a model of successful regional cooperation', published: '2022-09-16', year: 2022 });
    expect(a.body).toContain('Anton Bugayenko');
  });

  it('asks for front matter when there is no date line (seed fixture)', () => {
    const error = errorOf(() => readArticleFile('tests/fixtures/raw/003_abb3e7f751fbbd32.txt'));
    expect(error.message).toMatch(/003_abb3e7f751fbbd32\.txt:1: no publication date found.*add YAML front matter/);
  });

  it('reports an impossible date on its line', () => {
    expect(errorOf(() => parseArticleText('a.txt', 'Title\nPublished: Feb 30, 2023\n\nText')).message).toMatch(/^a\.txt:2: impossible date/);
  });
});

describe('the same article twice', () => {
  it('is found by url, ignoring the scheme and a trailing slash', () => {
    const a = article('x', { id: 'a', file: 'a.md', url: 'https://example.org/story/' });
    const b = article('x', { id: 'b', file: 'b.md', url: 'http://example.org/story', title: 'Other' });
    expect(errorOf(() => checkDuplicates([a, b])).message).toBe('b.md: the same article twice: same url as a.md (http://example.org/story)');
  });

  it('is found by title and date', () => {
    const a = article('x', { id: 'a', file: 'a.md', url: 'https://example.org/1' });
    const b = article('x', { id: 'b', file: 'b.txt', url: undefined });
    expect(errorOf(() => checkDuplicates([a, b])).message).toMatch(/^b\.txt: the same article twice: same title and date as a\.md/);
  });
});

describe('web pages and file names', () => {
  it('reads a .html file through the HTML reader, with the file name as its id', () => {
    const a = readArticleFile('tests/fixtures/pages/og-only.html');
    expect(a).toMatchObject({ id: 'og-only', title: 'Observer states ask for a clearer path to SCO membership', outlet: 'Caspian Daily Review', published: '2023-11-21', year: 2023 });
    expect(a.body).toMatch(/^BAKU – Diplomats/);
  });

  it('takes ids and extensions from file names by string, with / or \\ folders', () => {
    expect(articleIdFromFile('data/articles/2024-07-sco.md')).toBe('2024-07-sco');
    expect(articleIdFromFile('C:\\pages\\Saved Page.HTML')).toBe('Saved Page');
    expect(extensionOf('C:\\pages\\Saved Page.HTML')).toBe('.html');
    expect(extensionOf('pages/.hidden')).toBe('');
    expect(extensionOf('README')).toBe('');
  });
});
