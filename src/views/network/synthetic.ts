/**
 * Synthetic corpora for scale tests: a valid sco.json with a chosen number of network nodes and
 * links, the same for the same seed. Experts cluster around neighbouring articles and popular themes,
 * as in real coverage, so the layout has communities to find rather than a uniform hairball.
 */
import { SCHEMA_VERSION, type Article, type Expert, type Link, type ScoData } from '../../model/schema';
import { seededRandom } from './layoutInput';

export interface SyntheticOptions {
  /** Network nodes: experts + themes + countries. */
  nodes: number;
  /** Network links after summing over articles (expert–theme, expert–country, expert–expert). */
  links: number;
  seed?: number;
}

const FIRST = ['Alina', 'Bakhyt', 'Chen', 'Dilnoza', 'Erlan', 'Farida', 'Gulnara', 'Hamid', 'Irina', 'Jamshid', 'Kamila', 'Li', 'Madina', 'Nurlan', 'Olga', 'Pavel', 'Rustam', 'Saule', 'Timur', 'Umida', 'Viktor', 'Wang', 'Yerlan', 'Zarina'];
const LAST = ['Abenov', 'Baimukhanova', 'Chernova', 'Dzhumaev', 'Ermekov', 'Fedorova', 'Gafurov', 'Huang', 'Ismailova', 'Juraev', 'Karimov', 'Liu', 'Mirzaeva', 'Nazarov', 'Orlova', 'Petrov', 'Qodirov', 'Rakhimova', 'Sadykov', 'Tursunova', 'Usmanov', 'Volkova', 'Xu', 'Yusupov', 'Zhang'];
const THEME_WORDS = ['Security', 'Trade', 'Energy', 'Transport', 'Digital', 'Culture', 'Finance', 'Water', 'Health', 'Tourism', 'Education', 'Climate', 'Agriculture', 'Migration', 'Media', 'Space'];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function letters(index: number): string {
  const a = 'A'.charCodeAt(0);
  return String.fromCharCode(a + Math.floor(index / 676) % 26, a + Math.floor(index / 26) % 26, a + (index % 26));
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

export function syntheticScoData({ nodes, links, seed = 1 }: SyntheticOptions): ScoData {
  const random = seededRandom(seed);
  const themeCount = Math.max(10, Math.round(nodes * 0.03));
  const countryCount = Math.max(6, Math.min(676, Math.round(nodes * 0.02)));
  const expertCount = Math.max(1, nodes - themeCount - countryCount);

  const themes = Array.from({ length: themeCount }, (_, i) => ({
    id: `theme-${i + 1}`,
    label: `${THEME_WORDS[i % THEME_WORDS.length] ?? 'Theme'}${i >= THEME_WORDS.length ? ` ${Math.floor(i / THEME_WORDS.length) + 1}` : ''}`,
    description: 'Synthetic theme.',
  }));
  const countries = Array.from({ length: countryCount }, (_, i) => ({
    iso3: letters(i + 27),
    name: `Country ${letters(i + 27)}`,
    statuses: [],
    mentions: [],
  }));

  // Each expert appears in one to three articles near its own position in the corpus.
  const memberships: number[][] = [];
  let membershipCount = 0;
  for (let i = 0; i < expertCount; i += 1) {
    const count = 1 + (random() < 0.4 ? 1 : 0) + (random() < 0.15 ? 1 : 0);
    memberships.push(Array.from({ length: count }, () => random()));
    membershipCount += count;
  }
  const articleCount = Math.max(1, Math.round(membershipCount / 3));
  const members: number[][] = Array.from({ length: articleCount }, () => []);
  const expertArticles = memberships.map((offsets, i) => {
    const home = (i / expertCount) * articleCount;
    const ids = new Set(offsets.map((o) => Math.floor(home + (o - 0.5) * 12 + articleCount) % articleCount));
    for (const a of ids) members[a]?.push(i);
    return [...ids];
  });
  const articles: Article[] = members.map((_, a) => {
    const year = 2001 + Math.floor((a / articleCount) * 25);
    return { id: `syn-${a}`, title: `Synthetic article ${a + 1}`, outlet: `Outlet ${(a % 40) + 1}`, published: String(year), year, wordCount: 800 };
  });

  // Every country has at least one expert (so the node count is exact); the rest cluster by position.
  const stride = Math.max(1, Math.floor(expertCount / countryCount));
  const countryOf = Array.from({ length: expertCount }, (_, i) =>
    i % stride === 0 && i / stride < countryCount
      ? i / stride
      : Math.min(countryCount - 1, Math.floor(Math.pow(random(), 2) * countryCount * 0.6 + (i / expertCount) * countryCount * 0.4)),
  );

  const pairs: Array<[number, number, number]> = [];
  const seenPairs = new Set<number>();
  members.forEach((inArticle, a) => {
    for (let x = 0; x < inArticle.length; x += 1) {
      for (let y = x + 1; y < inArticle.length; y += 1) {
        const p = inArticle[x] ?? 0;
        const q = inArticle[y] ?? 0;
        const key = Math.min(p, q) * expertCount + Math.max(p, q);
        if (!seenPairs.has(key)) {
          seenPairs.add(key);
          pairs.push([p, q, a]);
        }
      }
    }
  });
  const expertExpertTarget = Math.max(0, Math.round((links - expertCount) / 3));
  const chosenPairs = shuffle(pairs, random).slice(0, expertExpertTarget);
  const expertThemeTarget = Math.max(0, links - expertCount - chosenPairs.length);

  const expertThemes: number[][] = Array.from({ length: expertCount }, () => []);
  for (let k = 0; k < expertThemeTarget; k += 1) {
    const expert = k % expertCount;
    // Popular themes are popular everywhere; each community also has its own (the second term).
    const popular = Math.floor(Math.pow(random(), 3) * themeCount);
    const local = Math.floor((expert / expertCount) * themeCount + random() * 3) % themeCount;
    // The first pass over the themes gives each one a speaker, so the node count is exact.
    let theme = k < themeCount ? (k * 7919) % themeCount : random() < 0.5 ? popular : local;
    const own = expertThemes[expert] ?? [];
    while (own.includes(theme) && own.length < themeCount) theme = (theme + 1) % themeCount;
    if (!own.includes(theme)) own.push(theme);
  }

  const experts: Expert[] = [];
  const dataLinks: Link[] = [];
  for (let i = 0; i < expertCount; i += 1) {
    const id = `x${i + 1}`;
    const name = `${pick(FIRST, random)} ${pick(LAST, random)} ${i + 1}`;
    const articleIds = (expertArticles[i] ?? [0]).map((a) => `syn-${a}`);
    const firstArticle = articleIds[0] ?? 'syn-0';
    const own = expertThemes[i] ?? [];
    const quoteCount = 1 + Math.floor(Math.pow(random(), 2) * 6);
    experts.push({
      id,
      name,
      role: 'expert',
      title: 'analyst',
      organisation: `Institute ${(i % 97) + 1}`,
      country: countries[countryOf[i] ?? 0]?.iso3 ?? null,
      articles: articleIds,
      quotes: Array.from({ length: quoteCount }, (_, q) => ({
        id: `${id}#${q + 1}`,
        articleId: articleIds[q % articleIds.length] ?? firstArticle,
        text: `Synthetic statement ${q + 1} by ${name}.`,
        kind: q % 2 === 0 ? ('direct' as const) : ('reported' as const),
        themes: own.slice(q % Math.max(1, own.length), (q % Math.max(1, own.length)) + 1).map((t) => `theme-${t + 1}`),
      })),
      evidence: [{ articleId: firstArticle, sentence: `${name}, analyst.` }],
    });
    dataLinks.push({ kind: 'expert-country', source: id, target: countries[countryOf[i] ?? 0]?.iso3 ?? 'AAB', articleId: firstArticle, weight: 1 });
    for (const t of own) {
      dataLinks.push({ kind: 'expert-theme', source: id, target: `theme-${t + 1}`, articleId: pick(articleIds, random), weight: 1 + Math.floor(random() * 6) });
    }
  }
  for (const [p, q, a] of chosenPairs) {
    dataLinks.push({ kind: 'expert-expert', source: `x${p + 1}`, target: `x${q + 1}`, articleId: `syn-${a}`, weight: 1 });
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: '2026-01-01T00:00:00.000Z',
    referenceAsOf: '2025-12-31',
    articles,
    countries,
    candidates: [],
    experts,
    themes,
    themeWeights: [],
    links: dataLinks,
    summits: [],
    sources: [],
  };
}
