import { readFileSync } from 'node:fs';
import { pageBytes } from '../preprocess/html/pageFixtures';
import { parseArticleText } from '../preprocess/parseArticle';
import { articleFileFromBytes, articleFileFromForm } from './articleFile';

const OWN_MD = '---\ntitle: Kazakh analysts weigh the SCO\'s new development bank\noutlet: Steppe Weekly\npublished: 2024-09-12\n---\nASTANA – The SCO is closer to a bank of its own.\n';

describe('a file given in the app → the Markdown for data/articles', () => {
  it('names a web page the way npm run import does, and reads the Markdown back to the same article', () => {
    const page = articleFileFromBytes('saved page.html', pageBytes('json-ld.html'));
    expect(page.fileName).toBe('2024-07-03-the-steppe-herald-sco-energy-ministers-agree-to-link-power-grids-by-2030.md');
    expect(page.markdown).toMatch(/^---\ntitle: "SCO energy ministers agree to link power grids by 2030"\noutlet: "The Steppe Herald"\n/);
    expect(page.markdown).toContain('author: "Dana Abenova"');
    expect(parseArticleText(page.fileName, page.markdown)).toEqual(page.article);
    expect(page.article.id).toBe(page.fileName.replace(/\.md$/, ''));
  });

  it('writes Markdown and plain text in the front-matter form', () => {
    const md = articleFileFromBytes('notes.md', new TextEncoder().encode(OWN_MD));
    expect(md.fileName).toBe('2024-09-12-steppe-weekly-kazakh-analysts-weigh-the-sco-s-new-development-bank.md');
    expect(md.article).toMatchObject({ title: "Kazakh analysts weigh the SCO's new development bank", outlet: 'Steppe Weekly', published: '2024-09-12' });
    const txt = articleFileFromBytes('raw.txt', readFileSync('tests/fixtures/raw/000_03caac5132b6a04d.txt'));
    expect(txt.article).toMatchObject({ title: 'SCO a model of successful regional cooperation', outlet: 'Unknown outlet', published: '2022-09-16' });
    expect(txt.markdown).toMatch(/^---\ntitle: "SCO a model of successful regional cooperation"\noutlet: "Unknown outlet"\npublished: 2022-09-16\n---\n/);
  });

  it.each([
    ['an unknown extension', 'slides.pdf', '%PDF-1.7', /^slides\.pdf: not an article file \(\.pdf; articles are \.md, \.txt, \.html, \.htm, \.xhtml\)$/],
    ['a page with no date', 'no-date.html', pageBytes('no-date.html'), /^no-date\.html: no publication date: none in JSON-LD/],
    ['broken front matter', 'broken.md', '---\ntitle: A\noutlet: B\ntitle: C\npublished: 2022\n---\nText', /^broken\.md:4: broken front matter: Map keys must be unique$/],
    ['plain text without a date', 'raw.txt', 'A title\n\nSome text', /^raw\.txt:1: no publication date found/],
  ])('rejects %s with the CLI message', (_what, name, bytes, message) => {
    expect(() => articleFileFromBytes(name, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes)).toThrow(message);
  });

  it('turns the form into the same Markdown, checking the date and the address', () => {
    const pasted = articleFileFromForm({ title: 'SCO\nsummit ends', outlet: '', url: '', published: '2024-07', text: 'The summit ended.' });
    expect(pasted.markdown).toBe('---\ntitle: "SCO summit ends"\noutlet: "Unknown outlet"\npublished: 2024-07\n---\nThe summit ended.\n');
    expect(() => articleFileFromForm({ title: 'T', outlet: '', url: '', published: '2024-07\ntitle: injected', text: 'x' })).toThrow(/^pasted article: front matter "published": "2024-07\ntitle: injected" is not a date/);
    expect(() => articleFileFromForm({ title: 'T', outlet: '', url: 'javascript:alert(1)', published: '2024', text: 'x' })).toThrow(
      /^pasted article: front matter "url" must be an http\(s\) address/,
    );
    expect(() => articleFileFromForm({ title: ' ', outlet: '', url: '', published: '2024', text: 'x' })).toThrow(/^pasted article: front matter has no "title"$/);
  });
});

