/**
 * Test data for stories and exports: the map's fixture (the reference membership history, two
 * articles, three experts) plus themes, weights, quotes and summits. Only tests import this file.
 */
import type { ScoData } from '../../../model/schema';
import { makeScoFixture } from '../../../../tests/fixtures/membershipFixture';
import type { DataClock } from '../../../model/dataClock';

export const GT = '2022-09-16-global-times-sco-model-of-regional-cooperation';
export const AT = '2024-07-astana-times-sco-summit-experts-share-insights';

/** As if today were 23 November 2026. */
export const CLOCK: DataClock = { lastYear: 2026, asOf: '2026-11-23' };

export function makePresentFixture(): ScoData {
  const base = makeScoFixture();
  const quote = (id: string, articleId: string, text: string, themes: string[], kind: 'direct' | 'reported' = 'direct') => ({ id, articleId, text, kind, themes });
  return {
    ...base,
    themes: [
      { id: 'security', label: 'Security', description: '' },
      { id: 'enlargement', label: 'Enlargement and membership', description: '' },
      { id: 'economy-trade', label: 'Economic cooperation and trade', description: '' },
    ],
    themeWeights: [
      { articleId: GT, year: 2022, themeId: 'security', weight: 0.2, hits: 2, quoteCount: 1 },
      { articleId: GT, year: 2022, themeId: 'economy-trade', weight: 0.8, hits: 8, quoteCount: 1 },
      { articleId: AT, year: 2024, themeId: 'security', weight: 0.3, hits: 3, quoteCount: 1 },
      { articleId: AT, year: 2024, themeId: 'enlargement', weight: 0.5, hits: 5, quoteCount: 2 },
      { articleId: AT, year: 2024, themeId: 'economy-trade', weight: 0.2, hits: 2, quoteCount: 0 },
    ],
    experts: [
      ...base.experts.map((e) =>
        e.id === 'rizat-tasym'
          ? {
              ...e,
              quotes: [
                quote('q1', AT, 'Tasym said the range of topics is changing.', [], 'reported'),
                quote('q2', AT, 'The number of SCO member states is growing; membership is expanding to include Belarus. In general, it is open.', ['enlargement']),
              ],
            }
          : e.id === 'ilqar-velizade'
            ? { ...e, quotes: [quote('q3', AT, 'Security matters most.', ['security', 'enlargement'])] }
            : e,
      ),
      {
        id: 'oleg-ivanov',
        name: 'Oleg Ivanov',
        role: 'expert',
        country: 'RUS',
        articles: [GT],
        quotes: [quote('q4', GT, 'Neighbours do not feel threatened.', ['security'])],
        evidence: [{ articleId: GT, sentence: 'Oleg Ivanov, deputy head …' }],
      },
    ],
    links: [
      ...base.links,
      { kind: 'expert-theme', source: 'rizat-tasym', target: 'enlargement', articleId: AT, weight: 3 },
      { kind: 'expert-theme', source: 'ilqar-velizade', target: 'security', articleId: AT, weight: 2 },
      { kind: 'expert-theme', source: 'oleg-ivanov', target: 'security', articleId: GT, weight: 1 },
      { kind: 'expert-country', source: 'oleg-ivanov', target: 'RUS', articleId: GT, weight: 1 },
      { kind: 'expert-expert', source: 'rizat-tasym', target: 'ilqar-velizade', articleId: AT, weight: 1 },
    ],
    summits: [
      { date: '1996-04-26', year: 1996, city: 'Shanghai', country: 'CHN', kind: 'shanghai-five', sources: ['S5'] },
      { date: '2001-06-15', year: 2001, city: 'Shanghai', country: 'CHN', kind: 'heads-of-state', sources: ['S6'] },
      { date: '2017-06-09', year: 2017, city: 'Astana', country: 'KAZ', kind: 'heads-of-state', sources: ['S12'] },
    ],
  };
}
