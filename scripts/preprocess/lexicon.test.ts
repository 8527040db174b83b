import { buildThemeMatcher, countThemeHits, expandPhrase, phraseSyntaxProblem } from './lexicon';

describe('theme lexicon', () => {
  it('expands simple inflection groups and optional letters', () => {
    expect(expandPhrase('terroris(m|ts?)').sort()).toEqual(['terrorism', 'terrorist', 'terrorists']);
    expect(expandPhrase('moderni(z|s)ation')).toEqual(['modernization', 'modernisation']);
    expect(expandPhrase('decision-making cent(er|re)')).toEqual(['decision-making center', 'decision-making centre']);
  });

  it('explains what is wrong with a phrase a user wrote', () => {
    expect(phraseSyntaxProblem('terroris(m|t')).toBe('a "(" is never closed');
    expect(phraseSyntaxProblem('a(b(c))')).toBe('groups cannot be nested');
    expect(phraseSyntaxProblem('.*')).toMatch(/"\." is not allowed/);
    expect(phraseSyntaxProblem('?x')).toBe('"?" must follow a letter or a group');
    expect(phraseSyntaxProblem('belt and road')).toBeNull();
  });

  it('counts whole words, ignoring case and hyphens, longest phrase first', () => {
    const matcher = buildThemeMatcher([
      { id: 'security', phrases: ['terroris(m|ts?)', 'counter-terrorism', 'security'] },
      { id: 'bri', phrases: ['belt and road', 'road'] },
      { id: 'digital', phrases: ['cyber security', 'security'] },
    ]);
    const hits = countThemeHits(matcher, 'Counter terrorism, TERRORISTS and the Belt and Road; terrorismo is not a word here. Cyber-security and security.');
    expect(Object.fromEntries(hits)).toEqual({ security: 3, bri: 1, digital: 2 });
  });

  it('does not match inside words', () => {
    const matcher = buildThemeMatcher([{ id: 'energy', phrases: ['oil', 'gas'] }]);
    expect(countThemeHits(matcher, 'The toil of Las Vegas gastronomy.').size).toBe(0);
  });
});
