/**
 * One search over everything the atlas knows: experts, countries (by every English name and alias),
 * themes, organisations, the words of the quotes and the articles' titles. Built once per data set
 * (folding every text once), then each query is a scan of folded strings: plain substring tests,
 * fast enough for tens of thousands of entries, and able to find a name from any part of it.
 */
import type { StatusKind } from './schema';
import type { ScoCore } from './core';
import type { Words } from './evidence';
import { statusInYear } from './statusInYear';
import { acronymsOf, foldForSearch, matchRanges, queryWords, snippetAround, type TextRange } from './textSearch';

export const SEARCH_KINDS = ['expert', 'country', 'theme', 'organisation', 'quote', 'article'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What choosing a result does: pick an expert, a country or a theme, or open an article. */
export type SearchTarget =
  | { kind: 'expert'; expertId: string }
  | { kind: 'country'; iso3: string }
  | { kind: 'theme'; themeId: string }
  | { kind: 'article'; articleId: string; url: string | undefined; year: number };

interface Entry {
  kind: SearchKind;
  /** Unique across the index. */
  key: string;
  target: SearchTarget;
  /** What the result shows first (a name, a title). */
  title: string;
  /** What it shows beneath (an expert's role, a country's status, the quote itself). */
  detail: string;
  /** The texts searched, folded and joined; the first is the title. */
  haystack: string;
  titleFolded: string;
  /** Other texts that matched words may come from (aliases, a quote), shown when the title does not match. */
  alternates: readonly string[];
  /** Short forms matched as whole words ("uae", "pdr"). */
  acronyms: readonly string[];
  /** Sorts results of equal score: quotes by their expert, countries of the data before the rest of the world. */
  order: number;
}

type Scored = { entry: Entry; score: number };

/** Best first: score, then the entry's order, then its title. */
function better(a: Scored, b: Scored): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.order !== b.entry.order) return a.entry.order < b.entry.order;
  return a.entry.titleFolded < b.entry.titleFolded;
}

export interface SearchIndex {
  entries: readonly Entry[];
  /** Every entry's folded haystack, joined by NUL: one string to scan for a word. */
  text: string;
  /** Where each entry's haystack starts in `text`, ascending. */
  starts: Int32Array;
  /** Entries by the short forms of their names ("uae" → United Arab Emirates). */
  byAcronym: ReadonlyMap<string, readonly number[]>;
  size: number;
}

/** English names of a country (official, short, aliases), as i18n-iso-countries gives them. */
export interface CountryNames {
  iso3: string;
  /** The name to show when the data has none of its own. */
  title: string;
  names: readonly string[];
}

export interface SearchIndexOptions {
  /** Every country's names; the data's own countries are searchable without it. */
  countryNames?: readonly CountryNames[];
  /** The year and day a country's status is stated for (the map's last year). */
  lastYear?: number;
  asOf?: string;
  /** The quotes' words (they live in the evidence files): without them, quotes are not searched. */
  words?: Words;
}

const STATUS_WORD: Record<StatusKind, string> = {
  member: 'SCO member',
  partner: 'SCO partner',
  observer: 'SCO observer',
  'dialogue-partner': 'SCO dialogue partner',
  applicant: 'applicant to the SCO',
};

function entry(fields: Omit<Entry, 'haystack' | 'titleFolded' | 'acronyms'> & { searched: readonly string[]; acronyms?: readonly string[] }): Entry {
  const { searched, acronyms = [], ...rest } = fields;
  return { ...rest, haystack: searched.map(foldForSearch).join('\n'), titleFolded: foldForSearch(rest.title), acronyms };
}

