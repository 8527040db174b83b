/**
 * fast-check generators for article files: what people paste from the web, what an editor or a
 * wrong "Save as" leaves behind, and what someone hostile would write. Shared by the unit test
 * (`npm test`, ≥ 1,000 cases) and `npm run fuzz` (100,000 cases), so both try the same inputs.
 *
 * Each generated file carries its `shape`, so a run can report what it tried and a test can check
 * that every shape is actually generated and that some of them get through to a sco.json (a fuzzer
 * whose every case fails at the first line of the reader would prove little).
 */
import fc from 'fast-check';
import { damagedLines, fieldEntries, fieldText, frontMatterDamage, frontMatterFields, wellFormedLines, yamlValue } from './frontMatterArbitraries';
import { fuzzBody, fuzzText } from './textArbitraries';

export const FILE_SHAPES = ['front-matter', 'broken-front-matter', 'plain-text', 'random-text', 'binary', 'empty', 'huge'] as const;
export type FileShape = (typeof FILE_SHAPES)[number];

export interface FuzzFile {
  /** A file name as it would sit in data/articles/ (the article id comes from it). */
  name: string;
  bytes: Uint8Array;
  shape: FileShape;
  /** For well-formed files: the title the output must carry, character for character. */
  expectedTitle?: string;
}

const encoder = new TextEncoder();
const utf8 = (text: string) => encoder.encode(text);

const nonEmptyBody = fuzzBody()
  .map((body) => body.replace(/\0/g, ''))
  .filter((body) => body.trim() !== '');

const frontMatterFile = fc.tuple(frontMatterFields, fc.boolean(), nonEmptyBody).map(([fields, quoteAll, body]) => ({
  text: `---\n${wellFormedLines(fields, quoteAll).join('\n')}\n---\n${body}\n`,
  shape: 'front-matter' as const,
  expectedTitle: fields.title.trim(),
}));

const brokenFrontMatterFile = fc
  .tuple(frontMatterFields, frontMatterDamage, fuzzBody(20))
  .chain(([fields, change, body]) =>
    fc.tuple(...fieldEntries(fields).map(([, v]) => yamlValue(v))).map((styles) => ({ fields, change, body, styles })),
  )
  .map(({ fields, change, body, styles }) => {
    const broken = damagedLines(fields, change, styles);
    return { text: `${broken.opener}\n${broken.lines.join('\n')}\n${broken.closed ? '---\n' : ''}${body}\n`, shape: 'broken-front-matter' as const };
  });

const plainTextFile = fc
  .record({
    title: fieldText(4),
    dateLine: fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.constantFrom('Published', 'Date', 'Posted on', 'Publication date'), fc.constantFrom('Sep 16, 2022', '16 September 2022', 'July 4, 2024 09:23 AM', '2023-05-01')).map(([label, d]) => `${label}: ${d}`) },
      { weight: 1, arbitrary: fc.constantFrom('Published: Feb 30, 2023', 'Published: sometime', 'Published:', 'Date: 31/31/2031') },
      { weight: 1, arbitrary: fc.constant('') },
    ),
    body: nonEmptyBody,
  })
  .map(({ title, dateLine, body }) => ({ text: `${title}\n${dateLine}\n\n${body}\n`, shape: 'plain-text' as const }));

const randomTextFile = fc
  .oneof(fc.string({ unit: 'binary', maxLength: 400 }), fuzzText(30), fc.string({ unit: 'binary-ascii', maxLength: 400 }))
  .map((text) => ({ text, shape: 'random-text' as const }));

const emptyFile = fc
  .constantFrom('', ' ', '\n\n\n', '\t \r\n', '\uFEFF', '\uFEFF\n', '---\n---\n', '---\n---\n\n   \n', '---\ntitle: x\n---\n', '\u200B', '\u00A0')
  .map((text) => ({ text, shape: 'empty' as const }));

