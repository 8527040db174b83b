/**
 * A small network shaped like the seed articles (a 2022 Global Times piece with four experts,
 * a 2024 Astana Times piece with seven), for unit and component tests while the pipeline is built.
 */
import { makeScoData } from '../../../tests/fixtures/scoData';
import type { Expert, Link, ScoData } from '../../model/schema';

interface ExpertSeed {
  id: string;
  name: string;
  title: string;
  organisation: string;
  country: string;
  article: 'gt-2022' | 'at-2024';
  themes: string[];
}

const EXPERTS: ExpertSeed[] = [
  { id: 'anton-bugayenko', name: 'Anton Bugayenko', title: 'chief expert', organisation: 'Institute of World Economy and Politics', country: 'KAZ', article: 'gt-2022', themes: ['belt-and-road', 'economy'] },
  { id: 'oleg-ivanov', name: 'Oleg Ivanov', title: 'deputy head', organisation: 'Diplomatic Academy', country: 'RUS', article: 'gt-2022', themes: ['security', 'expansion'] },
  { id: 'sheradil-baktygulov', name: 'Sheradil Baktygulov', title: 'political analyst', organisation: 'Independent', country: 'KGZ', article: 'gt-2022', themes: ['multilateralism'] },
  { id: 'farkhod-tolipov', name: 'Farkhod Tolipov', title: 'director', organisation: 'Knowledge Caravan', country: 'UZB', article: 'gt-2022', themes: ['security', 'belt-and-road'] },
  { id: 'rizat-tasym', name: 'Rizat Tasym', title: 'political scientist', organisation: 'Kazinform', country: 'KAZ', article: 'at-2024', themes: ['expansion'] },
  { id: 'zhanar-tulindinova', name: 'Zhanar Tulindinova', title: 'executive director', organisation: 'Institute of Parliamentarism', country: 'KAZ', article: 'at-2024', themes: ['geopolitics'] },
  { id: 'olzhas-beisenbayev', name: 'Olzhas Beisenbayev', title: 'deputy chairman', organisation: 'Kazakhstan Institute of Public Development', country: 'KAZ', article: 'at-2024', themes: ['digital'] },
  { id: 'ainur-abaykyzy', name: 'Ainur Abaykyzy', title: 'expert', organisation: 'Kazakhstan Institute of Public Development', country: 'KAZ', article: 'at-2024', themes: ['institutions'] },
  { id: 'aladin-mustafayev', name: 'Aladin Mustafayev', title: 'political scientist', organisation: 'Assembly of the People of Kazakhstan', country: 'KAZ', article: 'at-2024', themes: ['economy', 'culture'] },
  { id: 'ilqar-velizade', name: 'Ilqar Velizade', title: 'political scientist', organisation: 'Independent', country: 'AZE', article: 'at-2024', themes: ['security'] },
  { id: 'marat-terterov', name: 'Marat Terterov', title: 'director', organisation: 'European Geopolitical Forum', country: 'BEL', article: 'at-2024', themes: ['geopolitics', 'economy'] },
];

const THEMES = [
  ['belt-and-road', 'Belt and Road'],
  ['economy', 'Economy and trade'],
  ['security', 'Security'],
  ['expansion', 'Expansion'],
  ['multilateralism', 'Multilateralism'],
  ['geopolitics', 'Geopolitics'],
  ['digital', 'Digital cooperation'],
  ['institutions', 'Institutions'],
  ['culture', 'Culture and education'],
] as const;

const COUNTRIES = [
  ['KAZ', 'Kazakhstan'],
  ['RUS', 'Russia'],
  ['KGZ', 'Kyrgyzstan'],
  ['UZB', 'Uzbekistan'],
  ['AZE', 'Azerbaijan'],
  ['BEL', 'Belgium'],
] as const;

export function makeNetworkData(): ScoData {
  const experts: Expert[] = EXPERTS.map((e) => ({
    id: e.id,
    name: e.name,
    role: 'expert',
    title: e.title,
    organisation: e.organisation,
    country: e.country,
    articles: [e.article],
    quotes: e.themes.map((theme, i) => ({
      id: `${e.article}#${e.id}-${i + 1}`,
      articleId: e.article,
      text: `${e.name} on ${theme}.`,
      kind: i === 0 ? 'direct' : 'reported',
      themes: [theme],
    })),
    evidence: [{ articleId: e.article, sentence: `${e.name}, ${e.title}` }],
  }));
  const links: Link[] = [];
  for (const e of EXPERTS) {
    links.push({ kind: 'expert-country', source: e.id, target: e.country, articleId: e.article, weight: 1 });
    e.themes.forEach((theme, i) => links.push({ kind: 'expert-theme', source: e.id, target: theme, articleId: e.article, weight: 3 - i }));
  }
  // Co-appearance, emitted in both directions as a pipeline might: the graph must count each pair once.
  for (const a of EXPERTS) {
    for (const b of EXPERTS) {
      if (a.id !== b.id && a.article === b.article) links.push({ kind: 'expert-expert', source: a.id, target: b.id, articleId: a.article, weight: 1 });
    }
  }
  return makeScoData({
    articles: [
      { id: 'gt-2022', title: 'SCO a model of successful regional cooperation', outlet: 'Global Times', url: 'https://www.globaltimes.cn/page/202209/1275389.shtml', published: '2022-09-16', year: 2022, wordCount: 700 },
      { id: 'at-2024', title: 'SCO Summit: Kazakh, Foreign Experts Share Insights Following Major Event', outlet: 'The Astana Times', url: 'https://astanatimes.com/2024/07/sco-summit-kazakh-foreign-experts-share-insights-following-major-event/', published: '2024-07', year: 2024, wordCount: 1400 },
    ],
    countries: COUNTRIES.map(([iso3, name]) => ({ iso3, name, statuses: [], mentions: [] })),
    experts,
    themes: THEMES.map(([id, label]) => ({ id, label, description: label })),
    themeWeights: [],
    links,
  });
}
