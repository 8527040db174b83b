/**
 * The map file (sco-map.json): what the map, its legend and its year slider draw before the core is
 * in — countries with their status history, the sources behind it, articles per year and, per
 * candidate, how many articles named it up to each year. Its size depends on the countries and the
 * years, not on the articles (a few KB at 100,000 articles), so the map paints while the core
 * (megabytes) is still arriving. `mapFileOf` makes it from a core: the pipeline writes it beside the
 * core, "Download data" puts it in its zip, and the app checks a loaded core against it.
 * Bump MAP_VERSION when a change would break an older reader.
 */
import { z } from 'zod';
import type { CoreFile } from './coreSchema';
import { CANDIDATE_KINDS, Country, Iso3, PartialDate, SCHEMA_VERSION, Source } from './schema';

export const MAP_VERSION = 1;

const year = z.number().int().min(1000).max(9999);
const count = z.number().int().nonnegative();
const CandidateKind = z.enum(CANDIDATE_KINDS);
export type CandidateKind = z.infer<typeof CandidateKind>;

/** Which core the map file was made from: the app compares the core it loads with it. */
export const MapFileCore = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.iso.datetime(),
  articles: count,
  experts: count,
});
export type MapFileCore = z.infer<typeof MapFileCore>;

/**
 * [year, articles naming the country as a candidate up to that year, the kinds sought up to then
 * (in CANDIDATE_KINDS order), the person's own articles among them]: one row per year in which an
 * article names it, ascending; the counts run on from year to year.
 */
export const CandidacyYear = z.tuple([year, z.number().int().positive(), z.array(CandidateKind).min(1), count]);
export type CandidacyYear = z.infer<typeof CandidacyYear>;

export const MapFile = z.object({
  mapVersion: z.literal(MAP_VERSION),
  core: MapFileCore,
  referenceAsOf: PartialDate,
  countries: z.array(Country.omit({ mentions: true })),
  sources: z.array(Source),
  /** [year, articles published that year, the person's own among them], ascending, years with articles only. */
  articleYears: z.array(z.tuple([year, z.number().int().positive(), count])),
  candidacies: z.array(z.object({ iso3: Iso3, years: z.array(CandidacyYear).min(1) })),
});
export type MapFile = z.infer<typeof MapFile>;

/** What `mapFileOf` reads of a core: the candidates may be a stream of rows (the CLI's tables are). */
export type MapFileInput = Pick<CoreFile, 'schemaVersion' | 'generatedAt' | 'referenceAsOf' | 'sources'> & {
  articles: ReadonlyArray<Pick<CoreFile['articles'][number], 'year' | 'own'>>;
  countries: ReadonlyArray<Pick<CoreFile['countries'][number], 'iso3' | 'name' | 'statuses'>>;
  experts: { length: number };
  candidates: Iterable<CoreFile['candidates'][number]>;
};

const byNumber = (a: number, b: number) => a - b;

/** A core → its map file. Pure: the same core always gives the same file. */
export function mapFileOf(core: MapFileInput): MapFile {
  const { articles } = core;
  const perYear = new Map<number, { articles: number; own: number }>();
  for (const article of articles) {
    const entry = perYear.get(article.year) ?? { articles: 0, own: 0 };
    entry.articles += 1;
    if (article.own === true) entry.own += 1;
    perYear.set(article.year, entry);
  }

  // Per country and year: the distinct articles naming it, its own ones, the kinds. An article has
  // one year, so distinct articles up to a year are the sum of each year's.
  const named = new Map<number, Map<number, { articles: Set<number>; own: Set<number>; kinds: Set<CandidateKind> }>>();
  for (const [country, article, kind] of core.candidates) {
    const at = articles[article];
    if (at === undefined) continue;
    const years = named.get(country) ?? new Map<number, { articles: Set<number>; own: Set<number>; kinds: Set<CandidateKind> }>();
    named.set(country, years);
    const entry = years.get(at.year) ?? { articles: new Set<number>(), own: new Set<number>(), kinds: new Set<CandidateKind>() };
    years.set(at.year, entry);
    entry.articles.add(article);
    if (at.own === true) entry.own.add(article);
    entry.kinds.add(kind);
  }
  const candidacies: MapFile['candidacies'] = [];
  for (const country of [...named.keys()].sort(byNumber)) {
    const iso3 = core.countries[country]?.iso3;
    const years = named.get(country);
    if (iso3 === undefined || years === undefined) continue;
    let upTo = 0;
    let ownUpTo = 0;
    const kinds = new Set<CandidateKind>();
    const rows: CandidacyYear[] = [];
    for (const y of [...years.keys()].sort(byNumber)) {
      const entry = years.get(y);
      if (entry === undefined) continue;
      upTo += entry.articles.size;
      ownUpTo += entry.own.size;
      for (const kind of entry.kinds) kinds.add(kind);
      rows.push([y, upTo, CANDIDATE_KINDS.filter((k) => kinds.has(k)), ownUpTo]);
    }
    candidacies.push({ iso3, years: rows });
  }
  candidacies.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));

  return {
    mapVersion: MAP_VERSION,
    core: { schemaVersion: core.schemaVersion, generatedAt: core.generatedAt, articles: articles.length, experts: core.experts.length },
    referenceAsOf: core.referenceAsOf,
    countries: core.countries.map(({ iso3, name, statuses }) => ({ iso3, name, statuses })),
    sources: core.sources,
    articleYears: [...perYear].sort((a, b) => a[0] - b[0]).map(([y, entry]) => [y, entry.articles, entry.own]),
    candidacies,
  };
}

/**
 * Whether a loaded core is the one the map file was made from; null when it is, else what differs
 * (a page that fetched the two files across a new pipeline run, or files copied from two runs).
 */
export function mapFileMismatch(map: MapFileCore, core: Pick<CoreFile, 'generatedAt'> & { articles: { length: number }; experts: { length: number } }): string | null {
  const differences: string[] = [];
  if (map.generatedAt !== core.generatedAt) differences.push(`written ${map.generatedAt}, the data ${core.generatedAt}`);
  if (map.articles !== core.articles.length) differences.push(`${map.articles} articles, the data ${core.articles.length}`);
  if (map.experts !== core.experts.length) differences.push(`${map.experts} experts, the data ${core.experts.length}`);
  return differences.length === 0 ? null : differences.join('; ');
}

