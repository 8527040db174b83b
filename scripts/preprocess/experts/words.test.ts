import { participleForm, pastForm, presentForm } from './words';

describe('the forms made from a speech verb’s base form', () => {
  it('present and past, regular and with the spelling changes English makes', () => {
    expect(['argue', 'reply', 'stress', 'echo', 'point out'].map(presentForm)).toEqual(['argues', 'replies', 'stresses', 'echoes', 'points out']);
    expect(['argue', 'reply', 'warn'].map((verb) => pastForm(verb))).toEqual(['argued', 'replied', 'warned']);
  });

  it('the participle drops a silent e, doubles what the listed past doubles, and keeps the particle', () => {
    expect(participleForm('say')).toBe('saying');
    expect(participleForm('argue')).toBe('arguing');
    expect(participleForm('agree')).toBe('agreeing');
    expect(participleForm('quip', 'quipped')).toBe('quipping');
    expect(participleForm('lie')).toBe('lying');
    expect(participleForm('point out')).toBe('pointing out');
  });
});
