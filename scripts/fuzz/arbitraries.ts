/**
 * fast-check generators for article files: what people paste from the web, what an editor or a
 * wrong "Save as" leaves behind, and what someone hostile would write. Shared by the unit test
 * (`npm test`, ≥ 1,000 cases) and `npm run fuzz` (100,000 cases), so both try the same inputs.
 *
 * Each generated file carries its `shape`, so a run can report what it tried and a test can check
 * that every shape is actually generated and that some of them get through to a sco.json (a fuzzer
 * whose every case fails at the first line of the reader would prove little).
 */
import attribution from '../../data/reference/attribution.json' with { type: 'json' };
import type { FormId } from '../preprocess/experts/rules';
import { buildAttributionWords } from '../preprocess/experts/words';
import { AttributionFile } from '../preprocess/reference/schemas';
import fc from 'fast-check';
import { parseSimpleFrontMatter } from '../preprocess/readArticle';

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

/** Markup and script that must only ever be shown as text; `__pwned` is the trap the checks look for. */
export const HOSTILE_MARKUP = [
  '<img src=x onerror=globalThis.__pwned=1>',
  '<script>globalThis.__pwned=1</script>',
  '<svg onload="globalThis.__pwned=1">',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  'javascript:globalThis.__pwned=1',
  '[click me](javascript:globalThis.__pwned=1)',
  '<a href="javascript:globalThis.__pwned=1">link</a>',
  '${globalThis.__pwned=1}',
  '{{constructor.constructor("globalThis.__pwned=1")()}}',
  '&lt;script&gt;',
  '&amp;',
  '&#x3C;img src=x onerror=alert(1)&#x3E;',
  '&nbsp;',
  '](https://example.org)',
  '<!--',
  '-->',
  ']]>',
];

/** Direction, joining and invisible characters: bidi overrides, zero-width, BOM, line separators. */
export const INVISIBLE_AND_RTL = [
  '\u202E', '\u202D', '\u2066', '\u2067', '\u2069', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u2028', '\u2029',
  '\u0085', 'שלום עולם', 'مرحبا بالعالم', 'د. علي', '\u0301', 'e\u0301', '👩‍👩‍👧', '🇰🇿', '\u0000', '\u0007', '\u001B[31m', '\u007F',
];

/** What YAML reads as something other than plain text: types, anchors, tags, block scalars, document markers. */
export const YAML_TRAPS = [
  ': ', '#', ' # comment', "'", '"', '|', '>', '&anchor', '*anchor', '!!binary', '!!js/function "function(){globalThis.__pwned=1}"',
  '!!js/undefined', '!!python/object:os.system', '[', ']', '{', '}', '- ', '? ', '---', '...', '~', 'null', 'true', 'no', 'on', '0x1F',
  '1e400', '.inf', '.nan', '<<: *anchor', '%YAML 1.2', '\t', '\\', '\\u0000', '@', '`', '2023-02-30', '12:30:00', '=', '!', '%',
];

/** Words the extractor and gazetteer react to, so bodies reach quotes, experts, candidates and themes. */
export const EXTRACTOR_WORDS = [
  'said', 'according to', 'According to', 'he said', 'she noted', 'told reporters', ', an analyst at the Institute of Peace in Astana,',
  'Kazakh political scientist', 'Rizat Tasym', 'Tasym', 'Anna Kim', 'Ürgüp Çelik', 'Иван Петров', 'Dr. Li Wei', 'Mr.', 'J.', 'van der',
  'O’Neill', 'Constructor Proto', 'Hasownproperty Valueof', '“', '”', '«', '»', '„', '"', ',', '.', ':', '\n\n', '\n', ' ', 'Belarus',
  'Iran', 'Kazakhstan', 'Qatar', 'membership', 'became a member', 'interest in joining', 'applied for observer status', 'SCO',
  'Shanghai Cooperation Organisation', 'terrorism', 'Belt and Road', 'energy', 'security', 'Editor’s Note:', 'Photo credit:', 'By',
  'Published: Sep 16, 2022', '---', 'A.', '🙂',
];

const pick = (items: readonly string[]) => fc.constantFrom(...items);

/** Any short text, from plain ASCII to any code point, mixed with the traps above. */
export function fuzzText(maxParts = 8): fc.Arbitrary<string> {
  const part = fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 16 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 2, arbitrary: pick(HOSTILE_MARKUP) },
    { weight: 2, arbitrary: pick(INVISIBLE_AND_RTL) },
    { weight: 1, arbitrary: pick(YAML_TRAPS) },
  );
  return fc.array(part, { maxLength: maxParts }).map((parts) => parts.join(''));
}

