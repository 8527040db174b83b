import { buildScoData } from './pipeline';
import { article, prepared } from './testSupport';

const build = (...bodies: string[]) =>
  buildScoData(
    bodies.map((body, i) => article(body, { id: `a${i + 1}`, file: `a${i + 1}.md`, url: `https://example.org/${i + 1}`, title: `Article ${i + 1}`, published: `202${i}-05-01`, year: 2020 + i })),
    prepared(),
    '2025-01-01T00:00:00.000Z',
  );

describe('linking articles', () => {
  it('merges one person across articles by name, keeping the first description and every article', () => {
    const data = build(
      'According to Kazakh political scientist Rizat Tasym, the SCO is growing.',
      '“Trade matters,” said Rizat Tasym, an analyst at the Eurasia Institute in Almaty.',
    );
    expect(data.experts).toHaveLength(1);
    const [tasym] = data.experts;
    expect(tasym).toMatchObject({ id: 'rizat-tasym', country: 'KAZ', title: 'political scientist', organisation: 'Eurasia Institute', city: 'Almaty', articles: ['a1', 'a2'] });
    expect(tasym?.evidence.map((e) => e.articleId)).toEqual(['a1', 'a2']);
    expect(tasym?.quotes.map((q) => q.id)).toEqual(['a1#1', 'a2#1']);
    expect(data.links.filter((l) => l.kind === 'expert-country').map((l) => l.articleId)).toEqual(['a1', 'a2']);
  });

  it('fills what the first article did not say from a later one, with the same merge as within an article', () => {
    const data = build('“Trade matters,” said Anna Kim.', 'Anna Kim, an analyst in Baku, said the corridor is open.');
    expect(data.experts).toHaveLength(1);
    expect(data.experts[0]).toMatchObject({ name: 'Anna Kim', country: 'AZE', title: 'analyst', city: 'Baku', role: 'expert', articles: ['a1', 'a2'] });
  });

  it('lists the countries each quote names, and the spellings merged into a person', () => {
    const data = build('“Laos and the Qatari side want to join,” said Yevgeni Volkov, an analyst in Baku.\n\n“Iran too,” said Evgeny Volkov.');
    const [volkov] = data.experts;
    expect(volkov?.quotes.map((q) => q.countries)).toEqual([['LAO', 'QAT'], ['IRN']]);
    expect(volkov?.aliases).toEqual(['Evgeny Volkov']);
  });

  it('leaves the speaker’s own description out of the countries a reported quote is about', () => {
    const data = build(
      'Lena Ostrova, director of the Danube Forum in Vienna, said Laos is ready to join.\n\nAccording to Kazakh political scientist Asel Nur, Qatar wants to join.\n\nBoris Lee, an analyst in Oslo, said Oslo and Iran should talk.',
    );
    const countries = (name: string) => data.experts.find((e) => e.name === name)?.quotes.map((q) => q.countries);
    expect(countries('Lena Ostrova')).toEqual([['LAO']]);
    expect(countries('Asel Nur')).toEqual([['QAT']]);
    // A place the view itself names still counts, even when the description names it too.
    expect(countries('Boris Lee')).toEqual([['IRN', 'NOR']]);
  });

  it('gives each article’s theme weights as shares of that article’s hits', () => {
    const data = build('Terrorism and terrorism and trade.', 'Trade.');
    expect(data.themeWeights.map((w) => [w.articleId, w.themeId, w.hits, w.weight, w.year])).toEqual([
      ['a1', 'security', 2, 2 / 3, 2020],
      ['a1', 'economy-trade', 1, 1 / 3, 2020],
      ['a2', 'economy-trade', 1, 1, 2021],
    ]);
  });

  it('counts quotes per theme and links experts to the themes they spoke about', () => {
    const data = build('“Terrorism is the threat,” said Anna Kim.\n\n“Trade will grow,” said Boris Lee.');
    const security = data.themeWeights.find((w) => w.themeId === 'security');
    expect(security?.quoteCount).toBe(1);
    expect(data.links.filter((l) => l.kind === 'expert-theme').map((l) => `${l.source}>${l.target}:${l.weight}`).sort()).toEqual([
      'anna-kim>security:2',
      'boris-lee>economy-trade:1',
    ]);
    expect(data.links.filter((l) => l.kind === 'expert-expert')).toEqual([{ kind: 'expert-expert', source: 'anna-kim', target: 'boris-lee', articleId: 'a1', weight: 1 }]);
  });

  it('lists every country with a status, even when no article names it, and dates "today" from the reference', () => {
    const data = build('Nothing here.');
    expect(data.countries.find((c) => c.iso3 === 'LAO')).toMatchObject({ name: 'Laos', mentions: [] });
    expect(data.referenceAsOf).toBe('2025-09-01');
    expect(data.sources.some((s) => s.id === 'S41')).toBe(true);
  });
});
