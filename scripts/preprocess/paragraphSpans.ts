/**
 * Where a paragraph's sentences and quotations lie, as character spans of its text: the boundaries
 * every later stage reads sentence by sentence and quote by quote. Worked out by char code, since it
 * runs over every paragraph of the corpus; segment.ts asks for them on a paragraph's first use.
 */
/** A stretch of a paragraph's text: from `start` up to, not including, `end` (UTF-16 units). */
export interface Span {
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc',
  'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'u.s', 'u.k',
  'amb', 'gov', 'sen', 'rep', 'pres', 'dept', 'univ', 'approx', 'est', 'fig', 'vol', 'op', 'cit', 'al',
]);

/** The longest abbreviation, in UTF-16 units (an initial is one or two). */
const LONGEST_ABBREVIATION = Math.max(2, ...[...ABBREVIATIONS].map((word) => word.length));

/** Sentences must end somewhere: a run-on "sentence" is cut so regexes always see bounded input. */
export const MAX_SENTENCE_CHARS = 1500;

const SENTENCE_END = /[.!?]/g;
/** Whitespace by char code: this runs for every sentence of the corpus. */
const isSpaceCode = (code: number) => code <= 32 || code === 0xa0 || code === 0x2009 || code === 0x202f;
/** Closing quotes and brackets that may follow the full stop: " ” ’ ) ] ». */
const isCloserCode = (code: number) => code === 34 || code === 0x201d || code === 0x2019 || code === 41 || code === 93 || code === 0xbb;
const NEXT_SENTENCE_START = /[\p{Lu}\p{N}]/u;
/** A capital, a digit or an opening quote or bracket: what may start the next sentence. */
function startsSentence(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 40 || code === 91;
  return code === 0x201c || code === 0x2018 || code === 0xab || NEXT_SENTENCE_START.test(text[at] ?? '');
}

/**
 * Sentence boundaries in a paragraph: . ! ? (and closing quotes after them) followed by a space and
 * a capital, digit or opening quote; never after an abbreviation or a single initial ("J."). Checked
 * by char code: it runs once over every paragraph of the corpus.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpaceCode(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) capLength(s, e, text, spans);
    start = end;
  };
  // The regex finds the candidates (natively, fast); char codes decide them.
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const i = m.index;
    const code = text.charCodeAt(i);
    let end = i + 1;
    while (end < n && isCloserCode(text.charCodeAt(end))) end++;
    if (end < n && !isSpaceCode(text.charCodeAt(end))) continue;
    let next = end;
    while (next < n && isSpaceCode(text.charCodeAt(next))) next++;
    if (next < n && !startsSentence(text, next)) continue;
    if (code === 46) {
      const wordStart = lastWordStart(text, i);
      // Longer words are neither an abbreviation nor an initial: no copy, no lookup.
      if (i - wordStart <= LONGEST_ABBREVIATION) {
        const word = text.slice(wordStart, i);
        if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
      }
    }
    push(end);
    SENTENCE_END.lastIndex = end;
  }
  push(n);
  return spans;
}

/** Letters and full stops, tested by char code for ASCII (this runs at every full stop of the corpus). */
function isWordOrDot(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(ch);
}

function lastWordStart(text: string, dot: number): number {
  let k = dot;
  while (k > 0 && isWordOrDot(text[k - 1] ?? '')) k--;
  return k;
}

function capLength(start: number, end: number, text: string, out: Span[]): void {
  let s = start;
  while (end - s > MAX_SENTENCE_CHARS) {
    let cut = text.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
    if (cut <= s) cut = s + MAX_SENTENCE_CHARS;
    out.push({ start: s, end: cut });
    s = cut;
    while (s < end && /\s/.test(text[s] ?? '')) s++;
  }
  if (end > s) out.push({ start: s, end });
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
const QUOTE_OPEN = /[“«„"‘']/g;
/** A single mark opens a quote only at the start of a clause and before a capital: 'Trade will follow,' … */
const SINGLE_OPEN = /^['‘]{1,2}\p{Lu}/u;
const SINGLE_MARK = /['’]/;
/** What may follow a closing single mark: a space, a bracket, a dash, punctuation or the end. */
const AFTER_CLOSE = /[\s)\]—–,.;:!?-]/;
const PUNCTUATION_INSIDE = /[,.!?…]/;
const PUNCTUATION_OUTSIDE = /[,.;:!?]/;
/** With the punctuation outside ('It is late', said X), a span this short is a term in scare quotes. */
const MIN_WORDS_OUTSIDE = 4;

function opensSingleQuote(text: string, i: number): boolean {
  if (i > 0 && !/[\s([—–-]/.test(text[i - 1] ?? '')) return false;
  return SINGLE_OPEN.test(text.slice(i, i + 3));
}

/**
 * Where a quote in single marks ('It is late,' said X; the doubled ‘‘It is late,’’; British
 * 'It is late', said X) closes: at its first word-final mark. Only punctuation makes that mark a
 * quote's end: the so-called 'Shanghai Spirit' is a term, not a quote, and must not run on to the
 * next real quote. A plural possessive ("the members' plans") may sit inside a quote, so after an
 * s the search goes on, but never past the next opening mark. -1 when no quote opens at i.
 */
function singleQuoteEnd(text: string, i: number): number {
  if (!opensSingleQuote(text, i)) return -1;
  let j = i + 1;
  while (SINGLE_MARK.test(text[j] ?? '')) j++;
  for (; j < text.length; j++) {
    const ch = text[j] ?? '';
    if (!SINGLE_MARK.test(ch)) continue;
    if (opensSingleQuote(text, j)) return -1;
    let end = j + 1;
    if (SINGLE_MARK.test(text[end] ?? '')) end++;
    const after = text[end] ?? '';
    const before = text[j - 1] ?? '';
    if (after !== '' && !AFTER_CLOSE.test(after)) continue; // inside a word: Russia's
    if (PUNCTUATION_INSIDE.test(before)) return end;
    if (PUNCTUATION_OUTSIDE.test(after) && text.slice(i, j).trim().split(/\s+/).length >= MIN_WORDS_OUTSIDE) return end;
    if (before === 's' && /\s/.test(after)) continue; // the members' plans
    return -1;
  }
  return -1;
}

/**
 * Quoted stretches of a paragraph (quote marks included). A quote left open runs to the end of
 * the paragraph, as news style does for quotes that continue in the next paragraph.
 */
export function findQuotes(text: string): Span[] {
  const spans: Span[] = [];
  QUOTE_OPEN.lastIndex = 0;
  for (let m = QUOTE_OPEN.exec(text); m !== null; m = QUOTE_OPEN.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '‘' || ch === "'") {
      // A single mark that does not open a quote is an apostrophe or a nested quote: skip it.
      const end = singleQuoteEnd(text, i);
      if (end < 0) continue;
      spans.push({ start: i, end });
      QUOTE_OPEN.lastIndex = end;
      continue;
    }
    // A straight quote opens only after a space or bracket: in "5'10"" or "word"s" it does not.
    if (ch === '"' && i > 0 && !/[\s([—–-]/.test(text[i - 1] ?? '')) continue;
    const close = text.indexOf(OPENERS[ch] ?? ch, i + 1);
    const end = close < 0 ? text.length : close + 1;
    spans.push({ start: i, end });
    QUOTE_OPEN.lastIndex = end;
  }
  return spans;
}
