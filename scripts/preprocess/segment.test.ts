import { findQuotes, splitSentences } from './paragraphSpans';
import { segmentParagraphs } from './segment';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmenting an article', () => {
  it('gives each paragraph a kind, keeping metadata lines apart from the text', () => {
    const body = [
      'A Title',
      'Published: Sep 16, 2022 09:23 AM',
      'Illustration: Chen Xia/GT',
      '',
      'By Maria Lopez',
      '',
      'Editor’s Note:',
      '',
      'The editors invited four experts.',
      '',
      'Security first',
      '',
      'The summit opened on Monday in Astana. It ended on Tuesday.',
      '',
      'Get our stories sent directly to you! Sign up via the website.',
    ].join('\n');
    expect(segmentParagraphs('A Title', body).map((p) => p.kind)).toEqual([
      'title', 'dateline', 'credit', 'byline', 'editorial', 'editorial', 'heading', 'text', 'boilerplate',
    ]);
  });

  it('joins the lines of a paragraph and collapses spaces, and splits its sentences once', () => {
    const paragraphs = segmentParagraphs('T', 'One line\nand  the next. A “quoted” word.\n\nSecond.');
    expect(paragraphs.map(({ text, kind, sentences, quotes }) => ({ text, kind, sentences, quotes }))).toEqual([
      { text: 'One line and the next. A “quoted” word.', kind: 'text', sentences: [{ start: 0, end: 22 }, { start: 23, end: 39 }], quotes: [{ start: 25, end: 33 }] },
      { text: 'Second.', kind: 'text', sentences: [{ start: 0, end: 7 }], quotes: [] },
    ]);
    // Split once: the same spans every time a stage asks.
    expect(paragraphs[0]!.sentences).toBe(paragraphs[0]!.sentences);
  });

  it('marks photo captions: a line the page repeats, "FILE -", "X, left, shakes hands with Y"', () => {
    const kinds = (body: string) => segmentParagraphs('T', body).map((p) => p.kind);
    expect(kinds('Anna Kim speaks at the forum in Astana.\n\nAnna Kim speaks at the forum in Astana.\n\nThe forum opened.')).toEqual(['caption', 'caption', 'text']);
    expect(kinds('FILE - Anna Kim speaks at the forum in Astana, on May 2, 2019.\n\nThe forum opened.')).toEqual(['caption', 'text']);
    expect(kinds('Anna Kim, left, shakes hands with Boris Lee in Baku.\n\nThe forum opened.')).toEqual(['caption', 'text']);
  });

  it('splits sentences, but not after abbreviations or initials', () => {
    expect(sentences('Mr. Li met Dr. J. Smith in the U.S. on Monday. They talked! Did it help? “Yes.” He left.')).toEqual([
      'Mr. Li met Dr. J. Smith in the U.S. on Monday.',
      'They talked!',
      'Did it help?',
      '“Yes.”',
      'He left.',
    ]);
    expect(sentences('It cost $3.5 billion. e.g. this one.')).toEqual(['It cost $3.5 billion. e.g. this one.']);
  });

  it('cuts a run-on text so every sentence is bounded', () => {
    const long = 'word '.repeat(1000).trim();
    expect(splitSentences(long).every((s) => s.end - s.start <= 1500)).toBe(true);
  });

  it('finds curly and straight quotes, and an unclosed quote runs to the end', () => {
    const text = 'He said “one, two,” then "three" and 5\'10" and «four» and “open';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['“one, two,”', '"three"', '«four»', '“open']);
  });

  it('finds quotes in single and doubled single marks, and takes apostrophes for what they are', () => {
    const text = "'The port is ready,' said Anna Kim. ‘‘Trade will follow,’’ she added. Russia's and the members' plans ‘may’ change; 'tis odd.";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(["'The port is ready,'", '‘‘Trade will follow,’’']);
  });

  it('reads a term in single marks as a term, so it does not run on into the next quote', () => {
    const text = "The so-called 'Shanghai Spirit' is old. Later, 'We agree,' said Anna Kim.";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(["'We agree,'"]);
  });

  it('lets a plural possessive sit inside a single-marked quote, and takes British punctuation outside', () => {
    const text = "'The members' plans are ready,' said Anna Kim. 'Trade will follow soon', she added. The 'Three Evils', she said.";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual([
      "'The members' plans are ready,'",
      "'Trade will follow soon'",
    ]);
  });

  it('never lets a possessive carry a single-marked term past the next opening mark', () => {
    const text = "The 'Three Evils' are old. 'We agree,' said Anna Kim.";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(["'We agree,'"]);
  });
});
