/**
 * Stage 2, segment: article body → paragraphs (each with a kind) → sentences. The kinds keep
 * bylines, photo credits, datelines and newsletter prompts out of the extraction. A paragraph's
 * sentences and quotes are found by paragraphSpans.ts.
 */
import { findQuotes, splitSentences, type Span } from './paragraphSpans';

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
    // A paragraph of one line would be a slice of the body, whose characters V8 reads several times
    // slower (charCodeAt, in the tokenizer and every matcher after it) than a string of its own:
    // it gets its own copy. Lines joined by a space make a new string anyway.
    const text = lines.length === 1 ? structuredClone(lines[0] ?? '') : lines.join(' ');
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
