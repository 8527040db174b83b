/**
 * What the core's schema cannot say: indices point into their lists, ids are unique, cited sources
 * exist, and the evidence shards cover every article once. One line per problem.
 */
import { LINK_TABLES, CORE_TABLES, type CoreFile } from './coreSchema';
import { tableProblems, type ListSizes } from './coreTables';

const MAX_PROBLEMS = 8;

function duplicates(ids: readonly string[], what: string, problems: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`${what}: duplicate id "${id}"`);
    seen.add(id);
  }
}

/**
 * The tables' rows against their column specs, indices against the lists' sizes: a plain loop, run
 * on data whose other parts zod has already checked (10,000 articles' tables would keep zod busy
 * for most of a second on the main thread).
 */
export function coreTableProblems(core: Pick<CoreFile, keyof typeof CORE_TABLES | 'links'>, sizes: ListSizes): string[] {
  const problems: string[] = [];
  for (const [name, spec] of Object.entries(CORE_TABLES)) problems.push(...tableProblems(name, spec, core[name as keyof typeof CORE_TABLES], sizes, MAX_PROBLEMS));
  const links: unknown = core.links;
  if (typeof links !== 'object' || links === null) return [...problems, 'links: expected the link tables by kind'];
  for (const [kind, spec] of Object.entries(LINK_TABLES)) problems.push(...tableProblems(`links.${kind}`, spec, (links as Record<string, unknown>)[kind], sizes, MAX_PROBLEMS));
  return problems;
}

export function listSizes(core: Pick<CoreFile, 'articles' | 'experts' | 'themes' | 'countries'>): ListSizes {
  return { articles: core.articles.length, experts: core.experts.length, themes: core.themes.length, countries: core.countries.length };
}

/** Cross-references of a core whose shape is checked. */
export function coreReferenceProblems(core: CoreFile): string[] {
  const problems: string[] = [];
  const articleCount = core.articles.length;
  const sourceIds = new Set(core.sources.map((s) => s.id));
  const countryIds = new Set(core.countries.map((c) => c.iso3));
  duplicates(core.articles.map((a) => a.id), 'articles', problems);
  duplicates(core.experts.map((e) => e.id), 'experts', problems);
  duplicates(core.countries.map((c) => c.iso3), 'countries', problems);
  duplicates(core.themes.map((t) => t.id), 'themes', problems);
  const checkSources = (ids: readonly string[], where: string) => {
    for (const id of ids) if (!sourceIds.has(id)) problems.push(`${where}: unknown source "${id}"`);
  };
  const checkArticles = (indices: readonly number[], where: string) => {
    for (const i of indices) if (i >= articleCount) problems.push(`${where}: article index ${i}, there are ${articleCount} articles`);
  };
  for (const country of core.countries) {
    country.statuses.forEach((s, i) => checkSources(s.sources, `countries.${country.iso3}.statuses.${i}`));
    checkArticles(country.mentions, `countries.${country.iso3}.mentions`);
  }
  for (const expert of core.experts) {
    checkArticles(expert.articles, `experts.${expert.id}.articles`);
    if (expert.country !== null && !countryIds.has(expert.country)) problems.push(`experts.${expert.id}.country: unknown country "${expert.country}"`);
  }
  core.summits.forEach((s, i) => checkSources(s.sources, `summits.${i}`));
  // One number per quote: articles stay below 2^32 and their quotes below 2^21, well inside a double.
  const quoteKeys = new Set<number | string>();
  for (const [, article, number] of core.quotes) {
    const key = number < 2 ** 21 ? article * 2 ** 21 + number : `${article}#${number}`;
    if (quoteKeys.has(key)) problems.push(`quotes: duplicate quote ${core.articles[article]?.id ?? article}#${number}`);
    quoteKeys.add(key);
    if (problems.length > MAX_PROBLEMS) break;
  }
  const covered = core.evidence.reduce((sum, shard) => sum + shard.articles, 0);
  if (covered !== articleCount) problems.push(`evidence: the shards cover ${covered} articles, the core has ${articleCount}`);
  duplicates(core.evidence.map((s) => s.file), 'evidence', problems);
  return problems;
}