/** A word of 200–5,000 letters without a break: long URLs, base64, keyboard mashing. */
const longWord = fc.tuple(fc.constantFrom('a', 'W', 'я', '中', 'x\u200B', '-', '0'), fc.integer({ min: 200, max: 5000 })).map(([unit, n]) => unit.repeat(n));

/** Names the extractor takes for people: capitalised words, with diacritics, Cyrillic and particles. */
const PERSON_NAMES = ['Rizat Tasym', 'Anna Kim', 'Ürgüp Çelik', 'Omar Haddad', 'Bat Erdene', 'Asel Dzhumabaeva', 'Ivo van der Berg', 'Li Wei', 'Constructor Proto', 'Hasownproperty Valueof'];

/** Every form of every speech verb the extractor knows, from its word list (data/reference/attribution.json). */
const SPEECH_VERB_FORMS = buildAttributionWords(AttributionFile.parse(attribution)).verbForms;

interface Slots {
  name: string;
  said: string;
  text: string;
  place: string;
  country: string;
}

/**
 * Sentences in the forms the extractor recognises, keyed by the rule ids (scripts/preprocess/experts/
 * rules.ts), with generated (often hostile) text in the slots where a quote, an organisation or a
 * view goes — so that text reaches sco.json's quotes, experts' organisations and candidate
 * sentences, not only the "nothing found" path. `candidate` sentences are not attribution forms.
 */
const FORMS: Record<FormId | 'candidate', (s: Slots) => string> = {
  'name-heading': (s) => `${s.name}, director of the ${s.text} Forum in ${s.place}\n\n${s.text} will decide the summit.`,
  'transcript-label': (s) => `${s.name}, ${s.text} Institute: ${s.text} and the SCO will grow.`,
  'according-to': (s) => `According to Kazakh political scientist ${s.name}, ${s.text} shapes security in the region.`,
  'possessive-view': (s) => `In ${s.name}’s view, ${s.text} is about terrorism and the Belt and Road.`,
  'appositive-verb': (s) => `${s.name}, director of the ${s.text} Forum in ${s.place}, ${s.said} that energy trade ${s.text} will expand.`,
  'subject-verb': (s) => `“${s.text},” ${s.name} ${s.said}.`,
  'verb-subject': (s) => `“${s.text} and the SCO will grow,” ${s.said} ${s.name}, an analyst at the ${s.text} Institute in ${s.place}.`,
  'quoted-as-saying': (s) => `${s.name} was quoted as saying that ${s.text} matters.`,
  'pronoun-verb': (s) => `${s.name} said it works.\n\n“${s.text},” she ${s.said}.`,
  'quote-then-name': (s) => `“${s.text},” ${s.name}, who heads the ${s.text} Centre`,
  'quote-continuation': (s) => `“${s.text},” said ${s.name}.\n\n“${s.text}.”`,
  'copula-introduction': (s) => `${s.name} is the director of a ${s.place}-based think tank. He says ${s.text} matters.`,
  'appositive-introduction': (s) => `The radio sent the question to ${s.name}, the head of the ${s.text} office.`,
  'cut-introduction': (s) => `While ${s.text} is a risk, ${s.name}, President`,
  'title-then-name': (s) => `The director of the ${s.text} Forum in ${s.place} ${s.said} the talks failed.\n\n${s.name} ${s.said} ${s.text} matters.`,
  candidate: (s) => `${s.country} has applied for observer status in the SCO, ${s.text}.`,
};
const FORM_KEYS = Object.keys(FORMS) as Array<keyof typeof FORMS>;

