import { mergeProfiles } from './mergeProfiles';

describe('mergeProfiles', () => {
  it('keeps what the first description says and fills its gaps from the second', () => {
    expect(mergeProfiles({ title: 'analyst', country: null, role: 'expert' }, { title: 'director', organisation: 'Asia Centre', city: 'Seoul', country: 'KOR', role: 'expert' })).toEqual({
      title: 'analyst',
      organisation: 'Asia Centre',
      city: 'Seoul',
      country: 'KOR',
      role: 'expert',
    });
  });

  it('lets the first description that says anything decide the role', () => {
    expect(mergeProfiles({ country: null, role: 'expert' }, { title: 'Foreign Minister', country: 'IND', role: 'official' }).role).toBe('official');
    expect(mergeProfiles({ title: 'professor', country: null, role: 'expert' }, { title: 'minister', country: null, role: 'official' }).role).toBe('expert');
  });

  it('never writes an absent field as undefined', () => {
    expect(Object.keys(mergeProfiles({ country: 'KAZ', role: 'expert' }, { country: null, role: 'expert' }))).toEqual(['country', 'role']);
  });
});
