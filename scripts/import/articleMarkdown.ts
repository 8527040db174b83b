/**
 * An imported page → the Markdown file the pipeline reads (data/articles/<id>.md), and the id it is
 * filed under. Pure: the browser's "Download corpus" can write the same files.
 *
 * Every text value is written as a YAML double-quoted string with JSON's escapes, which YAML
 * reads back exactly: a hostile title ("---", "#", ": ", quotes, line breaks) stays one value.
 */
import type { RawArticle } from '../preprocess/rawArticle';

export interface ArticleFields extends Omit<RawArticle, 'file' | 'id' | 'year'> {
  author?: string;
}

/** C0 and C1 controls (NEL among them, which YAML 1.1 reads as a line break): none belong in a title. */
const isControl = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};

/** Half of a surrogate pair without the other half: not a character, and YAML cannot escape it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A title is one line: runs of whitespace (including line breaks) become one space. */
export function oneLine(text: string): string {
  // \s covers line breaks, tabs and the Unicode line and paragraph separators.
  const spaced = text.replace(/\s+/g, ' ').replace(LONE_SURROGATE, '');
  return [...spaced].filter((ch) => !isControl(ch)).join('').trim();
}

/** YAML double-quoted scalar; JSON.stringify's escapes are YAML's, and non-ASCII stays readable. */
function quoted(text: string): string {
  return JSON.stringify(oneLine(text));
}

export function articleMarkdown(fields: ArticleFields): string {
  const lines = ['---', `title: ${quoted(fields.title)}`, `outlet: ${quoted(fields.outlet)}`];
  if (fields.url !== undefined) lines.push(`url: ${quoted(fields.url)}`);
  // A checked partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) needs no quotes, and the reader checks it as written.
  lines.push(`published: ${fields.published}`);
  if (fields.language !== undefined) lines.push(`language: ${quoted(fields.language)}`);
  if (fields.author !== undefined) lines.push(`author: ${quoted(fields.author)}`);
  lines.push('---');
  return `${lines.join('\n')}\n${fields.body.replace(/\r\n?/g, '\n').trim()}\n`;
}

/** Cyrillic → Latin for file names (a scheme close to the passport one); the title itself is kept as written. */
const CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  [...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєўғқңөұүһә'].map((letter, i) => [
    letter,
    ['a', 'b', 'v', 'g', 'd', 'e', 'e', 'zh', 'z', 'i', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't', 'u', 'f', 'kh', 'ts', 'ch', 'sh', 'shch', '', 'y', '', 'e', 'yu', 'ya', 'i', 'yi', 'ye', 'u', 'g', 'q', 'ng', 'o', 'u', 'u', 'h', 'a'][i] ?? '',
  ]),
);

/** Lower-case ASCII words joined by "-": accents dropped, Cyrillic transliterated, other scripts left out. */
export function slug(text: string, maxLength: number): string {
  const ascii = [...text.toLowerCase().normalize('NFKD')]
    .map((ch) => CYRILLIC[ch] ?? ch)
    .join('')
    .replace(/[\u0300-\u036f]/g, '');
  const words = ascii.split(/[^a-z0-9]+/).filter((w) => w !== '');
  let out = '';
  for (const word of words) {
    const next = out === '' ? word : `${out}-${word}`;
    if (next.length > maxLength) break;
    out = next;
  }
  return out === '' ? (words[0] ?? '').slice(0, maxLength) : out;
}

/** FNV-1a, for titles with no Latin or Cyrillic letters to name the file by. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** "2024-07-03-the-steppe-herald-sco-energy-ministers-agree", like the seed articles' file names. */
export function articleId(fields: Pick<ArticleFields, 'published' | 'outlet' | 'title'>): string {
  const title = slug(fields.title, 60);
  const parts = [fields.published, slug(fields.outlet, 24), title.length >= 3 ? title : shortHash(fields.title)];
  return parts.filter((part) => part !== '').join('-');
}