export const attributedSentence: fc.Arbitrary<string> = fc
  .record({
    name: pick(PERSON_NAMES),
    said: pick(SPEECH_VERB_FORMS),
    slot: fc.oneof({ weight: 3, arbitrary: fuzzText(4) }, { weight: 2, arbitrary: pick(HOSTILE_MARKUP) }, { weight: 1, arbitrary: longWord }),
    place: fc.constantFrom('Astana', 'Baku', 'Doha', 'Minsk'),
    country: fc.constantFrom('Belarus', 'Qatar', 'Egypt', 'Syria', 'Laos', 'Iran'),
    form: fc.constantFrom(...FORM_KEYS),
  })
  .map(({ form, slot, ...slots }) => FORMS[form]({ ...slots, text: slot.replace(/[“”"\n]/g, ' ').trim() || 'the summit matters' }));

/** Article text: sentences the extractor reads, hostile markup, markdown, long words, invisible characters. */
export function fuzzBody(maxParts = 60): fc.Arbitrary<string> {
  const part = fc.oneof(
    { weight: 6, arbitrary: pick(EXTRACTOR_WORDS) },
    { weight: 3, arbitrary: attributedSentence.map((sentence) => `\n\n${sentence}`) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 2, arbitrary: pick(HOSTILE_MARKUP) },
    { weight: 1, arbitrary: pick(INVISIBLE_AND_RTL) },
    { weight: 1, arbitrary: fc.constantFrom('# Heading', '**bold**', '> quote', '- item', '1. item', '```', '| a | b |', '![img](x.png)') },
    { weight: 1, arbitrary: longWord },
  );
  return fc.array(part, { maxLength: maxParts }).map((parts) => parts.join(' '));
}

const year = fc.integer({ min: 1990, max: 2030 });
const month = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, '0'));
const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, '0'));

/** Dates the reader accepts (YYYY, YYYY-MM, YYYY-MM-DD)… */
export const validDate = fc.oneof(year.map(String), fc.tuple(year, month).map(([y, m]) => `${y}-${m}`), fc.tuple(year, month, day).map(([y, m, d]) => `${y}-${m}-${d}`));
/** …and ones it must refuse with a reason. */
const badDate = fc.oneof(
  fc.constantFrom('2023-02-30', '2023-13', '2023-00-10', '99999', '20', 'yesterday', 'Sep 16, 2022', '2022/09/16', '16.09.2022', '0000', '-2022', '2022-9-1', '1e3'),
  fuzzText(3),
);

const validUrl = fc.oneof(
  fc.webUrl({ validSchemes: ['http', 'https'] }),
  fc.constantFrom('https://example.org/a?b=c&d=<script>', 'https://example.org/"onmouseover="globalThis.__pwned=1', 'https://例え.jp/パス', 'http://127.0.0.1:8080/x'),
);
/** Addresses an article link must never become: script, data, other schemes, no scheme at all. */
export const HOSTILE_URLS = [
  'javascript:globalThis.__pwned=1', 'JavaScript:globalThis.__pwned=1', ' javascript:alert(1)', 'java\tscript:alert(1)', 'jav&#x09;ascript:alert(1)',
  'data:text/html,<script>globalThis.__pwned=1</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'ftp://example.org/x', '//evil.example/x',
  '/relative/path', 'example.org', 'https://', 'http://localhost', 'https:javascript:alert(1)', 'mailto:a@b.c',
];
const badUrl = fc.oneof(pick(HOSTILE_URLS), fuzzText(3));

/** How a value is written after `key:` in damaged front matter: plain, quoted, block scalar, list, map, empty. */
function yamlValue(value: string): fc.Arbitrary<string> {
  return fc.constantFrom(
    ` ${value}`,
    ` "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
    ` '${value.replace(/'/g, "''")}'`,
    ` |\n  ${value.replace(/\n/g, '\n  ')}`,
    `\n  - ${value}\n  - ${value}`,
    ` [${value}, ${value}]`,
    ` {a: ${value}}`,
    '',
  );
}

/**
 * A YAML double-quoted scalar that reads back as exactly `value`: JSON's escapes, plus \u escapes
 * for the characters YAML refuses to see raw (C1 controls, U+FFFE/FFFF, line separators).
 */