/** 50–400 KB: a single endless word, a flood of quotation marks, one line per sentence, a wall of "said". */
const hugeFile = fc
  .record({
    unit: fc.constantFrom('a', '“', '"', '\n', ' said ', 'Mr. Dr. ', 'According to A. B. C. ', '«Belarus» ', '<img src=x onerror=globalThis.__pwned=1>', '\u200B', 'SCO membership. ', 'Rizat Tasym said, “yes.” '),
    length: fc.integer({ min: 50_000, max: 400_000 }),
    wrapped: fc.boolean(),
  })
  .map(({ unit, length, wrapped }) => {
    const body = unit.repeat(Math.ceil(length / unit.length));
    const text = wrapped ? `---\ntitle: Huge\noutlet: Test\npublished: 2024-07-05\n---\n${body}\n` : body;
    return { text, shape: 'huge' as const };
  });

/** Bytes that are not UTF-8 text: NUL, lone continuation bytes, Latin-1, UTF-16, truncated sequences. */
const binaryFile = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.tuple(fuzzBody(10), fc.nat(), fc.constantFrom(0x00, 0x80, 0xc3, 0xff, 0xfe, 0xed)).map(([text, at, byte]) => {
    const bytes = utf8(`---\ntitle: T\noutlet: O\npublished: 2024\n---\n${text}`);
    const i = at % (bytes.length + 1);
    return Uint8Array.from([...bytes.subarray(0, i), byte, ...bytes.subarray(i)]);
  }),
  fuzzText(6).map((text) => Uint8Array.from([0xff, 0xfe, ...[...`---\ntitle: ${text}\n---\n`].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])),
  fc.constant(Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a])),
  fc.constant(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  fc.constant(Uint8Array.from([0xe2, 0x80])),
);

/** One file's text (or bytes) and shape, weighted so that most cases reach the extractor. */
export const articleFileContent: fc.Arbitrary<Omit<FuzzFile, 'name'>> = fc.oneof(
  { weight: 100, arbitrary: frontMatterFile.map(({ text, shape, expectedTitle }) => ({ bytes: utf8(text), shape, expectedTitle })) },
  { weight: 40, arbitrary: brokenFrontMatterFile.map(({ text, shape }) => ({ bytes: utf8(text), shape })) },
  { weight: 30, arbitrary: plainTextFile.map(({ text, shape }) => ({ bytes: utf8(text), shape })) },
  { weight: 20, arbitrary: randomTextFile.map(({ text, shape }) => ({ bytes: utf8(text), shape })) },
  { weight: 10, arbitrary: emptyFile.map(({ text, shape }) => ({ bytes: utf8(text), shape })) },
  { weight: 20, arbitrary: binaryFile.map((bytes) => ({ bytes, shape: 'binary' as const })) },
  // Rare (about 1 file in 220): each costs tens of milliseconds, and `npm run fuzz` still meets over a thousand.
  { weight: 1, arbitrary: hugeFile.map(({ text, shape }) => ({ bytes: utf8(text), shape })) },
);

/** File names become article ids: unicode, spaces, markup and names that are also Object.prototype keys. */
const fileStem = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '<img src=x onerror=1>', 'a b', 'ünïcödé', 'שלום', '-', 'x..y', '#1') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((s) => !/[/\\\0]/.test(s) && !s.startsWith('.') && s.trim() !== '') },
);

/** One to four article files with distinct names, as a folder would hold them. */
export const articleFolder: fc.Arbitrary<FuzzFile[]> = fc
  .uniqueArray(fc.tuple(fileStem, fc.constantFrom('.md', '.md', '.txt', '.MD')), { minLength: 1, maxLength: 4, selector: ([stem, ext]) => `${stem}${ext}`.toLowerCase() })
  .chain((names) => fc.tuple(...names.map(([stem, ext]) => articleFileContent.map((content): FuzzFile => ({ name: `${stem}${ext}`, ...content })))));

/** Human-readable summary of a case for failure messages: names, shapes, sizes and the first bytes as text. */
export function describeFolder(files: readonly FuzzFile[]): string {
  return files
    .map((f) => `${f.name} (${f.shape}, ${f.bytes.length} bytes): ${JSON.stringify(new TextDecoder().decode(f.bytes.subarray(0, 300)))}`)
    .join('\n');
}
