/**
 * Test data for the map: the membership history as the lead modelled it from
 * ../shared/reference/sco-membership-facts.md (the pipeline builds the real file from data/reference/),
 * with two articles, a few experts and candidates. Only tests import this file.
 */
import type { ScoData, StatusKind, StatusPeriod } from '../../../model/schema';

type Row = [status: StatusKind, from: string, to: string | undefined, sources: string[], note?: string];

const TIANJIN = '2025-09-01';
const TIANJIN_SOURCES = ['S1', 'S2', 'S3', 'S4'];
const SHANGHAI_FIVE = 'Shanghai Five (the SCO’s forerunner)';

const founder = (extra: string[] = []): Row[] => [
  ['member', '1996-04-26', '2001-06-15', ['S5', ...extra], SHANGHAI_FIVE],
  ['member', '2001-06-15', undefined, ['S6']],
];

/** A status that ended at Tianjin, followed by the single partner status. */
const untilTianjin = (status: StatusKind, from: string, sources: string[], note?: string): Row[] => [
  [status, from, TIANJIN, sources, note],
  ['partner', TIANJIN, undefined, TIANJIN_SOURCES],
];

const HISTORY: Record<string, { name: string; rows: Row[] }> = {
  CHN: { name: 'China', rows: founder() },
  KAZ: { name: 'Kazakhstan', rows: founder() },
  KGZ: { name: 'Kyrgyzstan', rows: founder() },
  RUS: { name: 'Russia', rows: founder() },
  TJK: { name: 'Tajikistan', rows: founder() },
  UZB: { name: 'Uzbekistan', rows: [['member', '2001-06-15', undefined, ['S6', 'S7']]] },
  IND: {
    name: 'India',
    rows: [
      ['observer', '2005-07', '2017-06-09', ['S8']],
      ['applicant', '2014-09', '2017-06-09', ['S9']],
      ['member', '2017-06-09', undefined, ['S12']],
    ],
  },
  PAK: {
    name: 'Pakistan',
    rows: [
      ['observer', '2005-07', '2017-06-09', ['S8']],
      ['applicant', '2006', '2017-06-09', ['S13', 'S14', 'S9'], 'Application year conflicts: 2006 (S13), 2010 (S14), 2014 (S9)'],
      ['member', '2017-06-09', undefined, ['S12']],
    ],
  },
  IRN: {
    name: 'Iran',
    rows: [
      ['observer', '2005-07', '2023-07-04', ['S8', 'S15'], 'June or July 2005: sources differ'],
      ['applicant', '2008', '2023-07-04', ['S16']],
      ['member', '2023-07-04', undefined, ['S18']],
    ],
  },
  BLR: {
    name: 'Belarus',
    rows: [
      ['dialogue-partner', '2010', '2015-07', ['S19', 'S21']],
      ['observer', '2015-07', '2024-07-04', ['S21']],
      ['applicant', '2022-07', '2024-07-04', ['S21']],
      ['member', '2024-07-04', undefined, ['S22']],
    ],
  },
  MNG: { name: 'Mongolia', rows: untilTianjin('observer', '2004-06', ['S8', 'S23']) },
  AFG: { name: 'Afghanistan', rows: untilTianjin('observer', '2012-06', ['S23', 'S24'], 'Uncertain since August 2021') },
  LKA: { name: 'Sri Lanka', rows: untilTianjin('dialogue-partner', '2009', ['S19', 'S25']) },
  TUR: { name: 'Türkiye', rows: untilTianjin('dialogue-partner', '2012-06-07', ['S26']) },
  ARM: { name: 'Armenia', rows: untilTianjin('dialogue-partner', '2015-07-10', ['S10']) },
  AZE: {
    name: 'Azerbaijan',
    rows: [...untilTianjin('dialogue-partner', '2015-07-10', ['S10']), ['applicant', '2025', undefined, ['S34', 'S35'], 'Under consideration']],
  },
  KHM: { name: 'Cambodia', rows: untilTianjin('dialogue-partner', '2015-07-10', ['S10']) },
  NPL: { name: 'Nepal', rows: untilTianjin('dialogue-partner', '2015-07-10', ['S31']) },
  EGY: { name: 'Egypt', rows: untilTianjin('dialogue-partner', '2022-09-14', ['S39']) },
  QAT: { name: 'Qatar', rows: untilTianjin('dialogue-partner', '2022-09-14', ['S40']) },
  SAU: { name: 'Saudi Arabia', rows: untilTianjin('dialogue-partner', '2022-09', ['S42']) },
  BHR: { name: 'Bahrain', rows: untilTianjin('dialogue-partner', '2022-09', ['S17'], 'Memorandum signed 15 Jul 2023') },
  KWT: { name: 'Kuwait', rows: untilTianjin('dialogue-partner', '2022-09', ['S17']) },
  MDV: { name: 'Maldives', rows: untilTianjin('dialogue-partner', '2022-09', ['S47']) },
  MMR: { name: 'Myanmar', rows: untilTianjin('dialogue-partner', '2022-09', ['S17']) },
  ARE: { name: 'United Arab Emirates', rows: untilTianjin('dialogue-partner', '2022-09', ['S17']) },
  LAO: { name: 'Laos', rows: [['partner', TIANJIN, undefined, TIANJIN_SOURCES]] },
  SYR: { name: 'Syria', rows: [['applicant', '2015-02', undefined, ['S30'], 'Observer request; little follow-up']] },
  BGD: { name: 'Bangladesh', rows: [['applicant', '2015', undefined, ['S30']]] },
};