export function quotedScalar(value: string): string {
  return JSON.stringify(value).replace(/[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text with at least one visible word, so a field that must not be empty is not. */
const fieldText = (parts: number) =>
  fc
    .tuple(fuzzText(parts), fc.constantFrom('SCO', 'Summit', 'Astana', '<b>', 'Ürümqi', 'تحليل', '"quoted"', "it's", 'a: b', '#1'), fuzzText(parts))
    // NUL marks a binary file and is refused on purpose; the well-formed shapes leave it out.
    .map((p) => p.join('').replace(/\0/g, ''));

const KEYS = ['title', 'outlet', 'url', 'published', 'language'] as const;

interface FrontMatterFields {
  title: string;
  outlet: string;
  url: string | null;
  published: string;
  language: string | null;
  extra: [string, string][];
}

/** Fields a reader accepts: any visible text in title and outlet (hostile too), an http(s) url, a real date. */
const frontMatterFields: fc.Arbitrary<FrontMatterFields> = fc.record({
  title: fc.oneof({ weight: 3, arbitrary: fieldText(6) }, { weight: 1, arbitrary: pick(HOSTILE_MARKUP) }),
  outlet: fieldText(3),
  url: fc.option(validUrl, { freq: 4 }),
  published: validDate,
  language: fc.option(fc.constantFrom('en', 'ru', 'zh', 'ar', 'he', '<b>'), { freq: 2 }),
  extra: fc.uniqueArray(fc.tuple(fc.constantFrom('tags', 'author', '__proto__', 'constructor', 'toString', 'x-y'), fieldText(2)), { maxLength: 2, selector: ([key]) => key }),
});

const fieldEntries = (f: FrontMatterFields): [string, string][] =>
  [['title', f.title], ['outlet', f.outlet], ['url', f.url], ['published', f.published], ['language', f.language], ...f.extra].filter(
    (entry): entry is [string, string] => entry[1] !== null,
  );

/**
 * Well-formed front matter, written plainly (`key: value`) when the reader's fast path reads every
 * line back unchanged, and double-quoted otherwise — so the expected title is known exactly.
 */
function wellFormedLines(f: FrontMatterFields, quoteAll: boolean): string[] {
  const entries = fieldEntries(f);
  const plain = entries.map(([key, value]) => `${key}: ${value}`);
  const read = quoteAll || plain.some((l) => /[\r\n]/.test(l)) ? null : parseSimpleFrontMatter(plain);
  const unchanged = read !== null && entries.every(([key, value]) => key === '__proto__' || read[key] === value);
  return unchanged ? plain : entries.map(([key, value]) => `${key}: ${quotedScalar(value)}`);
}

type Damage =
  | { kind: 'drop-key'; key: (typeof KEYS)[number] }
  | { kind: 'bad-value'; key: 'url' | 'published' | 'title'; value: string }
  | { kind: 'insert-trap'; at: number; trap: string }
  | { kind: 'no-closing-fence' }
  | { kind: 'indent'; at: number }
  | { kind: 'restyle' }
  | { kind: 'opener'; opener: string }
  | { kind: 'tabs-and-crlf' };

/** One change that breaks front matter the way people do: a lost line, a stray character, no closing fence. */
const frontMatterDamage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('drop-key' as const), key: fc.constantFrom(...KEYS) }),
  fc.record({ kind: fc.constant('bad-value' as const), key: fc.constant('url' as const), value: badUrl }),
  fc.record({ kind: fc.constant('bad-value' as const), key: fc.constant('published' as const), value: badDate }),
  fc.record({ kind: fc.constant('bad-value' as const), key: fc.constant('title' as const), value: fc.oneof(fuzzText(3), pick(YAML_TRAPS)) }),
  fc.record({ kind: fc.constant('insert-trap' as const), at: fc.nat(), trap: fc.oneof(pick(YAML_TRAPS), fuzzText(3)) }),
  fc.record({ kind: fc.constant('no-closing-fence' as const) }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('restyle' as const) }),
  fc.record({ kind: fc.constant('opener' as const), opener: fc.constantFrom('---js', '--- javascript', '---coffee', '---json', '---toml', '--- ', '----', '---\t') }),
  fc.record({ kind: fc.constant('tabs-and-crlf' as const) }),
);

function damagedLines(f: FrontMatterFields, change: Damage, styles: readonly string[]): { opener: string; lines: string[]; closed: boolean } {
  const lines = wellFormedLines(f, false);
  switch (change.kind) {
    case 'drop-key':
      return { opener: '---', lines: lines.filter((l) => !l.startsWith(`${change.key}:`)), closed: true };
    case 'bad-value':
      return { opener: '---', lines: fieldEntries({ ...f, [change.key]: change.value }).map(([k, v]) => `${k}: ${v}`), closed: true };
    case 'insert-trap':
      lines.splice(change.at % (lines.length + 1), 0, change.trap);
      return { opener: '---', lines, closed: true };
    case 'no-closing-fence':
      return { opener: '---', lines, closed: false };
    case 'indent': {
      const at = change.at % Math.max(1, lines.length);
      lines[at] = `  ${lines[at] ?? ''}`;
      return { opener: '---', lines, closed: true };
    }
    case 'restyle':
      // Each field in one of YAML's other notations: block scalars, lists, maps, single quotes.
      return { opener: '---', lines: fieldEntries(f).map(([k, v], i) => `${k}:${styles[i] ?? ` ${v}`}`), closed: true };
    case 'opener':
      // gray-matter evaluates `---js` front matter; the reader must never hand it such a file.
      return { opener: change.opener, lines: ['globalThis.__pwned = 1; module.exports = { title: "x" }', ...lines], closed: true };
    case 'tabs-and-crlf':
      return { opener: '---\r', lines: lines.map((l) => `${l.replace(/: /, ':\t')}\r`), closed: true };
  }
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
