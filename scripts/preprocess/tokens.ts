/**
 * A word with its offsets: the unit every matcher works on, so matching stays linear in the text.
 * The word's text is cut from the source only when asked for: most words are only looked at
 * through their first letters and length (see phraseIndex), and copying each one was a large
 * share of the pipeline's allocations.
 */
export class Token {
  private cached: string | undefined;

  constructor(
    readonly source: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    this.cached ??= this.source.slice(this.start, this.end);
    return this.cached;
  }
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** ASCII letters and digits, by table: the tokenizer asks for every character of the corpus. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, code) => ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0));

/**
 * How many UTF-16 units the word character at i takes (0 when it is not a word character): ASCII
 * by table, anything else by a Unicode test (rare in English text), astral characters as pairs.
 */
function wordCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_WORD[code]!;
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return WORD_CHAR.test(text[i] ?? '') ? 1 : 0;
}

/**
 * Letters and digits, with apostrophes inside a word ("Xi'an", "Kazakhstan’s"); hyphens split
 * words, so "counter-terrorism" and "counter terrorism" give the same tokens. A hand-written scan:
 * this runs over every character of the corpus, and a Unicode regex was the slowest stage. ASCII
 * is read by table in the loop itself; only other characters take the call to wordCharLength.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const step = code < 128 ? ASCII_WORD[code]! : wordCharLength(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    i += step;
    for (;;) {
      if (i >= n) break;
      const next = text.charCodeAt(i);
      if (next < 128) {
        if (ASCII_WORD[next] === 1) {
          i++;
          continue;
        }
        // An apostrophe joins two word parts only when a letter follows it.
        if (next === 39 /* ' */ && i + 1 < n && wordCharLength(text, i + 1) > 0) {
          i++;
          continue;
        }
        break;
      }
      const width = wordCharLength(text, i);
      if (width > 0) {
        i += width;
        continue;
      }
      if (next === 8217 /* ’ */ && i + 1 < n && wordCharLength(text, i + 1) > 0) {
        i++;
        continue;
      }
      break;
    }
    tokens.push(new Token(text, start, i));
  }
  return tokens;
}

/** "Azerbaijan’s" → "Azerbaijan": a possessive points to the same place or thing as its base word. */
export function withoutPossessive(word: string): string {
  return isPossessive(word) ? word.slice(0, -2) : word;
}

export function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115 /* s */) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 /* ' */ || mark === 8217 /* ’ */;
}

/** A character other than printable ASCII and ordinary whitespace: those need the full fold. */
const BEYOND_PLAIN_ASCII = /[^ -~\t\n\r]/;

/** ASCII-folded lower case: "Türkiye" → "turkiye", used for slugs and loose comparisons. */
export function fold(text: string): string {
  // Plain ASCII has no marks to strip and nothing to decompose: most names and words are.
  if (!BEYOND_PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function slugify(text: string): string {
  return fold(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
