import type { ScoData } from './schema';

/**
 * Cross-references the schema cannot express: every id that one part of the data uses
 * must exist in another. Returns one line per broken reference (empty when all is well).
 */
export function findBrokenReferences(data: ScoData): string[] {
  const problems: string[] = [];
  const articleIds = new Set(data.articles.map((a) => a.id));
  const themeIds = new Set(data.themes.map((t) => t.id));
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const expertIds = new Set(data.experts.map((e) => e.id));
  const countryIds = new Set(data.countries.map((c) => c.iso3));

  const checkArticle = (id: string, where: string) => {
    if (!articleIds.has(id)) problems.push(`${where}: unknown article "${id}"`);
  };
  const checkSources = (ids: string[], where: string) => {
    for (const id of ids) if (!sourceIds.has(id)) problems.push(`${where}: unknown source "${id}"`);
  };
  const checkUnique = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what}: duplicate id "${id}"`);
      seen.add(id);
    }
  };

  checkUnique(data.articles.map((a) => a.id), 'articles');
  checkUnique(data.experts.map((e) => e.id), 'experts');
  checkUnique(data.countries.map((c) => c.iso3), 'countries');
  checkUnique(data.themes.map((t) => t.id), 'themes');

  for (const country of data.countries) {
    country.statuses.forEach((s, i) => checkSources(s.sources, `countries.${country.iso3}.statuses.${i}`));
    for (const m of country.mentions) checkArticle(m.articleId, `countries.${country.iso3}.mentions`);
  }
  for (const c of data.candidates) checkArticle(c.articleId, `candidates.${c.iso3}`);
  for (const expert of data.experts) {
    for (const a of expert.articles) checkArticle(a, `experts.${expert.id}.articles`);
    if (expert.country !== null && !countryIds.has(expert.country)) {
      problems.push(`experts.${expert.id}.country: unknown country "${expert.country}"`);
    }
    for (const q of expert.quotes) {
      checkArticle(q.articleId, `experts.${expert.id}.quotes.${q.id}`);
      for (const t of q.themes) if (!themeIds.has(t)) problems.push(`experts.${expert.id}.quotes.${q.id}: unknown theme "${t}"`);
    }
  }
  for (const w of data.themeWeights) {
    checkArticle(w.articleId, 'themeWeights');
    if (!themeIds.has(w.themeId)) problems.push(`themeWeights: unknown theme "${w.themeId}"`);
  }
  // A link always starts at an expert; its kind says what the target is.
  const targetIds = { 'expert-theme': themeIds, 'expert-country': countryIds, 'expert-expert': expertIds };
  for (const link of data.links) {
    checkArticle(link.articleId, `links.${link.kind}`);
    if (!expertIds.has(link.source)) problems.push(`links.${link.kind}: unknown expert "${link.source}"`);
    if (!targetIds[link.kind].has(link.target)) problems.push(`links.${link.kind}: unknown target "${link.target}"`);
  }
  data.summits.forEach((s, i) => checkSources(s.sources, `summits.${i}`));
  return problems;
}
