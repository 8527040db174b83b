/**
 * fast-check generators for front matter: fields a reader accepts, written plainly or quoted so the
 * expected title is known exactly, and the damage people do to it (a lost line, a stray character,
 * no closing fence).
 */
import fc from 'fast-check';
import { parseSimpleFrontMatter } from '../preprocess/readArticle';
import { fuzzText, HOSTILE_MARKUP, pick, YAML_TRAPS } from './textArbitraries';

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
export function yamlValue(value: string): fc.Arbitrary<string> {
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
export const fieldText = (parts: number) =>
  fc
    .tuple(fuzzText(parts), fc.constantFrom('SCO', 'Summit', 'Astana', '<b>', 'Ürümqi', 'تحليل', '"quoted"', "it's", 'a: b', '#1'), fuzzText(parts))
    // NUL marks a binary file and is refused on purpose; the well-formed shapes leave it out.
    .map((p) => p.join('').replace(/\0/g, ''));

const KEYS = ['title', 'outlet', 'url', 'published', 'language'] as const;

export interface FrontMatterFields {
  title: string;
  outlet: string;
  url: string | null;
  published: string;
  language: string | null;
  extra: [string, string][];
}

/** Fields a reader accepts: any visible text in title and outlet (hostile too), an http(s) url, a real date. */
export const frontMatterFields: fc.Arbitrary<FrontMatterFields> = fc.record({
  title: fc.oneof({ weight: 3, arbitrary: fieldText(6) }, { weight: 1, arbitrary: pick(HOSTILE_MARKUP) }),
  outlet: fieldText(3),
  url: fc.option(validUrl, { freq: 4 }),
  published: validDate,
  language: fc.option(fc.constantFrom('en', 'ru', 'zh', 'ar', 'he', '<b>'), { freq: 2 }),
  extra: fc.uniqueArray(fc.tuple(fc.constantFrom('tags', 'author', '__proto__', 'constructor', 'toString', 'x-y'), fieldText(2)), { maxLength: 2, selector: ([key]) => key }),
});

export const fieldEntries = (f: FrontMatterFields): [string, string][] =>
  [['title', f.title], ['outlet', f.outlet], ['url', f.url], ['published', f.published], ['language', f.language], ...f.extra].filter(
    (entry): entry is [string, string] => entry[1] !== null,
  );

/**
 * Well-formed front matter, written plainly (`key: value`) when the reader's fast path reads every
 * line back unchanged, and double-quoted otherwise — so the expected title is known exactly.
 */
export function wellFormedLines(f: FrontMatterFields, quoteAll: boolean): string[] {
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
export const frontMatterDamage: fc.Arbitrary<Damage> = fc.oneof(
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

export function damagedLines(f: FrontMatterFields, change: Damage, styles: readonly string[]): { opener: string; lines: string[]; closed: boolean } {
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
