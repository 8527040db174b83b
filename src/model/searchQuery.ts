/**
 * Queries over a SearchIndex (searchIndex.ts builds it): each query word is found by scanning the one
 * joined, folded text, the entries holding every word are scored, and the best few of each kind kept.
 */
import { matchRanges, queryWords, snippetAround, type TextRange } from './textSearch';
import { SEARCH_KINDS, type SearchEntry, type SearchIndex, type SearchKind, type SearchTarget } from './searchIndex';

type Scored = { entry: SearchEntry; score: number };

/** Best first: score, then the entry's order, then its title. */
function better(a: Scored, b: Scored): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.order !== b.entry.order) return a.entry.order < b.entry.order;
  return a.entry.titleFolded < b.entry.titleFolded;
}

/** The entry whose haystack holds position `at` of the index's text. */
function entryAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Entries whose haystack contains `word`, or whose short forms include it; ascending. */
function entriesWith(index: SearchIndex, word: string): number[] {
  const hits: number[] = [];
  for (let at = index.text.indexOf(word); at !== -1; at = index.text.indexOf(word, at + 1)) {
    const i = entryAt(index.starts, at);
    hits.push(i);
    // One hit per entry is enough: go on from the next entry's start.
    const next = index.starts[i + 1];
    if (next === undefined) break;
    at = next - 1;
  }
  const byAcronym = index.byAcronym.get(word);
  return byAcronym === undefined ? hits : [...new Set([...hits, ...byAcronym])].sort((x, y) => x - y);
}

function intersect(a: readonly number[], b: readonly number[]): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      both.push(x);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return both;
}

/**
 * Entries that contain every word, ascending: each word is looked for in the one joined text (a
 * fast scan, far cheaper than testing each entry), and the lists are intersected.
 */
function candidates(index: SearchIndex, words: readonly string[]): number[] {
  let result: number[] | null = null;
  for (const word of words) {
    result = result === null ? entriesWith(index, word) : intersect(result, entriesWith(index, word));
    if (result.length === 0) break;
  }
  return result ?? [];
}

/** One result: what to show, with the matched stretches of each text. */
export interface SearchHit {
  key: string;
  kind: SearchKind;
  target: SearchTarget;
  title: string;
  titleMatches: TextRange[];
  detail: string;
  detailMatches: TextRange[];
  /** Another name the result was found by ("Türkiye" for Turkey), when the title itself does not match. */
  alias: string | null;
  aliasMatches: TextRange[];
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  /** Every match of the kind; `hits` holds the best of them. */
  total: number;
  hits: SearchHit[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `word` starts a word of `text` (both folded). */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) if (at === 0 || !WORD_CHAR.test(text[at - 1] ?? '')) return true;
  return false;
}

/** Higher is better: the whole query as the title, the title starting with it, a title word starting with each word. */
function scoreOf(entry: SearchEntry, words: readonly string[], phrase: string): number {
  const title = entry.titleFolded;
  if (title === phrase) return 100;
  let score = title.startsWith(phrase) ? 60 : entry.haystack.includes(phrase) ? 20 : 0;
  for (const word of words) {
    if (title.includes(word)) score += startsAWord(title, word) ? 8 : 4;
    else if (entry.acronyms.includes(word)) score += 6;
  }
  return score;
}

function hitOf(entry: SearchEntry, words: readonly string[], score: number): SearchHit {
  const titleMatches = matchRanges(entry.title, words);
  const quote = entry.kind === 'quote' || entry.kind === 'theme' ? snippetAround(entry.detail, words) : { text: entry.detail, ranges: matchRanges(entry.detail, words) };
  const alias = titleMatches.length === 0 ? (entry.alternates.find((a) => matchRanges(a, words).length > 0) ?? null) : null;
  return {
    key: entry.key,
    kind: entry.kind,
    target: entry.target,
    title: entry.title,
    titleMatches,
    detail: quote.text,
    detailMatches: quote.ranges,
    alias,
    aliasMatches: alias === null ? [] : matchRanges(alias, words),
    score,
  };
}

export interface SearchOptions {
  /** Results shown per kind; the group's total counts them all. */
  perGroup?: number;
}

/** Results grouped by kind, in SEARCH_KINDS order, best first; kinds without a match are left out. */
export function searchAll(index: SearchIndex, query: string, { perGroup = 5 }: SearchOptions = {}): SearchGroup[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  // Only the best few of each kind are shown: keep those (insertion into a short list) and count the rest.
  const best = new Map<SearchKind, Scored[]>();
  const totals = new Map<SearchKind, number>();
  for (const i of candidates(index, words)) {
    const entry = index.entries[i] as SearchEntry;
    totals.set(entry.kind, (totals.get(entry.kind) ?? 0) + 1);
    const list = best.get(entry.kind) ?? [];
    best.set(entry.kind, list);
    const scored = { entry, score: scoreOf(entry, words, phrase) };
    if (list.length === perGroup && !better(scored, list[list.length - 1] as Scored)) continue;
    let at = list.length;
    while (at > 0 && better(scored, list[at - 1] as Scored)) at -= 1;
    list.splice(at, 0, scored);
    if (list.length > perGroup) list.pop();
  }
  const groups: SearchGroup[] = [];
  for (const kind of SEARCH_KINDS) {
    const list = best.get(kind);
    if (list === undefined) continue;
    groups.push({ kind, total: totals.get(kind) ?? 0, hits: list.map(({ entry, score }) => hitOf(entry, words, score)) });
  }
  return groups;
}

/** Ids of every expert the query finds, by name, role, organisation, country or the words of a quote. */
export function matchingExperts(index: SearchIndex, query: string): Set<string> {
  const words = queryWords(query);
  const experts = new Set<string>();
  if (words.length === 0) return experts;
  for (const i of candidates(index, words)) {
    const target = index.entries[i]?.target;
    if (target?.kind === 'expert') experts.add(target.expertId);
  }
  return experts;
}
