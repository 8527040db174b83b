import { FrontMatterError, parseFrontMatter } from './frontMatter';
import { InputError } from './inputError';
import { parseArticleText } from './parseArticle';

const md = (front: string, body = 'Some text.') => `---\n${front}\n---\n${body}\n`;

function readError(front: string): InputError {
  try {
    parseArticleText('a.md', md(front));
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('front matter (YAML)', () => {
  it('reads lists, block scalars, comments and escapes through the YAML parser', () => {
    expect(parseFrontMatter(['title: "A \\"quoted\\" title"  # a comment', 'tags:', '  - sco', '  - summit', 'note: |', '  two', '  lines'])).toEqual({
      title: 'A "quoted" title',
      tags: ['sco', 'summit'],
      note: 'two\nlines\n',
    });
  });

  it('keeps dates as the text they were (YAML 1.2 core schema: no timestamps)', () => {
    expect(parseFrontMatter(['published: 2022-09-16', 'title: [a, b]'])).toEqual({ published: '2022-09-16', title: ['a', 'b'] });
    // A title that looks like a date is still a title (gray-matter's parser made it a Date, then "must be text").
    expect(parseArticleText('d.md', md('title: 2024-07-03\noutlet: B\npublished: 2024-07-03')).title).toBe('2024-07-03');
  });

  it.each([
    ['a repeated key', 'title: A\noutlet: B\ntitle: C\npublished: 2022', 4, /^a\.md:4: broken front matter: Map keys must be unique$/],
    ['an unclosed list', 'title: A title\noutlet: [unclosed\npublished: 2022-09-16', 4, /^a\.md:4: broken front matter: Flow sequence in block collection must be sufficiently indented/],
    ['an unclosed quote', 'title: "unterminated\noutlet: x\npublished: 2022', 4, /^a\.md:4: broken front matter: Missing closing "quote/],
    ['a tab as indentation', 'title: x\n\toutlet: y\npublished: 2022', 3, /^a\.md:3: broken front matter: Tabs are not allowed as indentation$/],
    ['a tag meant for code', 'title: !!js/function "function () {}"\noutlet: B\npublished: 2022', 2, /^a\.md:2: broken front matter: Unresolved tag: tag:yaml\.org,2002:js\/function$/],
  ])('reports %s with the file and its line', (_what, front, line, message) => {
    const error = readError(front);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(message);
  });

  it('refuses an alias with no anchor, and alias bombs', () => {
    expect(() => parseFrontMatter(['title: *missing', 'outlet: x'])).toThrow(FrontMatterError);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c]'];
    expect(() => parseFrontMatter(bomb)).toThrow(FrontMatterError);
  });

  it('says when the front matter is not a mapping', () => {
    expect(readError('- a\n- b').message).toBe('a.md:2: front matter must be a YAML mapping of fields (title, outlet, url, published)');
  });
});
