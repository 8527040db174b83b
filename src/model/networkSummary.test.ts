import { describe, expect, it } from 'vitest';
import type { NetworkGraph, NetworkLink, NetworkNode } from './networkGraph';
import { fittingExpertCount, groupLabel, mainThemes, MAX_FITTING_EXPERTS, MIN_FITTING_EXPERTS, moreExperts, summariseNetwork } from './networkSummary';

const expert = (ref: string, quotes: number): NetworkNode => ({ id: `expert:${ref}`, kind: 'expert', ref, label: ref, size: quotes });
const theme = (ref: string): NetworkNode => ({ id: `theme:${ref}`, kind: 'theme', ref, label: `Theme ${ref}`, size: 1 });
const country = (ref: string): NetworkNode => ({ id: `country:${ref}`, kind: 'country', ref, label: `Country ${ref}`, size: 1 });
const link = (kind: NetworkLink['kind'], source: string, target: string, weight = 1): NetworkLink => ({ kind, source, target, weight, articles: 1 });

/** Five experts: ana (9 quotes, KAZ), bo (7, KAZ), cy (5, RUS), di (3, RUS and, less often, KAZ), ed (1, no country). */
const graph: NetworkGraph = {
  nodes: [expert('ana', 9), expert('bo', 7), expert('cy', 5), expert('di', 3), expert('ed', 1), theme('energy'), theme('security'), theme('water'), country('KAZ'), country('RUS')],
  links: [
    link('expert-theme', 'expert:ana', 'theme:energy'),
    link('expert-theme', 'expert:bo', 'theme:security'),
    link('expert-theme', 'expert:cy', 'theme:security'),
    link('expert-theme', 'expert:di', 'theme:water'),
    link('expert-theme', 'expert:ed', 'theme:water'),
    link('expert-country', 'expert:ana', 'country:KAZ'),
    link('expert-country', 'expert:bo', 'country:KAZ'),
    link('expert-country', 'expert:cy', 'country:RUS'),
    link('expert-country', 'expert:di', 'country:RUS', 3),
    link('expert-country', 'expert:di', 'country:KAZ', 1),
    link('expert-expert', 'expert:ana', 'expert:bo'),
    link('expert-expert', 'expert:ana', 'expert:cy'),
  ],
};
const ids = (g: NetworkGraph, kind?: NetworkNode['kind']) => g.nodes.filter((n) => kind === undefined || n.kind === kind).map((n) => n.id);

