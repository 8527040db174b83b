import { analyse } from './testSupport';

const candidates = (text: string) => analyse(text).candidates.map((c) => `${c.iso3}:${c.kind}`).sort();

describe('candidate states', () => {
  it('finds countries joining, applying and interested, with the kind of step', () => {
    expect(candidates('Membership in the organization is expanding to include Belarus.')).toEqual(['BLR:joining']);
    expect(candidates('Bangladesh, Laos, and Qatar have shown interest in attaining full membership.')).toEqual(['BGD:interested', 'LAO:interested', 'QAT:interested']);
    expect(candidates('Syria has applied for observer status in the SCO.')).toEqual(['SYR:applying']);
    expect(candidates('Iran became a full member of the SCO in 2023.')).toEqual(['IRN:joining']);
    expect(candidates('Türkiye aspires to full membership in the organisation.')).toEqual(['TUR:interested']);
  });

  it('keeps the sentence as evidence', () => {
    const [candidate] = analyse('The summit opened. Egypt wants to join the SCO as a member. Trade grew.').candidates;
    expect(candidate).toMatchObject({ iso3: 'EGY', kind: 'interested', sentence: 'Egypt wants to join the SCO as a member.' });
  });

  it('ignores interest or joining that is not about the organisation, and demonyms or owners', () => {
    expect(candidates('Central Asia and China are interested in joint development.')).toEqual([]);
    expect(candidates('Kazakh experts joined the discussion on membership.')).toEqual([]);
    expect(candidates('Kazakhstan’s chairmanship helped new members join the SCO.')).toEqual([]);
    expect(candidates('Two members of the SCO, India and Pakistan, are in conflict over Kashmir.')).toEqual([]);
  });
});
