/**
 * Test data for the timeline: three articles (two in 2022, one in 2024), three themes, three
 * experts. Article a1 is long and all about security; a2 is short and all about economy: after
 * normalisation they weigh the same in 2022 whatever their hit counts.
 */
import { makeScoData } from '../../../tests/fixtures/scoData';
import type { ScoData } from '../../model/schema';

export function makeTimelineData(overrides: Partial<ScoData> = {}): ScoData {
  return makeScoData({
    referenceAsOf: '2025-09-01',
    articles: [
      { id: 'a1', title: 'Security first', outlet: 'Global Times', url: 'https://example.org/a1', published: '2022-09-16', year: 2022, wordCount: 3000 },
      { id: 'a2', title: 'Trade corridors', outlet: 'Astana Times', url: 'https://example.org/a2', published: '2022-06-01', year: 2022, wordCount: 300 },
      { id: 'a3', title: 'Astana summit views', outlet: 'The Astana Times', url: 'https://example.org/a3', published: '2024-07', year: 2024, wordCount: 900 },
    ],
    countries: [
      { iso3: 'KAZ', name: 'Kazakhstan', statuses: [{ status: 'member', from: '2001-06-15', sources: ['S6'] }], mentions: [] },
      { iso3: 'RUS', name: 'Russia', statuses: [{ status: 'member', from: '2001-06-15', sources: ['S6'] }], mentions: [] },
    ],
    themes: [
      { id: 'security', label: 'Security', description: 'Terrorism, borders, defence.' },
      { id: 'economy', label: 'Economy and trade', description: 'Trade, investment, corridors.' },
      { id: 'belt-and-road', label: 'Belt and Road', description: 'The Belt and Road Initiative.' },
    ],
    themeWeights: [
      { articleId: 'a1', year: 2022, themeId: 'security', weight: 1, hits: 40, quoteCount: 1 },
      { articleId: 'a2', year: 2022, themeId: 'economy', weight: 1, hits: 2, quoteCount: 1 },
      { articleId: 'a3', year: 2024, themeId: 'security', weight: 0.25, hits: 1, quoteCount: 0 },
      { articleId: 'a3', year: 2024, themeId: 'economy', weight: 0.75, hits: 3, quoteCount: 2 },
    ],
    experts: [
      {
        id: 'oleg-ivanov',
        name: 'Oleg Ivanov',
        role: 'expert',
        title: 'deputy head',
        country: 'RUS',
        articles: ['a1'],
        quotes: [{ id: 'a1#1', articleId: 'a1', text: 'The SCO promotes security based on common interests.', kind: 'reported', themes: ['security'] }],
        evidence: [{ articleId: 'a1', sentence: 'Oleg Ivanov, deputy head' }],
      },
      {
        id: 'aladin-mustafayev',
        name: 'Aladin Mustafayev',
        role: 'expert',
        country: 'KAZ',
        articles: ['a2', 'a3'],
        quotes: [
          { id: 'a2#1', articleId: 'a2', text: 'Corridors bring trade to Kazakhstan.', kind: 'direct', themes: ['economy'] },
          { id: 'a3#2', articleId: 'a3', text: 'The SCO promotes trade and investment.', kind: 'direct', themes: ['economy'] },
        ],
        evidence: [{ articleId: 'a3', sentence: 'political scientist Aladin Mustafayev' }],
      },
      {
        id: 'olzhas-beisenbayev',
        name: 'Olzhas Beisenbayev',
        role: 'expert',
        country: null,
        articles: ['a3'],
        quotes: [{ id: 'a3#1', articleId: 'a3', text: 'Cooperation in digital transformation pays off for trade.', kind: 'direct', themes: ['economy'] }],
        evidence: [{ articleId: 'a3', sentence: 'sinologist Olzhas Beisenbayev' }],
      },
    ],
    links: [
      { kind: 'expert-theme', source: 'oleg-ivanov', target: 'security', articleId: 'a1', weight: 2 },
      { kind: 'expert-theme', source: 'aladin-mustafayev', target: 'economy', articleId: 'a2', weight: 1 },
      { kind: 'expert-theme', source: 'aladin-mustafayev', target: 'economy', articleId: 'a3', weight: 1 },
      { kind: 'expert-theme', source: 'olzhas-beisenbayev', target: 'economy', articleId: 'a3', weight: 1 },
      { kind: 'expert-country', source: 'olzhas-beisenbayev', target: 'KAZ', articleId: 'a3', weight: 1 },
    ],
    summits: [
      { date: '2022-09-15', year: 2022, city: 'Samarkand', country: 'UZB', kind: 'heads-of-state', sources: ['M24'] },
      { date: '2024-07-03', year: 2024, city: 'Astana', country: 'KAZ', kind: 'heads-of-state', sources: ['M27'] },
    ],
    sources: [
      { id: 'S6', publisher: "Russia's 2020 SCO chairmanship site", url: 'https://eng.sco-russia2020.ru/russia_in_sco/20190531/992.html' },
      { id: 'M24', publisher: 'Voice of America', title: 'Annual Shanghai Cooperation Organization Convenes', url: 'https://www.voanews.com/amp/annual-shanghai-cooperation-organization-convenes-/6748321.html' },
      { id: 'M27', publisher: 'The Astana Times', date: '2024-07', url: 'https://astanatimes.com/2024/07/sco-summit-kazakh-foreign-experts-share-insights-following-major-event/' },
    ],
    ...overrides,
  });
}