function countryEntries(data: Pick<ScoCore, 'countries'>, options: SearchIndexOptions): Entry[] {
  const names = new Map<string, { title: string; all: Set<string>; inData: boolean; status: StatusKind | null }>();
  for (const country of data.countries) {
    const status = options.lastYear !== undefined && options.asOf !== undefined ? statusInYear(country, options.lastYear, options.asOf) : null;
    names.set(country.iso3, { title: country.name, all: new Set([country.name]), inData: true, status });
  }
  for (const { iso3, title: countryTitle, names: known } of options.countryNames ?? []) {
    const existing = names.get(iso3);
    if (existing !== undefined) for (const name of known) existing.all.add(name);
    else names.set(iso3, { title: countryTitle, all: new Set([countryTitle, ...known]), inData: false, status: null });
  }
  return [...names].map(([iso3, country]) => {
    const others = [...country.all].filter((n) => n !== country.title);
    const detail = country.status !== null ? STATUS_WORD[country.status] : country.inData ? 'no SCO status now' : 'not in the SCO data';
    return entry({
      kind: 'country',
      key: `country:${iso3}`,
      target: { kind: 'country', iso3 },
      title: country.title,
      detail,
      searched: [country.title, ...others, iso3],
      alternates: others,
      acronyms: [...country.all].flatMap((n) => acronymsOf(n)),
      order: country.inData ? 0 : 1,
    });
  });
}

/** The index for a data set. */
export function buildSearchIndex(data: ScoCore, options: SearchIndexOptions = {}): SearchIndex {
  const countryName = new Map(data.countries.map((c) => [c.iso3, c.name]));
  for (const { iso3, title } of options.countryNames ?? []) if (!countryName.has(iso3)) countryName.set(iso3, title);
  const entries: Entry[] = [];
  data.experts.forEach((expert, i) => {
    const from = expert.country === null ? undefined : countryName.get(expert.country);
    const role = [expert.title, expert.organisation].filter((t) => t !== undefined && t !== '').join(', ');
    const detail = [role, from].filter((t) => t !== undefined && t !== '').join(' · ');
    entries.push(
      entry({ kind: 'expert', key: `expert:${expert.id}`, target: { kind: 'expert', expertId: expert.id }, title: expert.name, detail, searched: [expert.name, role, from ?? '', expert.city ?? ''], alternates: [], order: i }),
    );
    if (expert.organisation !== undefined && expert.organisation !== '') {
      entries.push(
        entry({
          kind: 'organisation',
          key: `organisation:${expert.id}`,
          target: { kind: 'expert', expertId: expert.id },
          title: expert.organisation,
          detail: expert.name,
          searched: [expert.organisation],
          alternates: [],
          acronyms: acronymsOf(expert.organisation),
          order: i,
        }),
      );
    }
    for (const quote of expert.quotes) {
      const text = options.words?.quote(quote);
      if (text === undefined) continue;
      entries.push(entry({ kind: 'quote', key: `quote:${quote.id}`, target: { kind: 'expert', expertId: expert.id }, title: expert.name, detail: text, searched: [text], alternates: [], order: i }));
    }
  });
  entries.push(...countryEntries(data, options));
  data.themes.forEach((theme, i) => {
    entries.push(entry({ kind: 'theme', key: `theme:${theme.id}`, target: { kind: 'theme', themeId: theme.id }, title: theme.label, detail: theme.description, searched: [theme.label, theme.description], alternates: [], order: i }));
  });
  data.articles.forEach((article, i) => {
    entries.push(
      entry({
        kind: 'article',
        key: `article:${article.id}`,
        target: { kind: 'article', articleId: article.id, url: article.url, year: article.year },
        title: article.title,
        detail: `${article.outlet}, ${article.published}`,
        searched: [article.title, article.outlet],
        alternates: [],
        order: i,
      }),
    );
  });
  return indexOf(entries);
}

function indexOf(entries: Entry[]): SearchIndex {
  const starts = new Int32Array(entries.length);
  let offset = 0;
  entries.forEach((e, i) => {
    starts[i] = offset;
    offset += e.haystack.length + 1;
  });
  const byAcronym = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const acronym of new Set(e.acronyms)) byAcronym.set(acronym, [...(byAcronym.get(acronym) ?? []), i]);
  });
  return { entries, text: entries.map((e) => e.haystack).join('\u0000'), starts, byAcronym, size: entries.length };
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
function scoreOf(entry: Entry, words: readonly string[], phrase: string): number {
  const title = entry.titleFolded;
  if (title === phrase) return 100;
  let score = title.startsWith(phrase) ? 60 : entry.haystack.includes(phrase) ? 20 : 0;
  for (const word of words) {
    if (title.includes(word)) score += startsAWord(title, word) ? 8 : 4;
    else if (entry.acronyms.includes(word)) score += 6;
  }
  return score;
}

function hitOf(entry: Entry, words: readonly string[], score: number): SearchHit {
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
    const entry = index.entries[i] as Entry;
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