describe('summariseNetwork', () => {
  it('returns the graph itself when everyone fits, or for "all"', () => {
    expect(summariseNetwork(graph, 5).graph).toBe(graph);
    expect(summariseNetwork(graph, 50).graph).toBe(graph);
    expect(summariseNetwork(graph, 'all')).toEqual({ graph, shownExperts: 5, totalExperts: 5, hiddenExperts: 0 });
  });

  it('shows the most quoted experts with their themes and countries', () => {
    const { graph: shown, shownExperts, hiddenExperts, totalExperts } = summariseNetwork(graph, 2);
    expect(ids(shown, 'expert')).toEqual(['expert:ana', 'expert:bo']);
    expect(ids(shown, 'theme')).toEqual(['theme:energy', 'theme:security']);
    expect({ shownExperts, hiddenExperts, totalExperts }).toEqual({ shownExperts: 2, hiddenExperts: 3, totalExperts: 5 });
    // Links among what is shown stay; links to hidden experts go.
    expect(shown.links).toContainEqual(link('expert-expert', 'expert:ana', 'expert:bo'));
    expect(shown.links.some((l) => l.source === 'expert:cy' || l.target === 'expert:cy')).toBe(false);
  });

  it('folds the others into one node per country, under the country they are most linked to', () => {
    const { graph: shown } = summariseNetwork(graph, 2);
    // cy and di are from Russia (di more often than from Kazakhstan); ed has no country and is only counted.
    expect(shown.nodes.filter((n) => n.kind === 'group')).toEqual([{ id: 'group:RUS', kind: 'group', ref: 'RUS', label: '+2 more', size: 2 }]);
    expect(ids(shown, 'country')).toEqual(['country:KAZ', 'country:RUS']);
    expect(shown.links).toContainEqual({ kind: 'expert-country', source: 'group:RUS', target: 'country:RUS', weight: 2, articles: 2 });
  });

  it('keeps every link between kept nodes and no other, nodes and links in id order', () => {
    const { graph: shown } = summariseNetwork(graph, 3);
    const kept = new Set(ids(shown));
    expect(shown.links.every((l) => kept.has(l.source) && kept.has(l.target))).toBe(true);
    expect(ids(shown)).toEqual([...ids(shown)].sort());
  });

  it("draws each shown expert's two main themes and one co-speaker, and no theme without a link", () => {
    const wide: NetworkGraph = {
      nodes: [expert('ana', 9), expert('bo', 8), expert('cy', 7), expert('zed', 1), theme('a'), theme('b'), theme('c'), theme('d')],
      links: [
        link('expert-theme', 'expert:ana', 'theme:a', 5),
        link('expert-theme', 'expert:ana', 'theme:b', 4),
        link('expert-theme', 'expert:ana', 'theme:c', 1),
        link('expert-theme', 'expert:ana', 'theme:d', 0.5),
        link('expert-theme', 'expert:bo', 'theme:a', 3),
        link('expert-theme', 'expert:bo', 'theme:b', 2),
        link('expert-theme', 'expert:bo', 'theme:d', 1),
        link('expert-theme', 'expert:cy', 'theme:a', 1),
        { ...link('expert-expert', 'expert:ana', 'expert:bo'), articles: 3 },
        { ...link('expert-expert', 'expert:ana', 'expert:cy'), articles: 1 },
        { ...link('expert-expert', 'expert:bo', 'expert:cy'), articles: 2 },
      ],
    };
    const { graph: shown } = summariseNetwork(wide, 3);
    const themesOf = (ref: string) => shown.links.filter((l) => l.kind === 'expert-theme' && l.source === `expert:${ref}`).map((l) => l.target);
    // Themes c and d are nobody's main theme, but they are drawn, so each keeps its heaviest link (ana's to c, bo's to d).
    expect(ids(shown, 'theme')).toEqual(['theme:a', 'theme:b', 'theme:c', 'theme:d']);
    expect(themesOf('ana')).toEqual(['theme:a', 'theme:b', 'theme:c']);
    expect(themesOf('bo')).toEqual(['theme:a', 'theme:b', 'theme:d']);
    expect(themesOf('cy')).toEqual(['theme:a']);
    // ana's and bo's strongest co-speaker is each other (3 articles), cy's is bo (2); ana–cy is nobody's strongest.
    expect(shown.links.filter((l) => l.kind === 'expert-expert').map((l) => `${l.source}|${l.target}`)).toEqual(['expert:ana|expert:bo', 'expert:bo|expert:cy']);
  });

  it('names each expert’s main themes, heaviest first', () => {
    const links = [link('expert-theme', 'expert:ana', 'theme:a', 1), link('expert-theme', 'expert:ana', 'theme:b', 5), link('expert-theme', 'expert:ana', 'theme:c', 3), link('expert-country', 'expert:bo', 'country:KAZ')];
    expect(mainThemes(links)).toEqual(new Map([['expert:ana', ['theme:b', 'theme:c']]]));
    expect(mainThemes(links, 1).get('expert:ana')).toEqual(['theme:b']);
  });

  it('always shows a pinned (selected) expert, beyond the limit', () => {
    const { graph: shown, shownExperts, hiddenExperts } = summariseNetwork(graph, 1, new Set(['expert:ed']));
    expect(ids(shown, 'expert')).toEqual(['expert:ana', 'expert:ed']);
    expect({ shownExperts, hiddenExperts }).toEqual({ shownExperts: 2, hiddenExperts: 3 });
    expect(summariseNetwork(graph, 1, new Set(['expert:nobody'])).shownExperts).toBe(1);
  });

  it('breaks ties in quotes by name, so the cut is the same everywhere', () => {
    const tied: NetworkGraph = { nodes: [expert('zed', 4), expert('amy', 4), expert('kim', 4)], links: [] };
    expect(ids(summariseNetwork(tied, 2).graph, 'expert')).toEqual(['expert:amy', 'expert:kim']);
  });
});

describe('how many experts', () => {
  it('fits the panel: more for a larger drawing, within 60–150, in steps of ten', () => {
    expect(fittingExpertCount(200, 200)).toBe(MIN_FITTING_EXPERTS);
    expect(fittingExpertCount(2000, 1200)).toBe(MAX_FITTING_EXPERTS);
    const laptop = fittingExpertCount(560, 400);
    expect(laptop).toBeGreaterThan(MIN_FITTING_EXPERTS);
    expect(laptop).toBeLessThan(MAX_FITTING_EXPERTS);
    expect(laptop % 10).toBe(0);
    expect(fittingExpertCount(561, 401)).toBe(laptop);
  });

  it('shows four times more on "more", and everyone once that reaches the total', () => {
    expect(moreExperts(100, 4000)).toBe(400);
    expect(moreExperts(1000, 4000)).toBe('all');
    expect(moreExperts(100, 400)).toBe('all');
  });

  it('labels a group by its count', () => {
    expect(groupLabel(1)).toBe('+1 more');
    expect(groupLabel(3912)).toBe('+3,912 more');
  });
});
