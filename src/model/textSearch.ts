/**
 * Matching what a person types against names and text, the way people expect a search box to:
 * case and accents do not matter ("turkiye" finds "Türkiye", "velizade" finds "Vélizadé"), curly and
 * straight quotes are the same, every word must be found, in any order. Matches are given back as
 * ranges of the original text, so a view can mark them (as text, never as HTML).
 */

/** Letters that NFD does not take apart but that people type without their stroke or dot. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ß: 'ss', '’': "'", '‘': "'", '“': '"', '”': '"', '‐': '-', '–': '-', '—': '-' };

function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return EXTRA_FOLDS[lower] ?? lower.normalize('NFD').replace(/\p{M}/gu, '');
}

const EXTRA_FOLD_PATTERN = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'gu');

/**
 * Lower case, without accents: the form both sides of a comparison are brought to. The whole
 * string at once (an index folds every quote): the same as folding it letter by letter.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(EXTRA_FOLD_PATTERN, (char) => EXTRA_FOLDS[char] ?? char)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The folded text and, for each of its characters, where it came from in the original. */
export interface FoldedText {
  folded: string;
  /** `origin[i]` is the index in the original text of the character that gave folded[i]; one extra entry at the end. */
  origin: number[];
}

export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = foldChar(char);
    folded += f;
    for (let i = 0; i < f.length; i += 1) origin.push(index);
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** The words of a query, folded; empty for a blank query. */
export function queryWords(query: string): string[] {
  return [...new Set(foldForSearch(query).split(/[\s,;]+/).filter((w) => w !== ''))];
}

/** A stretch of the original text, [start, end). */
export type TextRange = [number, number];

/** Every place in `text` where one of the words occurs, merged where they touch, in order. */
export function matchRanges(text: string, words: readonly string[]): TextRange[] {
  if (words.length === 0) return [];
  const { folded, origin } = foldWithOrigin(text);
  const ranges: TextRange[] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      ranges.push([origin[at] ?? 0, origin[at + word.length] ?? text.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** The text cut into plain and matched parts, for a view to render as text with <mark>s. */
export interface TextSegment {
  text: string;
  match: boolean;
}

export function segmentsOf(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const [start, end] of ranges) {
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    if (end > start) segments.push({ text: text.slice(start, end), match: true });
    last = Math.max(last, end);
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

/**
 * A window of a long text around its first match, cut at word boundaries with ellipses, and the
 * matches within it: a quote's line in a result list.
 */
export function snippetAround(text: string, words: readonly string[], before = 50, length = 150): { text: string; ranges: TextRange[] } {
  const ranges = matchRanges(text, words);
  const first = ranges[0]?.[0] ?? 0;
  if (text.length <= length) return { text, ranges };
  let start = Math.max(0, first - before);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > first ? start : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = start - prefix.length;
  const inside = ranges.filter(([s, e]) => s < end && e > start).map(([s, e]): TextRange => [Math.max(s, start) - shift, Math.min(e, end) - shift]);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, ranges: inside };
}

/**
 * Initials of each run of two or more words ("Lao People's Democratic Republic" → lp, lpd, lpdr, pd,
 * pdr, dr), so "Lao PDR" or "UAE" finds a country by the short form people write.
 */
export function acronymsOf(name: string, longest = 6): string[] {
  const initials = foldForSearch(name)
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w !== '' && w !== 'of' && w !== 'the' && w !== 'and')
    .map((w) => w[0] ?? '');
  const found = new Set<string>();
  for (let start = 0; start < initials.length; start += 1) {
    for (let end = start + 2; end <= Math.min(initials.length, start + longest); end += 1) found.add(initials.slice(start, end).join(''));
  }
  return [...found];
}
