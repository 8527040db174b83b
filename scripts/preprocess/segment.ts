/**
 * Stage 2, segment: article body → paragraphs (each with a kind) → sentences. The kinds keep
 * bylines, photo credits, datelines and newsletter prompts out of the extraction.
 */

export type ParagraphKind =
  | 'text'
  /** A short line without final punctuation: a section heading or a name heading. */
  | 'heading'
  | 'title'
  /** A photo caption: "FILE - …", a line the page repeats, "X, left, shakes hands with Y". */
  | 'caption'
  | 'dateline'
  | 'credit'
  | 'byline'
  /** "Editor's Note:" and the note itself: the editors' voice, never an expert's. */
  | 'editorial'
  | 'boilerplate';

export interface Paragraph {
  text: string;
  kind: ParagraphKind;
  /** Sentence boundaries, split once (on first use) for every later stage. */
  readonly sentences: Span[];
  /** Quoted stretches (quote marks included), found once on first use. */
  readonly quotes: Span[];
}

/**
 * A paragraph whose sentences and quotations are worked out when a stage first asks, then kept:
 * split once, and never for the bylines, credits and paragraphs no stage reads.
 */
class SegmentedParagraph implements Paragraph {
  private split: Span[] | undefined;
  private quoted: Span[] | undefined;

  constructor(
    readonly text: string,
    public kind: ParagraphKind,
  ) {}

  get sentences(): Span[] {
    this.split ??= splitSentences(this.text);
    return this.split;
  }

  get quotes(): Span[] {
    this.quoted ??= findQuotes(this.text);
    return this.quoted;
  }
}

export interface Span {
  start: number;
  end: number;
}

const CREDIT = /^\(?(?:photo|illustration|image|picture|graphic|video|cover|map|chart)s?(?:\s+(?:credit|courtesy|source|by))?\s*:/i;
const DATELINE = /^(?:published|updated|posted|first published|last updated)\s*(?:on)?\s*:/i;
const BYLINE = /^(?:by|written by|text by|reporting by)\s+\p{Lu}/iu;
const EDITOR_LABEL = /^editor['’]?s\s+note\b/i;
const BOILERPLATE = /\b(?:sign up|subscribe to|newsletter|follow us on|all rights reserved|copyright ©|click here)\b/i;
const MAX_HEADING_WORDS = 14;
const MAX_BYLINE_WORDS = 8;

/** Counts words, giving up after `limit`: callers only ask "is it short?". */
function wordCount(text: string, limit = 1000): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length && count <= limit; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
/**
 * True when the text has two spaces in a row, a tab, a carriage return or a no-break space. Four
 * native searches: a loop over the char codes in JavaScript took three times as long.
 */
const hasLooseSpace = (text: string) => text.includes('  ') || text.includes('\t') || text.includes('\u00a0') || text.includes('\r');
/** Collapses runs of whitespace; most lines have none, and a scan is far cheaper than a regex. */
const normalise = (text: string) => (hasLooseSpace(text) ? text.replace(/\s+/g, ' ') : text).trim();

/** Lines that are metadata stand alone even when no blank line separates them from their neighbours. */
function lineKind(line: string, title: string): ParagraphKind | null {
  if (line.length === title.length && line.toLowerCase() === title.toLowerCase()) return 'title';
  // Every metadata line is short; body lines skip the pattern tests.
  if (line.length > 200) return null;
  if (DATELINE.test(line) && wordCount(line) <= 10) return 'dateline';
  if (CREDIT.test(line) && wordCount(line) <= 20) return 'credit';
  if (BYLINE.test(line) && wordCount(line) <= MAX_BYLINE_WORDS) return 'byline';
  if (EDITOR_LABEL.test(line) && wordCount(line) <= 4) return 'editorial';
  return null;
}

/** Where a photo shows someone ("X, left, shakes hands…", "(front)") or an agency's file photo. */
const CAPTION = /^FILE(?: PHOTO)?\s*[-–—:]|,\s(?:left|right|center|centre|second from (?:left|right)|(?:top|bottom|front|back) (?:left|right|row))\s?,|\((?:left|right|front|centre|center|L|R)\)/;

function textKind(text: string): ParagraphKind {
  if (text.length < 600 && CAPTION.test(text)) return 'caption';
  if (text.length < 600 && BOILERPLATE.test(text) && wordCount(text, 61) <= 60) return 'boilerplate';
  if (EDITOR_LABEL.test(text)) return 'editorial';
  if (text.length < 200 && wordCount(text, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS && !/[.!?:;"”…]$/.test(text) && !/^["“«]/.test(text)) return 'heading';
  return 'text';
}

export function segmentParagraphs(title: string, body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const cleanTitle = normalise(title);
  let lines: string[] = [];
  let afterEditorLabel = false;
  const push = (text: string, kind: ParagraphKind) => {
    const previous = paragraphs[paragraphs.length - 1];
    // A page that shows a photo's caption twice (alt text and caption): both copies are the caption.
    if (previous !== undefined && previous.text === text && (previous.kind === 'text' || previous.kind === 'heading' || previous.kind === 'caption')) {
      previous.kind = 'caption';
      kind = 'caption';
    }
    paragraphs.push(new SegmentedParagraph(text, kind));
  };
  const flush = () => {
    // Each line is normalised already: trimmed and joined by single spaces, they need no second pass.
    const text = lines.join(' ');
    lines = [];
    if (text === '') return;
    // The note's text follows its label: the editors speaking, not an expert.
    const kind = afterEditorLabel ? 'editorial' : textKind(text);
    afterEditorLabel = false;
    push(text, kind);
  };
  for (const rawLine of body.split('\n')) {
    const line = normalise(rawLine);
    if (line === '') {
      flush();
      continue;
    }
    const kind = lineKind(line, cleanTitle);
    if (kind === null) {
      lines.push(line);
      continue;
    }
    flush();
    push(line, kind);
    if (kind === 'editorial') afterEditorLabel = true;
  }
  flush();
  return paragraphs;
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