const periodsOf = (rows: Row[]): StatusPeriod[] =>
  rows.map(([status, from, to, sources, note]) => ({
    status,
    from,
    ...(to !== undefined ? { to } : {}),
    sources,
    ...(note !== undefined ? { note } : {}),
  }));

const sourceIds = [...new Set(Object.values(HISTORY).flatMap((h) => h.rows.flatMap((r) => r[3])))].sort();

const GT = '2022-09-16-global-times-sco-model-of-regional-cooperation';
const AT = '2024-07-astana-times-sco-summit-experts-share-insights';

export function makeScoFixture(): ScoData {
  return {
    schemaVersion: 1,
    generatedAt: '2026-01-01T00:00:00.000Z',
    referenceAsOf: TIANJIN,
    articles: [
      { id: GT, title: 'SCO: a model of regional cooperation', outlet: 'Global Times', published: '2022-09-16', year: 2022, wordCount: 1200 },
      {
        id: AT,
        title: 'SCO summit: experts share insights',
        outlet: 'The Astana Times',
        url: 'https://astanatimes.com/2024/07/sco-summit-kazakh-foreign-experts-share-insights-following-major-event/',
        published: '2024-07-05',
        year: 2024,
        wordCount: 1500,
      },
    ],
    countries: [
      ...Object.entries(HISTORY).map(([iso3, { name, rows }]) => ({
        iso3,
        name,
        statuses: periodsOf(rows),
        mentions: iso3 === 'KAZ' || iso3 === 'CHN' ? [{ articleId: AT, sentence: `${name} hosted talks.` }] : [],
      })),
      { iso3: 'BEL', name: 'Belgium', statuses: [], mentions: [] },
    ],
    candidates: [
      { iso3: 'LAO', articleId: AT, sentence: 'Laos is interested in full membership.', kind: 'interested' },
      { iso3: 'QAT', articleId: AT, sentence: 'Qatar is interested in full membership.', kind: 'interested' },
      { iso3: 'BGD', articleId: AT, sentence: 'Bangladesh is interested in full membership.', kind: 'interested' },
      { iso3: 'AZE', articleId: GT, sentence: 'Azerbaijan wants to join the SCO.', kind: 'joining' },
    ],
    experts: [
      {
        id: 'rizat-tasym',
        name: 'Rizat Tasym',
        role: 'expert',
        country: 'KAZ',
        articles: [AT],
        quotes: [],
        evidence: [{ articleId: AT, sentence: 'Rizat Tasym, a Kazakh analyst, said …' }],
      },
      {
        id: 'ilqar-velizade',
        name: 'Ilqar Velizade',
        role: 'expert',
        country: 'AZE',
        articles: [AT],
        quotes: [],
        evidence: [{ articleId: AT, sentence: 'Azerbaijan’s political scientist Ilqar Velizade …' }],
      },
      {
        id: 'marat-terterov',
        name: 'Marat Terterov',
        role: 'expert',
        country: 'BEL',
        articles: [AT],
        quotes: [],
        evidence: [{ articleId: AT, sentence: 'Marat Terterov of the European Geopolitical Forum …' }],
      },
    ],
    themes: [],
    themeWeights: [],
    links: [
      { kind: 'expert-country', source: 'rizat-tasym', target: 'KAZ', articleId: AT, weight: 1 },
      // An expert linked to a country that is not their own: counts as related to it.
      { kind: 'expert-country', source: 'marat-terterov', target: 'KAZ', articleId: AT, weight: 1 },
    ],
    summits: [],
    sources: sourceIds.map((id) => ({ id, publisher: `Publisher ${id}`, url: `https://example.org/${id}` })),
  };
}
