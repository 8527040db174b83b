/**
 * One search over everything the atlas knows: experts, countries (by every English name and alias),
 * themes, organisations, the words of the quotes and the articles' titles. Built once per data set
 * (folding every text once), then each query is a scan of folded strings: plain substring tests,
 * fast enough for tens of thousands of entries, and able to find a name from any part of it (searchQuery.ts runs them).
 */
import type { StatusKind } from './schema';
import type { ScoCore } from './core';
import type { Words } from './evidence';
import { statusInYear } from './statusInYear';
import { acronymsOf, foldForSearch } from './textSearch';

export const SEARCH_KINDS = ['expert', 'country', 'theme', 'organisation', 'quote', 'article'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What choosing a result does: pick an expert, a country or a theme, or open an article. */
export type SearchTarget =
  | { kind: 'expert'; expertId: string }
  | { kind: 'country'; iso3: string }
  | { kind: 'theme'; themeId: string }
  | { kind: 'article'; articleId: string; url: string | undefined; year: number };

export interface SearchEntry {
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

export interface SearchIndex {
  entries: readonly SearchEntry[];
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

function entry(fields: Omit<SearchEntry, 'haystack' | 'titleFolded' | 'acronyms'> & { searched: readonly string[]; acronyms?: readonly string[] }): SearchEntry {
  const { searched, acronyms = [], ...rest } = fields;
  return { ...rest, haystack: searched.map(foldForSearch).join('\n'), titleFolded: foldForSearch(rest.title), acronyms };
}

function countryEntries(data: Pick<ScoCore, 'countries'>, options: SearchIndexOptions): SearchEntry[] {
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
  const entries: SearchEntry[] = [];
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

function indexOf(entries: SearchEntry[]): SearchIndex {
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
